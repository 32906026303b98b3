import { isClosedName, isUndisclosedName, isVacantName } from "../../../src/core/model/positionStatus";

describe("placeholder names written in Chinese characters (read without normalizing: they are their own form)", () => {
  test("the placeholders are recognised", () => {
    expect(isVacantName("空缺")).toBe(true);
    expect(isVacantName("待定")).toBe(true);
    expect(isVacantName("无")).toBe(true);
    expect(isUndisclosedName("未公开")).toBe(true);
    expect(isUndisclosedName("保密")).toBe(true);
    expect(isClosedName("已撤销")).toBe(true);
  });

  test("with spaces, brackets or full-width letters they still go through normalizing", () => {
    expect(isUndisclosedName("未 公开")).toBe(true);
    expect(isVacantName("空缺（待招）")).toBe(true);
    expect(isUndisclosedName("ＮＤ")).toBe(true);
  });

  test("people's names are names", () => {
    for (const name of ["张伟", "王秀英", "公开", "撤", "李未公开"]) {
      expect(isVacantName(name)).toBe(false);
      expect(isUndisclosedName(name)).toBe(false);
      expect(isClosedName(name)).toBe(false);
    }
  });
});
