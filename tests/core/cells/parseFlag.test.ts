import { parseFlag } from "../../../src/core/cells/parseFlag";

describe("parseFlag(cell)", () => {
  test.each([true, 1, "Yes", "y", "TRUE", "x", "✓", "是", " 助理 ", "ｙｅｓ"])("reads %p as yes", (cell) => {
    expect(parseFlag(cell)).toBe(true);
  });

  test.each([false, 0, 2, "", "No", "否", "maybe", null, { error: "#N/A" }])("reads %p as no", (cell) => {
    expect(parseFlag(cell)).toBe(false);
  });
});
