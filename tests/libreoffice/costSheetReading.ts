import type ExcelJS from "exceljs";
import { runCli } from "../../src/cli/runCli";

/** What `orgwright cost` prints (the parts the LibreOffice tests read). */
export interface CostJsonOut {
  total: number;
  monthTotals: number[];
  positions: { id: string; total: number; months: { total: number }[] }[];
  onCosts: { item: string; total: number }[];
  report?: { file: string; sheets: string[] };
}

export async function cost(file: string, extra: string[] = []): Promise<CostJsonOut> {
  let stdout = "";
  let stderr = "";
  const code = await runCli(
    ["cost", file, "--year", "2025", "--currency", "CNY", ...extra],
    { LANG: "en_US.UTF-8" },
    { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) },
  );
  expect(stderr).toBe("");
  expect(code).toBe(0);
  return JSON.parse(stdout);
}

/** What a cell shows after LibreOffice recalculated it (exceljs reads a cached result of 0 as none). */
export function shown(cell: ExcelJS.Cell): unknown {
  const value = cell.value as unknown;
  if (value && typeof value === "object" && ("formula" in value || "sharedFormula" in value))
    return (value as { result?: unknown }).result ?? 0;
  return value;
}

export const cents = (value: unknown) => Math.round(Number(value) * 100);

/** The cost table of a recalculated Headcount cost sheet: ID → 12 months and the year, and the Total row. */
export function readCostTable(sheet: ExcelJS.Worksheet) {
  let header = 0;
  sheet.eachRow((row, r) => {
    if (header === 0 && row.getCell(2).value === "2025-01") header = r;
  });
  expect(header).toBeGreaterThan(0);
  const rows = new Map<string, number[]>();
  for (let r = header + 1; ; r++) {
    const id = String(sheet.getCell(r, 1).value ?? "");
    const values = Array.from({ length: 13 }, (_, c) => Number(shown(sheet.getCell(r, c + 2))));
    if (id === "Total") return { rows, total: values };
    rows.set(id, values);
  }
}

export function expectTableEqualsJson(sheet: ExcelJS.Worksheet, json: CostJsonOut) {
  const table = readCostTable(sheet);
  for (const position of json.positions) {
    const values = table.rows.get(position.id)!;
    expect({ id: position.id, cents: values.map(cents) }).toEqual({
      id: position.id,
      cents: [...position.months.map((month) => cents(month.total)), cents(position.total)],
    });
  }
  expect(table.total.map(cents)).toEqual([...json.monthTotals.map(cents), cents(json.total)]);
  return table;
}
