import { freeTableName, sanitizeTableName } from "../../src/excel/tableNames";

describe("sanitizeTableName(name)", () => {
  it("makes a name Excel accepts", () => {
    expect(sanitizeTableName("Org Positions")).toBe("Org_Positions");
    expect(sanitizeTableName("2024 plan")).toBe("_2024_plan");
    expect(sanitizeTableName("A1")).toBe("_A1");
    expect(sanitizeTableName("R1C1")).toBe("_R1C1");
    expect(sanitizeTableName("c")).toBe("_c");
    expect(sanitizeTableName("岗位表")).toBe("岗位表");
    expect(sanitizeTableName("")).toBe("Table");
  });
});

describe("freeTableName(name, taken)", () => {
  it("numbers the name until it is unique, ignoring case", () => {
    expect(freeTableName("Positions", [])).toBe("Positions");
    expect(freeTableName("Positions", ["positions", "Positions_2"])).toBe("Positions_3");
  });
});
