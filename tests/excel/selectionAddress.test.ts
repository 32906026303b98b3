import { parseSelectionAddress } from "../../src/excel/selectionAddress";

describe("parseSelectionAddress(address)", () => {
  test.each([
    ["B7", { row: 7 }],
    ["B7:C9", { row: 7 }],
    ["$B$7:$C$9", { row: 7 }],
    ["XFD1048576", { row: 1_048_576 }],
    ["Sheet1!B7:C9", { sheetName: "Sheet1", row: 7 }],
    ["Positions!A12", { sheetName: "Positions", row: 12 }],
    ["'My Sheet'!A5", { sheetName: "My Sheet", row: 5 }],
    ["'O''Brien''s team'!C3:D4", { sheetName: "O'Brien's team", row: 3 }],
    ["'Wow!'!A2", { sheetName: "Wow!", row: 2 }],
    ["'岗位, 2025'!B9", { sheetName: "岗位, 2025", row: 9 }],
    ["岗位!B9", { sheetName: "岗位", row: 9 }],
    ["5:5", { row: 5 }],
    ["5:9", { row: 5 }],
    ["Sheet1!$5:$5", { sheetName: "Sheet1", row: 5 }],
    // Selected bottom-up, a range's top row is still its first row.
    ["9:5", { row: 5 }],
    ["C9:B7", { row: 7 }],
    // Several areas: the first one counts, also when a quoted name holds a comma.
    ["A12:B13,D4", { row: 12 }],
    ["'a, b'!A3:B4,'a, b'!D1", { sheetName: "a, b", row: 3 }],
    [" B7 ", { row: 7 }],
  ])("%s", (address, expected) => {
    expect(parseSelectionAddress(address)).toEqual(expected);
  });

  test("whole columns start at no one row", () => {
    expect(parseSelectionAddress("B:D")).toEqual({});
    expect(parseSelectionAddress("Sheet1!A:A")).toEqual({ sheetName: "Sheet1" });
  });

  test.each(["", "Sheet1!", "Table1[Name]", "B", "7", "A0", "A1048577", "A1:B", "R1C1", "ABCD1", "'Unclosed!A1"])(
    "%p is not an address it can read",
    (address) => {
      expect(parseSelectionAddress(address)).toBeUndefined();
    },
  );
});
