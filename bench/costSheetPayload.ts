/**
 * `npx tsx bench/costSheetPayload.ts [positions]`: the Headcount cost sheet of a generated org (default 100,000
 * positions), its cell data as Office.js requests carry it (the adapter's pessimistic byte estimate) and how many
 * requests of the adapter's 4 MB budget it takes (each under Excel on the web's 5 MB). Figures: docs/benchmarks.md.
 */
import { analyzeWorkbook } from "../src/core/analyzeWorkbook";
import { costHeadcount } from "../src/core/cost/costHeadcount";
import { headcountCostSheet } from "../src/core/report/headcountCostSheet";
import { sheetSpecCells } from "../src/core/sheet/sheetSpecLayout";
import { DEFAULT_PAYLOAD_BUDGET_BYTES } from "../src/excel/payloadSize";
import { rowBytes } from "../src/excel/payloadSize";
import { generateOrg } from "./generateOrg";

const size = Number(process.argv[2] ?? 100_000);
const { grid } = generateOrg(size, 9);
const positions = { ...grid, tableName: "Staff" };
const analysis = analyzeWorkbook({ positions }, { lang: "zh-CN" });
const started = performance.now();
const cost = costHeadcount({ analysis, positions }, { settings: { year: 2025, currency: "CNY" }, lang: "zh-CN" });
const spec = headcountCostSheet({ analysis, positions }, cost, "zh-CN");
const built = performance.now() - started;
let bytes = 0;
let requests = 1;
let chunk = 0;
let largestRow = 0;
for (const row of sheetSpecCells(spec)) {
  const cells = row.map((cell) => (typeof cell === "object" && cell !== null ? `=${cell.formula}` : cell));
  const rowSize = rowBytes(cells as never);
  largestRow = Math.max(largestRow, rowSize);
  bytes += rowSize;
  if (chunk + rowSize > DEFAULT_PAYLOAD_BUDGET_BYTES) {
    requests++;
    chunk = 0;
  }
  chunk += rowSize;
}
console.log(
  JSON.stringify({
    positions: analysis.model.positions.length,
    buildMs: Math.round(built),
    bytes,
    bytesPerPosition: Math.round(bytes / analysis.model.positions.length),
    requests,
    largestRowBytes: largestRow,
  }),
);
