import { findingMessage } from "../../../src/core/findings/localizeFinding";
import { buildOrgModel } from "../../../src/core/buildOrgModel";
import { describeFormulaError, formulaErrorOf } from "../../../src/core/cells/formulaError";

describe("formulaErrorOf(cell)", () => {
  test.each(["#N/A", "#REF!", "#DIV/0!", "#VALUE!", "#NAME?", "#NUM!", "#NULL!", "#SPILL!", "#CALC!", " #n/a "])(
    "recognises %p",
    (text) => {
      expect(formulaErrorOf(text)).toBe(text.trim().toUpperCase());
    },
  );

  test("recognises exceljs error values", () => {
    expect(formulaErrorOf({ error: "#REF!" })).toBe("#REF!");
  });

  test.each(["#1", "# N/A", "N/A", "#hashtag", "", "#"])("leaves %p alone", (text) => {
    expect(formulaErrorOf(text)).toBeUndefined();
  });

  test("leaves numbers, booleans, dates and blanks alone", () => {
    expect(formulaErrorOf(42)).toBeUndefined();
    expect(formulaErrorOf(false)).toBeUndefined();
    expect(formulaErrorOf(new Date())).toBeUndefined();
    expect(formulaErrorOf(null)).toBeUndefined();
  });
});

describe("describeFormulaError(error, lang)", () => {
  it("keeps Excel's code (the same in every language of Excel) and says what it means in the user's language", () => {
    expect(describeFormulaError("#N/A", "zh-CN")).toBe("#N/A（找不到值）");
    expect(describeFormulaError("#N/A", "en")).toBe("#N/A – value not available");
    expect(describeFormulaError("#DIV/0!", "zh-CN")).toBe("#DIV/0!（除数为零）");
    expect(describeFormulaError("#REF!", "en")).toBe("#REF! – a reference to cells that no longer exist");
    expect(describeFormulaError("#NAME?", "zh-CN")).toBe("#NAME?（公式中有无法识别的名称）");
    expect(describeFormulaError("#GETTING_DATA", "en")).toBe("#GETTING_DATA – still getting data");
    expect(describeFormulaError("#WHAT", "en")).toBe("#WHAT");
  });

  it("is what a FORMULA_ERROR finding says", () => {
    const grid = {
      sheetName: "岗位",
      firstRow: 1,
      firstColumn: 1,
      rows: [
        ["Position ID", "Title", "Reports To", "FTE"],
        ["P1", "Director", "", "#N/A"],
      ],
    };
    const zh = buildOrgModel(grid, { lang: "zh-CN" }).findings.find((f) => f.code === "FORMULA_ERROR");
    expect(findingMessage(zh!, "zh-CN")).toContain("#N/A（找不到值）");
    expect(zh?.params.value).toBe("#N/A");
    const en = buildOrgModel(grid, { lang: "en" }).findings.find((f) => f.code === "FORMULA_ERROR");
    expect(findingMessage(en!, "en")).toContain("#N/A – value not available");
  });
});
