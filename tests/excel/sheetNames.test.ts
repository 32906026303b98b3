import { freeSheetName, numberedSheetName, sanitizeSheetName } from "../../src/excel/sheetNames";

describe("sanitizeSheetName(name)", () => {
  it("replaces the characters Excel forbids and trims stray apostrophes", () => {
    expect(sanitizeSheetName("Q1/Q2 [draft]: *plan*?")).toBe("Q1_Q2 _draft__ _plan__");
    expect(sanitizeSheetName("'Quoted'")).toBe("Quoted");
    expect(sanitizeSheetName("  ")).toBe("Sheet");
    expect(sanitizeSheetName("history")).toBe("History_");
  });

  it("cuts names to 31 characters, Chinese included", () => {
    expect(sanitizeSheetName("x".repeat(40))).toHaveLength(31);
    const chinese = "运营中心组织架构图与人员编制规划表格运营中心组织架构图与人员编制";
    expect(Array.from(sanitizeSheetName(chinese))).toHaveLength(31);
  });
});

describe("numberedSheetName / freeSheetName", () => {
  it("adds (n) and keeps the whole within 31 characters", () => {
    expect(numberedSheetName("Org Report", 1)).toBe("Org Report");
    expect(numberedSheetName("Org Report", 2)).toBe("Org Report (2)");
    const long = numberedSheetName("A".repeat(31), 12);
    expect(long).toHaveLength(31);
    expect(long.endsWith(" (12)")).toBe(true);
  });

  it("skips names in use, ignoring case", () => {
    expect(freeSheetName("Org Report", ["org report", "Org Report (2)"])).toBe("Org Report (3)");
    expect(freeSheetName("组织架构", [])).toBe("组织架构");
  });
});
