import type { CellValue } from "../cells/cell";
import { mulDivHalfUp, scaleDecimal } from "../cost/decimal";
import type { FindingDraft } from "../findings/finding";
import { listPreview } from "../findings/listPreview";
import { normalizeHeader } from "./normalizeHeader";

/**
 * Headers of an FTE column given as hours a week (aliases of the FTE field, after its own: a sheet with an FTE
 * column reads that one). Their cells are hours, read as FTE = hours ÷ the full-time week.
 */
export const WEEKLY_HOURS_HEADERS: readonly string[] = [
  "Weekly Hours",
  "Hours per Week",
  "Hours a Week",
  "Hours/Week",
  "Contracted Hours",
  "Contracted Weekly Hours",
  "Weekly Contracted Hours",
  "Working Hours per Week",
  "Standard Weekly Hours",
  "周工时",
  "每周工时",
  "周工作时长",
  "每周工作时长",
  "每周工作小时",
];

const WEEKLY_HOURS_KEYS: ReadonlySet<string> = new Set(WEEKLY_HOURS_HEADERS.map(normalizeHeader));

/** The full-time week when a sheet shows none: 40 hours. */
export const DEFAULT_FULL_TIME_HOURS = 40;
/** Weeks a sheet's full-time week is looked for in (35 in France, 37.5 in the UK's public sector, 40, 44…). */
const FULL_TIME_MIN = 35;
const FULL_TIME_MAX = 48;
/** Rows looked at to find the full-time week: enough to see it, few enough to cost nothing at 100,000. */
const ROWS_LOOKED_AT = 5_000;

/** True when the FTE column's header says it holds hours a week ("Weekly Hours", "Contracted Hours", "周工时"). */
export function isWeeklyHoursHeader(header: string): boolean {
  return WEEKLY_HOURS_KEYS.has(normalizeHeader(header));
}

/** A full-time week stated in the header's brackets: "Contracted Hours (FT = 37.5)", "周工时（标准40）". */
const STATED = /[(（[【][^)）\]】]*?(\d+(?:\.\d+)?)[^)）\]】]*[)）\]】]/;

/**
 * The sheet's full-time week, decided once for the column: the one its header states in brackets ("Weekly Hours
 * (FT 37.5)"), else the hours most of its cells from 35 to 48 hold (most staff work full time; on a tie the longer
 * week), else {@link DEFAULT_FULL_TIME_HOURS}. A UK sheet of 37.5 and 18.75 reads 37.5; a sheet of part-timers
 * only (20, 16) reads 40.
 */
export function fullTimeHoursOf(
  header: string,
  rows: readonly (readonly CellValue[])[],
  from: number,
  column: number,
  readNumber: (value: CellValue | undefined) => number | null | undefined,
): number {
  const stated = STATED.exec(header.normalize("NFKC"));
  if (stated !== null) {
    const hours = Number(stated[1]);
    if (hours >= 10 && hours <= 80) return hours;
  }
  const counts = new Map<number, number>();
  const end = Math.min(rows.length, from + ROWS_LOOKED_AT);
  for (let r = from; r < end; r++) {
    const hours = readNumber(rows[r]?.[column]);
    if (typeof hours !== "number" || hours < FULL_TIME_MIN || hours > FULL_TIME_MAX) continue;
    counts.set(hours, (counts.get(hours) ?? 0) + 1);
  }
  let best = DEFAULT_FULL_TIME_HOURS;
  let bestCount = 0;
  for (const [hours, count] of counts)
    if (count > bestCount || (count === bestCount && hours > best)) {
      best = hours;
      bestCount = count;
    }
  return best;
}

/** Hours a week as FTE: hours ÷ the full-time week on their decimal values, to 4 places half up (30 ÷ 37.5 = 0.8). */
export function fteOfHours(hours: number, fullTime: number): number {
  return mulDivHalfUp(scaleDecimal(hours, 4), 10_000, scaleDecimal(fullTime, 4)) / 10_000;
}

/** WEEKLY_HOURS_FTE: the info finding saying the FTE column holds hours a week, and the full-time week read. */
export function weeklyHoursFinding(headerRow: number, column: string, fullTime: number): FindingDraft {
  return {
    code: "WEEKLY_HOURS_FTE",
    severity: "info",
    rows: [headerRow],
    ids: [],
    field: "fte",
    params: { row: headerRow, column, fullTime },
  };
}

/** HOURS_OVER_FULL_TIME: the warning naming the positions whose hours exceed the full-time week (FTE above 1, kept). */
export function hoursOverFullTimeFinding(
  rows: number[],
  ids: string[],
  column: string,
  fullTime: number,
): FindingDraft {
  return {
    code: "HOURS_OVER_FULL_TIME",
    severity: "warning",
    rows,
    ids,
    field: "fte",
    params: { column, fullTime, count: rows.length, rowList: listPreview(rows) },
  };
}
