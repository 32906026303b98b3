import { parseDate } from "../cells/parseDate";
import { parseNumber } from "../cells/parseNumber";
import { normalizeHeader } from "../columns/normalizeHeader";
import { readSupportTable } from "../coverage/readSupportTable";
import type { FindingDraft } from "../findings/finding";
import type { SheetGrid } from "../sheet/sheetGrid";
import { mulDivHalfUp, PPM, scaleDecimal } from "./decimal";
import { dayOfIso, type DayNumber } from "./fiscalYear";

// Module-local bindings for the hot loop (bundlers and tsx may turn imported bindings into getter calls).
const mulDivLocal = mulDivHalfUp;
const PPM_LOCAL = PPM;

/**
 * One employer on-cost line: for a location and an item (pension, employer NI…), from a date to a date, the
 * contribution of a month is `rate × max(0, min(max(base, floor), cap) − threshold)`, amounts per month in the
 * location's currency, rounded half up to the cent.
 */
export interface RateLine {
  /** The location as written (matched to positions' Location after normalizing: case, spaces, width). */
  location: string;
  item: string;
  /** Employer rate in millionths (0.5% = 5,000). */
  ratePpm: number;
  /** Monthly amounts in cents; cap −1 when there is none. */
  floorCents: number;
  capCents: number;
  thresholdCents: number;
  /** Day numbers; undefined: open-ended. */
  from?: DayNumber;
  to?: DayNumber;
  /** Where the line comes from: the workbook's Rates table (its sheet row), or the shipped defaults. */
  source: { kind: "workbook"; sheet: string; row: number } | { kind: "default"; reference: string };
}

/** A rate cell as a fraction: 0.16, "16%" and 16 all mean 16% (a number above 1 is read as a percentage). */
export function rateFraction(value: number): number {
  return value > 1 ? value / 100 : value;
}

function money(text: string | undefined): number | null | undefined {
  if (text === undefined || text === "") return null;
  const value = parseNumber(text);
  return value === undefined || value < 0 ? undefined : scaleDecimal(value, 2);
}

function day(text: string | undefined): DayNumber | null | undefined {
  if (text === undefined || text === "") return null;
  const iso = parseDate(text);
  return iso === undefined ? undefined : dayOfIso(iso);
}

/**
 * The workbook's Rates table (sheet or table named Rates / 费率, found like the Capabilities table): its lines and
 * the findings about its rows (no location; a rate, amount or date that cannot be read: the line is left out).
 */
export function readRatesTable(grid: SheetGrid | undefined): { lines: RateLine[]; findings: FindingDraft[] } {
  const table = grid ? readSupportTable<string>(grid, "rates") : undefined;
  if (!table) return { lines: [], findings: [] };
  const findings = [...table.findings];
  const lines: RateLine[] = [];
  for (const { row, text } of table.rows) {
    const location = text.location ?? "";
    const bad = (column: string, value: string, kind: "INVALID_NUMBER" | "INVALID_DATE") =>
      findings.push({
        code: kind,
        severity: "warning",
        rows: [row],
        ids: [],
        sheet: table.sheetName,
        params: { row, id: location, column: table.headers[column as never] ?? column, value, table: "rates" },
      });
    const rateValue = text.rate ? parseNumber(text.rate) : undefined;
    if (rateValue === undefined || rateValue < 0) {
      bad("rate", text.rate ?? "", "INVALID_NUMBER");
      continue;
    }
    const floor = money(text.floor);
    const cap = money(text.cap);
    const threshold = money(text.threshold);
    const from = day(text.from);
    const to = day(text.to);
    let ok = true;
    for (const [column, value] of [
      ["floor", floor],
      ["cap", cap],
      ["threshold", threshold],
    ] as const)
      if (value === undefined) {
        bad(column, text[column] ?? "", "INVALID_NUMBER");
        ok = false;
      }
    for (const [column, value] of [
      ["from", from],
      ["to", to],
    ] as const)
      if (value === undefined) {
        bad(column, text[column] ?? "", "INVALID_DATE");
        ok = false;
      }
    if (!ok) continue;
    lines.push({
      location,
      item: text.item ?? "",
      ratePpm: scaleDecimal(rateFraction(rateValue), 6),
      floorCents: floor ?? 0,
      capCents: cap ?? -1,
      thresholdCents: threshold ?? 0,
      from: from ?? undefined,
      to: to ?? undefined,
      source: { kind: "workbook", sheet: table.sheetName, row },
    });
  }
  return { lines, findings };
}

/** The normalized key a location is matched by. */
export function locationKey(location: string): string {
  return normalizeHeader(location);
}

/**
 * The lines that apply: the workbook's, and for every location the workbook's Rates table does not name, the
 * shipped defaults (the workbook's own rows win, location by location). `aliases` maps a default location's
 * other names (北京, Beijing) to it.
 */
export function combineRateLines(
  workbook: readonly RateLine[],
  defaults: readonly RateLine[],
  aliases: ReadonlyMap<string, string>,
): Map<string, RateLine[]> {
  const byLocation = new Map<string, RateLine[]>();
  const add = (key: string, line: RateLine) => {
    const list = byLocation.get(key);
    if (list) list.push(line);
    else byLocation.set(key, [line]);
  };
  for (const line of workbook) add(aliases.get(locationKey(line.location)) ?? locationKey(line.location), line);
  const named = new Set(byLocation.keys());
  for (const line of defaults) {
    const key = locationKey(line.location);
    if (!named.has(key)) add(key, line);
  }
  return byLocation;
}

/** The lines of `lines` in force on `day` (From ≤ day ≤ To). */
export function linesInForce(lines: readonly RateLine[], on: DayNumber): RateLine[] {
  return lines.filter(
    (line) => (line.from === undefined || line.from <= on) && (line.to === undefined || on <= line.to),
  );
}

/**
 * One line's contribution for a month, in cents, rounded half up on the exact decimal value:
 * `rate × max(0, min(max(base, floor), cap) − threshold)`, where base is the monthly pay before proration: the
 * annual pay (`annualTicks`) ÷ 12, kept exact by working in twelfths of a tick.
 */
export function lineContributionCents(line: RateLine, annualTicks: number): number {
  // Work in twelfths of a tick: base = annualTicks / 12 ticks; amounts in cents are × 100 ticks × 12.
  const scale = 100 * 12;
  let base = annualTicks;
  const floor = line.floorCents * scale;
  if (base < floor) base = floor;
  if (line.capCents >= 0) {
    const cap = line.capCents * scale;
    if (base > cap) base = cap;
  }
  const above = base - line.thresholdCents * scale;
  if (above <= 0) return 0;
  // cents = ratePpm / PPM × above / scale  (above is in twelfths of a tick; a cent is 100 ticks)
  return mulDivLocal(line.ratePpm, above, PPM_LOCAL * scale);
}
