/** Cells and addresses as the fake workbook holds them: values, A1 addresses, and text coerced as Excel types it. */
import type { RangeArea } from "../../../src/excel/rangeArea";
import { FakeExcelError } from "./fakeRequests";

export type FakeValue = string | number | boolean;

export interface FakeCell {
  value: FakeValue;
  formula?: string;
  numberFormat?: string;
  /** Written as text with a leading apostrophe. */
  quotePrefix?: boolean;
  bold?: boolean;
}

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

function columnIndexOf(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** "C5", "C5:N10", "B:D", "3:3", with or without "Sheet!" in front. */
export function parseAddress(address: string): RangeArea {
  const local = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  const [from, to = from] = local.replace(/\$/g, "").split(":");
  const part = (text: string) => {
    const match = /^([A-Za-z]*)(\d*)$/.exec(text);
    if (!match || (match[1] === "" && match[2] === ""))
      throw new FakeExcelError("InvalidArgument", `Bad address ${address}`);
    return { column: match[1] ? columnIndexOf(match[1]) : undefined, row: match[2] ? Number(match[2]) - 1 : undefined };
  };
  const a = part(from);
  const b = part(to);
  const rowIndex = a.row ?? 0;
  const columnIndex = a.column ?? 0;
  const lastRow = b.row ?? MAX_ROWS - 1;
  const lastColumn = b.column ?? MAX_COLUMNS - 1;
  return { rowIndex, columnIndex, rowCount: lastRow - rowIndex + 1, columnCount: lastColumn - columnIndex + 1 };
}

export function overlaps(a: RangeArea, b: RangeArea): boolean {
  return (
    a.rowIndex < b.rowIndex + b.rowCount &&
    b.rowIndex < a.rowIndex + a.rowCount &&
    a.columnIndex < b.columnIndex + b.columnCount &&
    b.columnIndex < a.columnIndex + a.columnCount
  );
}

/** Excel's date serial number (1900 system) of a y-m-d date. */
function dateSerial(year: number, month: number, day: number): number {
  return Math.round((Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86_400_000);
}

/** A cell as Excel stores text typed (or written through `values`/`formulas`) into it. */
export function coerceInput(input: FakeValue): FakeCell | undefined {
  if (typeof input !== "string") return { value: input };
  if (input === "") return undefined;
  if (input.startsWith("'")) return { value: input.slice(1), quotePrefix: true };
  if (input.startsWith("=") || (/^[+-]/.test(input) && !/^[+-]\d/.test(input))) return { value: "", formula: input };
  const trimmed = input.trim();
  if (/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(trimmed)) return { value: Number(trimmed) };
  if (/^(true|false)$/i.test(trimmed)) return { value: trimmed.toLowerCase() === "true" };
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(trimmed);
  if (iso) return { value: dateSerial(Number(iso[1]), Number(iso[2]), Number(iso[3])) };
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(trimmed);
  if (us) return { value: dateSerial(Number(us[3]), Number(us[1]), Number(us[2])) };
  return { value: input };
}
