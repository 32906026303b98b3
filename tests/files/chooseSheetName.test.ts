import { chooseSheetName, sanitizeSheetName } from "../../src/files/chooseSheetName";

describe("chooseSheetName(wanted, existing, created)", () => {
  it("takes the wanted name when it is free", () => {
    expect(chooseSheetName("Org Chart", ["Positions"], [])).toEqual({ name: "Org Chart", replaced: false });
  });

  it("replaces a sheet the add-in created, whatever its case", () => {
    expect(chooseSheetName("org chart", ["Positions", "Org Chart"], ["Org Chart"])).toEqual({
      name: "Org Chart",
      replaced: true,
    });
  });

  it("steps around the user's sheets to “Name (2)”, “Name (3)”", () => {
    expect(chooseSheetName("Report", ["report"], [])).toEqual({ name: "Report (2)", replaced: false });
    expect(chooseSheetName("Report", ["Report", "Report (2)"], [])).toEqual({ name: "Report (3)", replaced: false });
    expect(chooseSheetName("Report", ["Report", "Report (2)"], ["Report (2)"])).toEqual({
      name: "Report (2)",
      replaced: true,
    });
  });

  it("keeps names within Excel's 31 characters, suffix included", () => {
    const long = "Headcount plan by department and team";
    expect(chooseSheetName(long, [], []).name).toBe("Headcount plan by department an");
    const second = chooseSheetName(long, ["Headcount plan by department an"], []).name;
    expect(second).toBe("Headcount plan by departmen (2)");
    expect(second.length).toBeLessThanOrEqual(31);
  });
});

describe("sanitizeSheetName(name)", () => {
  it("replaces the characters Excel forbids and never gives a blank name", () => {
    expect(sanitizeSheetName("2025/26: plan [draft]?*")).toBe("2025_26_ plan _draft___");
    expect(sanitizeSheetName("'quoted'")).toBe("quoted");
    expect(sanitizeSheetName("  ")).toBe("Sheet");
    expect(sanitizeSheetName("History")).toBe("History_");
  });
});
