import { compareApiVersions, officeWithExcelApiUpTo } from "./fakeExcel/excelApiHost";

describe("the Excel fake's host support", () => {
  test("versions compare part by part: 1.13 is after 1.9 and 1.5", () => {
    expect(compareApiVersions("1.13", "1.9")).toBeGreaterThan(0);
    expect(compareApiVersions("1.13", "1.5")).toBeGreaterThan(0);
    expect(compareApiVersions("1.10", "1.1")).toBeGreaterThan(0);
    expect(compareApiVersions("1.7", "1.7")).toBe(0);
  });

  test("a host up to 1.5 lacks 1.6 and 1.13; a host up to 1.12 has 1.9 and lacks 1.13", () => {
    const upTo15 = officeWithExcelApiUpTo("1.5").context.requirements.isSetSupported;
    expect(["1.1", "1.5", "1.6", "1.13"].map((version) => upTo15("ExcelApi", version))).toEqual([
      true,
      true,
      false,
      false,
    ]);
    const upTo112 = officeWithExcelApiUpTo("1.12").context.requirements.isSetSupported;
    expect(["1.7", "1.9", "1.12", "1.13", "1.20"].map((version) => upTo112("ExcelApi", version))).toEqual([
      true,
      true,
      true,
      false,
      false,
    ]);
  });
});
