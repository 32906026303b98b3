import { normalizeHeader } from "../../../src/core/columns/normalizeHeader";

describe("normalizeHeader(text)", () => {
  test("folds case, spaces, punctuation and full-width forms", () => {
    for (const header of [
      "Reports To",
      "reports_to",
      "ＲＥＰＯＲＴＳ　ＴＯ",
      "reportsTo",
      " REPORTS-TO ",
      "Reports.To",
    ]) {
      expect(normalizeHeader(header)).toBe("reportsto");
    }
  });

  test("drops bracketed notes in either script", () => {
    expect(normalizeHeader("年薪（元）")).toBe("年薪");
    expect(normalizeHeader("Base Salary (CNY)")).toBe("basesalary");
    expect(normalizeHeader("岗位编号【必填】")).toBe("岗位编号");
    expect(normalizeHeader("FTE [0-1]")).toBe("fte");
  });

  test("keeps Chinese characters", () => {
    expect(normalizeHeader(" 汇报 对象 ")).toBe("汇报对象");
  });
});
