import { buildOrgModel } from "../../../src/core/buildOrgModel";
import { joinNameParts } from "../../../src/core/model/holderName";
import { makeGrid } from "../makeGrid";

describe("joinNameParts(given, family)", () => {
  it("puts the given name first in Latin script, the family name first in Han characters", () => {
    expect(joinNameParts("Steven", "King")).toBe("Steven King");
    expect(joinNameParts("三", "张")).toBe("张三");
    expect(joinNameParts("小明", "欧阳")).toBe("欧阳小明");
  });

  it("takes either part alone, and keeps a full name already written in the given-name cell", () => {
    expect(joinNameParts("Steven", "")).toBe("Steven");
    expect(joinNameParts("", "King")).toBe("King");
    expect(joinNameParts("", "")).toBe("");
    expect(joinNameParts("Steven King", "King")).toBe("Steven King");
    expect(joinNameParts("张三", "张")).toBe("张三");
  });
});

describe("a sheet that splits the holder's name (First Name / Last Name, 名 / 姓)", () => {
  it("reads the holder as the two joined, in English and Chinese headers", () => {
    const english = buildOrgModel(
      makeGrid(
        ["Position ID", "Title", "Reports To", "First Name", "Last Name"],
        [
          ["1", "Director", "", "Steven", "King"],
          ["2", "Lead", "1", "Vacant", ""],
          ["3", "Agent", "2", "", "Kochhar"],
          ["4", "Agent", "2", "", ""],
        ],
      ),
    );
    expect(english.columns.columnOf).toMatchObject({ name: 3, familyName: 4 });
    expect(english.model.positions.map((p) => [p.name, p.status])).toEqual([
      ["Steven King", "filled"],
      ["", "vacant"],
      ["Kochhar", "filled"],
      ["", "vacant"],
    ]);
    const chinese = buildOrgModel(
      makeGrid(
        ["岗位编号", "岗位名称", "汇报对象", "姓", "名"],
        [
          ["1", "运营总监", "", "张", "三"],
          ["2", "组长", "1", "欧阳", "小明"],
        ],
      ),
    );
    expect(chinese.model.positions.map((p) => p.name)).toEqual(["张三", "欧阳小明"]);
  });

  it("joins a Name column with a Surname column beside it, and leaves a sheet with one Name column as it was", () => {
    const split = buildOrgModel(
      makeGrid(["Position ID", "Reports To", "Name", "Surname"], [["1", "", "Thandi", "Nkosi"]]),
    );
    expect(split.model.positions[0].name).toBe("Thandi Nkosi");
    const whole = buildOrgModel(makeGrid(["Position ID", "Reports To", "Name"], [["1", "", "Thandi Nkosi"]]));
    expect(whole.model.positions[0].name).toBe("Thandi Nkosi");
  });
});
