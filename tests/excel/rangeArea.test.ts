import { cellAddress, columnLetters, columnsAddress, rangeAddress } from "../../src/excel/rangeArea";

describe("A1 addresses", () => {
  it("columnLetters(index) counts A…Z, AA…, XFD", () => {
    expect([0, 25, 26, 51, 52, 701, 702, 16383].map(columnLetters)).toEqual([
      "A",
      "Z",
      "AA",
      "AZ",
      "BA",
      "ZZ",
      "AAA",
      "XFD",
    ]);
  });

  it("rangeAddress(area) turns zero-based indexes into an A1 range", () => {
    expect(cellAddress(4, 2)).toBe("C5");
    expect(rangeAddress({ rowIndex: 4, columnIndex: 2, rowCount: 10_000, columnCount: 12 })).toBe("C5:N10004");
    expect(rangeAddress({ rowIndex: 0, columnIndex: 0, rowCount: 1, columnCount: 1 })).toBe("A1");
    expect(columnsAddress(1)).toBe("B:B");
    expect(columnsAddress(1, 3)).toBe("B:D");
  });
});
