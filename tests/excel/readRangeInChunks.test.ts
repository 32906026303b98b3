import { chunkRows, DEFAULT_CELL_BUDGET, rowsPerRequest } from "../../src/excel/readRangeInChunks";

describe("rowsPerRequest(columns, budget)", () => {
  it("keeps each request within the cell budget, never below 100 rows", () => {
    expect(rowsPerRequest(12)).toBe(10_000);
    expect(rowsPerRequest(12) * 12).toBeLessThanOrEqual(DEFAULT_CELL_BUDGET);
    expect(rowsPerRequest(7, 1_000)).toBe(142);
    expect(rowsPerRequest(5_000)).toBe(100);
    expect(rowsPerRequest(0)).toBe(120_000);
  });
});

describe("chunkRows(rows, perChunk)", () => {
  it("covers every row once, in order", () => {
    expect(chunkRows(25_001, 10_000)).toEqual([
      { offset: 0, count: 10_000 },
      { offset: 10_000, count: 10_000 },
      { offset: 20_000, count: 5_001 },
    ]);
    expect(chunkRows(0, 100)).toEqual([]);
  });
});
