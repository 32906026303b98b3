/**
 * The cost-sheet suite (issue 10 §4): the Headcount cost sheet of a generated org (seed 9, as an Excel table, costed
 * for 2025 in CNY), its cell data as Office.js requests carry it (the Excel adapter's pessimistic byte estimate,
 * `rowBytes`) cut into requests of the adapter's 4 MB budget, each of which must stay under Excel on the web's 5 MB.
 * Also the time to build the sheet's spec and the process's peak memory.
 *
 *   npm run bench -- --suites costsheet [--sizes 100000]      (the largest size is used)
 *   npx tsx bench/costSheetPayload.ts [positions]
 */
import { analyzeWorkbook } from "../src/core/analyzeWorkbook";
import { costHeadcount } from "../src/core/cost/costHeadcount";
import { headcountCostSheet } from "../src/core/report/headcountCostSheet";
import { sheetSpecCells } from "../src/core/sheet/sheetSpecLayout";
import { DEFAULT_PAYLOAD_BUDGET_BYTES, EXCEL_PAYLOAD_LIMIT_BYTES, rowBytes } from "../src/excel/payloadSize";
import { atMost, type BenchSuite } from "./benchSuite";
import { generateOrg } from "./generateOrg";

export interface CostSheetFigures {
  positions: number;
  /** CPU ms to cost the org and build the sheet's spec. */
  buildMs: number;
  bytes: number;
  rows: number;
  requests: number;
  largestRequestBytes: number;
  largestRowBytes: number;
  /** Peak resident memory of the process so far (MiB). */
  peakMiB: number;
}

export function benchCostSheet(size: number, seed = 9): CostSheetFigures {
  const { grid } = generateOrg(size, seed);
  const positions = { ...grid, tableName: "Staff" };
  const analysis = analyzeWorkbook({ positions }, { lang: "zh-CN" });
  const cpuStart = process.cpuUsage();
  const cost = costHeadcount({ analysis, positions }, { settings: { year: 2025, currency: "CNY" } });
  const spec = headcountCostSheet({ analysis, positions }, cost, "zh-CN");
  const cpu = process.cpuUsage(cpuStart);
  let bytes = 0;
  let rows = 0;
  let requests = 1;
  let chunk = 0;
  let largestRequest = 0;
  let largestRow = 0;
  for (const row of sheetSpecCells(spec)) {
    const cells = row.map((cell) => (typeof cell === "object" && cell !== null ? `=${cell.formula}` : cell));
    const rowSize = rowBytes(cells as never);
    rows++;
    largestRow = Math.max(largestRow, rowSize);
    bytes += rowSize;
    if (chunk > 0 && chunk + rowSize > DEFAULT_PAYLOAD_BUDGET_BYTES) {
      requests++;
      largestRequest = Math.max(largestRequest, chunk);
      chunk = 0;
    }
    chunk += rowSize;
  }
  largestRequest = Math.max(largestRequest, chunk);
  return {
    positions: analysis.model.positions.length,
    buildMs: (cpu.user + cpu.system) / 1000,
    bytes,
    rows,
    requests,
    largestRequestBytes: largestRequest,
    largestRowBytes: largestRow,
    peakMiB: process.resourceUsage().maxRSS / 1024,
  };
}

const MB = 1024 * 1024;

export function formatCostSheetBench(figures: CostSheetFigures): string {
  return [
    "The Headcount cost sheet's cell data as Office.js requests carry it (the Excel adapter's estimate), cut into " +
      "requests of the adapter's 4 MB budget:",
    "",
    "| positions | sheet rows | cell data | per position | requests | largest request | largest row | cost + spec built (CPU) | peak RSS of the bench process |",
    "|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    `| ${figures.positions.toLocaleString("en-US")} | ${figures.rows.toLocaleString("en-US")} | ${(figures.bytes / MB).toFixed(1)} MB | ` +
      `${Math.round(figures.bytes / figures.positions).toLocaleString("en-US")} B | ${figures.requests} | ` +
      `${(figures.largestRequestBytes / MB).toFixed(2)} MB | ${(figures.largestRowBytes / 1024).toFixed(1)} KB | ` +
      `${Math.round(figures.buildMs).toLocaleString("en-US")} ms | ${Math.round(figures.peakMiB).toLocaleString("en-US")} MiB |`,
  ].join("\n");
}

export const costSheetSuite: BenchSuite = {
  name: "costsheet",
  summary: "the Headcount cost sheet's request payload (chunks under Excel on the web's 5 MB), at the largest size",
  run(options) {
    const size = Math.max(...options.sizes);
    console.log(`Headcount cost sheet of ${size.toLocaleString("en-US")} positions…`);
    const figures = benchCostSheet(size);
    return {
      report: formatCostSheetBench(figures),
      checks: [
        atMost(
          `largest request of the Headcount cost sheet, ${size.toLocaleString("en-US")} positions`,
          figures.largestRequestBytes / MB,
          EXCEL_PAYLOAD_LIMIT_BYTES / MB,
          "MB",
          2,
        ),
      ],
    };
  },
};

if (require.main === module) console.log(formatCostSheetBench(benchCostSheet(Number(process.argv[2] ?? 100_000))));
