import { scoreSupportTableHeader, supportColumnOf } from "../../../src/core/coverage/supportTables";

describe("scoreSupportTableHeader(kind, cells)", () => {
  test("recognises a Capabilities table in either language", () => {
    expect(
      scoreSupportTableHeader("capabilities", ["Capability", "Area", "Required holders", "Owner department"]),
    ).toBe(4);
    expect(
      scoreSupportTableHeader("capabilities", ["职责", "领域", "所需人数", "主责部门", "英文名称", "中文名称"]),
    ).toBe(6);
  });

  test("recognises a Departments table; it needs its support column", () => {
    expect(
      scoreSupportTableHeader("departments", ["Department", "Parent", "Head position", "Needs support from"]),
    ).toBe(4);
    expect(scoreSupportTableHeader("departments", ["部门", "上级部门"])).toBe(0);
  });

  test("never takes the positions table for a support table", () => {
    const positions = ["岗位编号", "岗位名称", "部门", "汇报对象", "职责", "需要支持的部门"];
    expect(scoreSupportTableHeader("capabilities", positions)).toBe(0);
    expect(scoreSupportTableHeader("departments", positions)).toBe(0);
  });

  test("supportColumnOf folds case and width", () => {
    expect(supportColumnOf("capabilities", "ＯＷＮＥＲ ｄｅｐａｒｔｍｅｎｔ")).toBe("ownerDepartment");
    expect(supportColumnOf("departments", "Needs Support From")).toBe("needsSupportFrom");
    expect(supportColumnOf("departments", "Budget")).toBeUndefined();
  });
});
