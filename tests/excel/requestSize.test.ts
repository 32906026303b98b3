import { generateOrg } from "../../bench/generateOrg";
import { analyzeWorkbook } from "../../src/core/analyzeWorkbook";
import { workbookReport } from "../../src/core/report/workbookReport";
import type { SheetSpec } from "../../src/core/sheet/sheetSpec";
import { ExcelWorkbookSource } from "../../src/excel/excelWorkbookSource";
import { cellBytes, rowBytes, textBytes } from "../../src/excel/payloadSize";
import { EXCEL_PAYLOAD_LIMIT_BYTES, FakeWorkbook, payloadBytes, type FakeValue } from "./fakeExcel/fakeWorkbook";
import { fakeExcelRun } from "./fakeExcel/mockExcelContext";

const HEADER = ["Position ID", "Title", "Department", "Reports To", "Name", "FTE", "Responsibilities", "Notes"];

/** 200 Chinese characters: 600 bytes of UTF-8, 1,200 as JSON escapes. */
const LONG_CHINESE = "负责运营中心的日常值班调度与跨部门协调工作确保服务连续".repeat(8).slice(0, 200);

function chineseRows(count: number): FakeValue[][] {
  const rows: FakeValue[][] = [HEADER];
  for (let i = 1; i <= count; i++)
    rows.push([
      `P${i}`,
      "值班工程师",
      "运营中心",
      i === 1 ? "" : `P${Math.ceil(i / 4)}`,
      `员工${i}`,
      1,
      LONG_CHINESE,
      LONG_CHINESE,
    ]);
  return rows;
}

describe("requests within Excel on the web's 5 MB", () => {
  it("estimates serialized bytes pessimistically: CJK as \\uXXXX escapes, never below UTF-8 JSON", () => {
    expect(textBytes("abc")).toBe(5);
    expect(textBytes("运营")).toBe(14);
    expect(textBytes('a"b')).toBe(6);
    for (const row of [["运营中心", 12, true, "plain", "😀"], chineseRows(1)[1]])
      expect(rowBytes(row)).toBeGreaterThanOrEqual(payloadBytes(row));
    expect(cellBytes(1234.5)).toBe(7);
  });

  it("reads long Chinese text in responses each under the limit, every row in order", async () => {
    const rows = chineseRows(5_000); // ≈ 6.3 MB of UTF-8 JSON in all
    const book = new FakeWorkbook(["Positions"]);
    book.putTable("Positions", "Staff", "A1", rows);
    expect(payloadBytes(rows)).toBeGreaterThan(EXCEL_PAYLOAD_LIMIT_BYTES);

    const result = await new ExcelWorkbookSource(fakeExcelRun(book)).readPositions();

    expect(result.ok && result.grid.rows).toEqual(rows);
    for (const request of book.requests) expect(request.responseBytes).toBeLessThan(EXCEL_PAYLOAD_LIMIT_BYTES);
    expect(book.requests.filter((request) => request.responseBytes > 1_000_000).length).toBeGreaterThanOrEqual(2);
  });

  it("halves and retries a read Excel refuses for its size", async () => {
    const rows = chineseRows(400);
    const book = new FakeWorkbook(["Positions"]);
    book.putTable("Positions", "Staff", "A1", rows);
    book.payloadLimit = 100_000; // a host stricter than the estimate expects

    const result = await new ExcelWorkbookSource(fakeExcelRun(book)).readPositions();

    expect(result.ok && result.grid.rows).toEqual(rows);
    expect(book.requests.some((request) => request.refused === "ResponsePayloadSizeLimitExceeded")).toBe(true);
    for (const request of book.requests.filter((r) => !r.refused))
      expect(request.responseBytes).toBeLessThanOrEqual(100_000);
  });

  it("halves and retries a write Excel refuses for its size", async () => {
    const book = new FakeWorkbook(["Sheet1"]);
    book.payloadLimit = 60_000;
    const spec: SheetSpec = {
      name: "Long",
      columns: [{ header: "A" }, { header: "B" }],
      rows: Array.from({ length: 300 }, (_, i) => [`行${i}`, LONG_CHINESE]),
    };

    await new ExcelWorkbookSource(fakeExcelRun(book)).writeSheet(spec);

    expect(book.values("Long")).toHaveLength(301);
    expect(book.values("Long")[300]).toEqual(["行299", LONG_CHINESE]);
    expect(book.requests.some((request) => request.refused === "RequestPayloadSizeLimitExceeded")).toBe(true);
    for (const request of book.requests) expect(request.requestBytes).toBeLessThanOrEqual(60_000);
  });

  it("writes the report of 100,000 positions in requests each under the limit", async () => {
    const { grid } = generateOrg(100_000, 9);
    const analysis = analyzeWorkbook({ positions: grid }, { lang: "zh-CN" });
    const specs = workbookReport(analysis, "zh-CN", { positionsSheet: "Positions" });
    const book = new FakeWorkbook(["Positions"]);
    const excel = new ExcelWorkbookSource(fakeExcelRun(book));

    for (const spec of specs) await excel.writeSheet(spec);

    const written = book.requests.reduce((sum, request) => sum + request.requestBytes, 0);
    expect(written).toBeGreaterThan(EXCEL_PAYLOAD_LIMIT_BYTES); // one request would have been refused
    for (const request of book.requests) expect(request.requestBytes).toBeLessThan(EXCEL_PAYLOAD_LIMIT_BYTES);
    expect(book.sheetNames()).toEqual(["Positions", ...specs.map((spec) => spec.name)]);
  }, 120_000);
});
