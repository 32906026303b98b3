import { isCellError, type CellValue } from "./cell";
import { monthOfName } from "./monthName";

/**
 * Excel's serial 1 is 1900-01-01 and serial 61 is 1900-03-01: Excel counts a 1900-02-29 that never
 * was (serial 60), so from serial 61 on, day 0 is 1899-12-30, and before it, 1899-12-31.
 */
const EXCEL_EPOCH_DAYS = Date.UTC(1899, 11, 30) / 86_400_000;

/** Serial numbers from 1900-01-01 to 9999-12-31. */
const MIN_SERIAL = 1;
const MAX_SERIAL = 2_958_465;

const pad2 = (n: number): string => (n < 10 ? "0" : "") + n;

/** Days in `month` (1–12) of `year` in the Gregorian calendar (1900 is not a leap year, 2000 is). */
function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** YYYY-MM-DD of a real date from 1900 to 9999, by arithmetic (no Date objects: this can run once a row). */
function isoDate(year: number, month: number, day: number): string | undefined {
  if (year < 1900 || year > 9999 || month < 1 || month > 12 || day < 1) return undefined;
  if (day > daysInMonth(year, month)) return undefined; // 2024-02-30 and the like
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

/** The value of the two ASCII digits at `i` of `text`, or -1 when they are not both digits. */
function twoDigits(text: string, i: number): number {
  const tens = text.charCodeAt(i) - 48;
  const ones = text.charCodeAt(i + 1) - 48;
  return tens >= 0 && tens <= 9 && ones >= 0 && ones <= 9 ? tens * 10 + ones : -1;
}

/**
 * The fast path of {@link parseDate} for text that is already an ISO date (`2024-03-01`, as CSV exports and
 * Excel's own text dates write it): the date when it is real, undefined when it is not a date of that shape at
 * all (then parseDate decides), null when it has the shape but no such day exists (2024-02-30).
 */
export function isoDateOfText(text: string): string | null | undefined {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return undefined;
  const century = twoDigits(text, 0);
  const years = twoDigits(text, 2);
  const month = twoDigits(text, 5);
  const day = twoDigits(text, 8);
  if (century < 0 || years < 0 || month < 0 || day < 0) return undefined;
  // The text is the ISO date isoDate would write: return it as is rather than a copy.
  return isoDate(century * 100 + years, month, day) === undefined ? null : text;
}

/** ISO date of an Excel serial date number (the time of day is dropped). */
export function isoDateFromSerial(serial: number): string | undefined {
  if (!Number.isFinite(serial) || serial < MIN_SERIAL || serial > MAX_SERIAL) return undefined;
  const day = Math.floor(serial);
  return isoFromEpochDays(EXCEL_EPOCH_DAYS + (day < 60 ? day + 1 : day));
}

/** ISO date of a count of days since 1970-01-01, by arithmetic (no Date objects: this runs once a row). */
function isoFromEpochDays(days: number): string {
  // Howard Hinnant's civil_from_days.
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${y}-${pad2(m)}-${pad2(d)}`;
}

/**
 * A date as users and spreadsheets write it, as an ISO date (YYYY-MM-DD), or undefined.
 * Accepts Excel serial numbers, Date objects (exceljs gives them in UTC), 2024-03-01, 2024/3/1,
 * 2024.3.1, 2024年3月1日, 20240301, a trailing time, d/m/yyyy or m/d/yyyy (month first when
 * both readings are possible, as Excel in the US reads it), English month names (1-Mar-2024, Mar 1, 2024,
 * 1 March 2024), and a month alone (2024-03, 2024年3月, Mar-2024) as its first day. With `dayFirst` (a sheet that
 * writes the day first, see dayFirstDates.ts) 01/03/2024 is 1 March; a text whose second number is over 12 is
 * still read month first.
 */
export function parseDate(value: CellValue, dayFirst = false): string | undefined {
  if (value === null || isCellError(value) || typeof value === "boolean") return undefined;
  if (typeof value === "number") return isoDateFromSerial(value);
  if (value instanceof Date) {
    return Number.isNaN(value.getTime())
      ? undefined
      : isoDate(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate());
  }
  const iso = isoDateOfText(value);
  if (iso !== undefined) return iso ?? undefined;
  const text = value
    .normalize("NFKC")
    .trim()
    .replace(/(?:[T\s]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2}|[ap]m)?)$/i, "");
  let match = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(text);
  if (match) return isoDate(Number(match[1]), Number(match[2]), Number(match[3]));
  match = /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  if (match) return isoDate(Number(match[1]), Number(match[2]), Number(match[3]));
  match = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(text);
  if (match) {
    const first = Number(match[1]);
    const second = Number(match[2]);
    const year = Number(match[3]);
    return first > 12 || (dayFirst && second <= 12) ? isoDate(year, second, first) : isoDate(year, first, second);
  }
  const named = namedMonthDate(text);
  if (named !== undefined) return named;
  // A month without a day (2024-03, 2024/3, 2024.03, 2024年3月): its first day. Before the serial below, which
  // would read 2024.03 as a day in 1905.
  match = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?$/.exec(text);
  if (match) return isoDate(Number(match[1]), Number(match[2]), 1);
  if (/^\d+(?:\.\d+)?$/.test(text)) return isoDateFromSerial(Number(text));
  return undefined;
}

/** A two-digit year as Excel reads it: 00–29 are 2000–2029, 30–99 are 1930–1999. */
function fullYear(year: string): number {
  const n = Number(year);
  return year.length === 2 ? (n < 30 ? 2000 + n : 1900 + n) : n;
}

/**
 * A date with its month in English words, as Excel and HR exports write it: 1-Mar-2024, 01-Mar-24, 1 March 2024,
 * Mar 1, 2024, March 1st 2024; a month and year alone (Mar-2024, March 2024) is its first day.
 */
function namedMonthDate(text: string): string | undefined {
  let match = /^(\d{1,2})(?:st|nd|rd|th)?[\s\-/.]*([a-z]{3,9})\.?[\s\-/.,]*(\d{4}|\d{2})$/i.exec(text);
  if (match) {
    const month = monthOfName(match[2]);
    return month === undefined ? undefined : isoDate(fullYear(match[3]), month, Number(match[1]));
  }
  match = /^([a-z]{3,9})\.?[\s\-/.]*(\d{1,2})(?:st|nd|rd|th)?[\s,]+(\d{4})$/i.exec(text);
  if (match) {
    const month = monthOfName(match[1]);
    return month === undefined ? undefined : isoDate(Number(match[3]), month, Number(match[2]));
  }
  match = /^([a-z]{3,9})\.?[\s\-/.,]*(\d{4})$/i.exec(text);
  if (match) {
    const month = monthOfName(match[1]);
    return month === undefined ? undefined : isoDate(Number(match[2]), month, 1);
  }
  return undefined;
}
