import { formulaErrorOf } from "../../../src/core/cells/formulaError";

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
