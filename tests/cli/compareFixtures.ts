import type ExcelJS from "exceljs";
import { writeXlsxFile } from "../fixtures/workbookFiles";

/**
 * The workbooks the compare tests read, written with exceljs. The baseline (today's org) and a plan that:
 * raises P2's pay (240,000 → 264,000), removes the vacant post P3, renames P4's ID to C4 (same title, manager and
 * holder), moves P5 from P4 to P2 and into Content, adds a planned moderator P6 from 1 July and a filled data
 * engineer P7 under C4. Every position is in Testville, whose Rates line is a flat 10% on the monthly base, so each
 * position's year is 1.1 × its salary (P6: half a year).
 */
export const HEADER = [
  "Position ID",
  "Title",
  "Department",
  "Reports To",
  "Name",
  "FTE",
  "Base Salary",
  "Status",
  "Location",
  "Currency",
  "Start Date",
];

export const BASELINE_ROWS: (string | number | Date | null)[][] = [
  ["P1", "Head of Operations", "Ops", "", "Ann", 1, 600000, "Filled", "Testville", "CNY", null],
  ["P2", "Content Lead", "Content", "P1", "Bo", 1, 240000, "Filled", "Testville", "CNY", null],
  ["P3", "Moderator", "Content", "P2", "", 1, 120000, "Vacant", "Testville", "CNY", null],
  ["P4", "Community Manager", "Community", "P1", "Cy", 1, 180000, "Filled", "Testville", "CNY", null],
  ["P5", "Analyst", "Data", "P4", "Di", 0.5, 120000, "Filled", "Testville", "CNY", null],
];

export const PLAN_ROWS: (string | number | Date | null)[][] = [
  ["P1", "Head of Operations", "Ops", "", "Ann", 1, 600000, "Filled", "Testville", "CNY", null],
  ["P2", "Content Lead", "Content", "P1", "Bo", 1, 264000, "Filled", "Testville", "CNY", null],
  ["C4", "Community Manager", "Community", "P1", "Cy", 1, 180000, "Filled", "Testville", "CNY", null],
  ["P5", "Analyst", "Content", "P2", "Di", 0.5, 120000, "Filled", "Testville", "CNY", null],
  ["P6", "Moderator", "Content", "P2", "", 1, 120000, "Planned", "Testville", "CNY", new Date(Date.UTC(2025, 6, 1))],
  ["P7", "Data Engineer", "Data", "C4", "Ed", 1, 240000, "Filled", "Testville", "CNY", null],
];

function addRates(book: ExcelJS.Workbook): void {
  book.addWorksheet("Rates").addRows([
    ["Location", "Item", "Employer rate", "From", "To"],
    ["Testville", "Levy", "10%", "2025-01-01", "2025-12-31"],
  ]);
}

/**
 * A Budget table for the year (blank months: annual figures): Content 3 posts and 450,000, Data 1 post and 250,000.
 * By hand, the plan: Content costs 488,400 (P2 290,400, P5 132,000, P6 66,000) with 2.5 posts on average (P6 half a
 * year): variance +38,400 = volume (2.5 − 3) × 150,000 = −75,000 + rate 113,400. Data costs 264,000 (P7) with 1
 * post: variance +14,000 = volume 0 + rate 14,000.
 */
function addBudget(book: ExcelJS.Workbook): void {
  book.addWorksheet("Budget").addRows([
    ["Department", "Month", "Headcount", "Cost"],
    ["Content", null, 3, 450000],
    ["Data", null, 1, 250000],
  ]);
}

/** A positions sheet, as a plain range or (with `table`) as an Excel table. */
function addPositions(book: ExcelJS.Workbook, name: string, rows: (string | number | Date | null)[][], table?: string) {
  const sheet = book.addWorksheet(name);
  if (table)
    sheet.addTable({
      name: table,
      ref: "A1",
      columns: HEADER.map((header) => ({ name: header })),
      rows: rows as ExcelJS.CellValue[][],
    });
  else sheet.addRows([HEADER, ...rows]);
}

/**
 * The baseline and the plan as two workbooks (the plan's positions as an Excel table named Plan); the Budget table
 * is in the baseline's workbook only.
 */
export async function writeTwoWorkbooks(baselineFile: string, planFile: string): Promise<void> {
  await writeXlsxFile(baselineFile, (book) => {
    addPositions(book, "Positions", BASELINE_ROWS);
    addRates(book);
    addBudget(book);
  });
  await writeXlsxFile(planFile, (book) => {
    addPositions(book, "Positions", PLAN_ROWS, "Plan");
    addRates(book);
  });
}

/**
 * One workbook: the baseline on "Positions" (an Excel table named Staff), the plan on the sheet "Plan 2026", the
 * Rates and (with `budget`) the Budget table.
 */
export async function writeOneWorkbook(file: string, budget = true): Promise<Uint8Array> {
  return writeXlsxFile(file, (book) => {
    addPositions(book, "Positions", BASELINE_ROWS, "Staff");
    addPositions(book, "Plan 2026", PLAN_ROWS);
    addRates(book);
    if (budget) addBudget(book);
  });
}
