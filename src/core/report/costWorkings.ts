import type { CellValue } from "../cells/cell";
import type { FieldKey } from "../columns/fields";
import { normalizeHeader } from "../columns/normalizeHeader";
import type { CostInput, CostOptions, HeadcountCost } from "../cost/costHeadcount";
import { mulDivHalfUp, PPM, scaleDecimal } from "../cost/decimal";
import { DEFAULT_LOCATION_ALIASES, DEFAULT_RATE_LINES } from "../cost/defaultRates";
import { dayFirstDatesRowOf } from "../sheet/dateOrderFinding";
import { costNumberReader, PAY_FLOOR_HEADERS, type CostNumberReader } from "../cost/costColumns";
import { PositionDays } from "../cost/positionDays";
import { FX_SCALE, fxRateOn, readFxTable } from "../cost/fxRates";
import { combineRateLines, locationKey, readRatesTable, type RateLine } from "../cost/rateLines";
import { positionValuesOf } from "../rollup/positionValues";

/** Day number → Excel serial (1900 date system): day 0 (1970-01-01) is serial 25,569. */
export const EXCEL_SERIAL_OF_DAY_0 = 25_569;
/** Serials for an open From / To in the rates block (a rate line with no dates is in force every month). */
export const OPEN_FROM_SERIAL = 0;
export const OPEN_TO_SERIAL = 2_958_465; // 9999-12-31
/** The cap written for a line with none: above any monthly pay. */
export const NO_CAP = 1e12;

/** A rate line as the rates block holds it: plain numbers a formula compares and multiplies. */
export interface RatesBlockLine {
  key: string;
  line: RateLine;
  rate: number;
  floor: number;
  cap: number;
  threshold: number;
  from: number;
  to: number;
  /** For a built-in default's last period carried forward: the day (number) after which it is carried. */
  carriedAfter?: number;
}

/**
 * The last day of a location's built-in default lines when they are carried forward after it (all its lines are
 * defaults with an end: `LocationSchedules` then uses the lines in force on that day for any later month with none);
 * the lines ending that day are written open-ended in the rates block, which gives the same months.
 */
function carriedForwardAfter(lines: readonly RateLine[]): number | undefined {
  if (lines.length === 0) return undefined;
  let end = -Infinity;
  for (const line of lines) {
    if (line.source.kind !== "default" || line.to === undefined) return undefined;
    if (line.to > end) end = line.to;
  }
  return end;
}

/** What one position's month formulas read (see docs/cost.md, "The Headcount cost sheet"). */
export interface PositionWorkings {
  /** The location key the rates block is matched by. */
  key: string;
  currency: string;
  /** Annual base pay per post, in the position's currency (the engine's ticks ÷ 10,000). */
  annual: number;
  /** The Bonus % and Months paid cells as the engine reads them (0 for blank or unreadable). */
  bonus: number;
  monthsPaid: number;
  /** 1 + bonus + extra months ÷ 12. */
  payFactor: number;
  allowances: number;
  posts: number;
  /** The first and last day costed as serials: 0 when no start, {@link OPEN_TO_SERIAL} when no end. */
  startSerial: number;
  endSerial: number;
  /** Per month: the part of the month costed (days ÷ days of the month), 0 when inactive. */
  dayFactors: number[];
  /** Per month: units of the reporting currency per unit of the position's (1 in the same currency; 0: no rate). */
  fx: number[];
}

/** A number of a cost column, as the engine reads it: NaN for blank or unreadable. */
function numberOf(
  input: CostInput,
  readNumber: CostNumberReader,
  field: FieldKey,
  p: number,
  check: (value: number) => boolean = () => true,
) {
  const { analysis, positions: grid } = input;
  const column = analysis.columns.columnOf[field];
  if (column === undefined) return NaN;
  const cell: CellValue | undefined = grid.rows[analysis.model.positions[p].row - grid.firstRow]?.[column];
  const value = readNumber(cell);
  return typeof value === "number" && check(value) ? value : NaN;
}

/**
 * The rate lines every costed location reads (the workbook's Rates rows, else the shipped defaults, as the engine
 * combines them), and each position's workings. Anything here that disagrees with the engine shows up when the
 * formulas are checked against the engine's numbers ({@link evaluateMonth}); such a row is written as values.
 */
export function costWorkings(
  input: CostInput,
  cost: HeadcountCost,
  options: CostOptions = {},
): { positions: PositionWorkings[]; lines: RatesBlockLine[]; salaryIsFloor: boolean } {
  const { model, columns } = input.analysis;
  const values = positionValuesOf(model);
  const byLocation = combineRateLines(
    readRatesTable(input.rates).lines,
    options.defaultRates ?? DEFAULT_RATE_LINES,
    DEFAULT_LOCATION_ALIASES,
  );
  const fxLines = readFxTable(input.fx).lines;
  const salaryHeader = columns.columnOf.baseSalary !== undefined ? columns.headers[columns.columnOf.baseSalary] : "";
  const salaryIsFloor =
    PAY_FLOOR_HEADERS.has(normalizeHeader(salaryHeader ?? "")) &&
    columns.columnOf.payMax !== undefined &&
    columns.columnOf.payMin === undefined;
  const { settings, months } = cost;
  const usedKeys = new Set<string>();
  const days = new PositionDays(dayFirstDatesRowOf(input.positions, columns) !== undefined);
  const readNumber = costNumberReader(input);
  const { startDate: startColumn, endDate: endColumn } = columns.columnOf;
  const positions = model.positions.map((position, p): PositionWorkings => {
    const plain = locationKey(position.location);
    const key = DEFAULT_LOCATION_ALIASES.get(plain) ?? plain;
    const own = values.currencies[values.currency[p]] ?? "";
    const fte = values.fte[p];
    let annualTicks = 0;
    const salary = salaryIsFloor ? null : position.baseSalary;
    if (salary !== null) {
      const ticks = scaleDecimal(salary, 4);
      annualTicks = settings.salaryBasis === "full-time" ? mulDivHalfUp(ticks, scaleDecimal(fte, 6), PPM) : ticks;
    } else {
      const min = salaryIsFloor ? (position.baseSalary ?? NaN) : numberOf(input, readNumber, "payMin", p);
      const max = numberOf(input, readNumber, "payMax", p);
      if (min === min || max === max) {
        const low = scaleDecimal(min === min ? min : max, 4);
        const high = max === max ? scaleDecimal(max, 4) : low;
        const point =
          settings.payPoint === "min" ? low : settings.payPoint === "max" ? high : mulDivHalfUp(low + high, 1, 2);
        annualTicks = mulDivHalfUp(point, scaleDecimal(fte, 6), PPM);
      }
    }
    const bonusValue = numberOf(input, readNumber, "bonusPercent", p, (v) => v <= 100);
    const monthsPaid = numberOf(input, readNumber, "monthsPaid", p, (v) => v <= 24);
    const allowances = numberOf(input, readNumber, "allowances", p);
    const bonusCell = bonusValue === bonusValue ? bonusValue : 0;
    const monthsPaidCell = monthsPaid === monthsPaid ? monthsPaid : 0;
    // As the sheet's formulas compute them (see costInputCells), from serials.
    const bonus = bonusCell > 1 ? bonusCell / 100 : bonusCell;
    const extra = monthsPaidCell >= 12 ? monthsPaidCell - 12 : monthsPaidCell;
    // The date cells as the engine reads them (a serial, a Date, or a text date).
    const cells = input.positions.rows[position.row - input.positions.firstRow];
    const from = startColumn === undefined ? undefined : days.of(cells?.[startColumn]);
    const end = endColumn === undefined ? undefined : days.of(cells?.[endColumn]);
    const startSerial = from === undefined ? OPEN_FROM_SERIAL : from + EXCEL_SERIAL_OF_DAY_0;
    const endSerial = end === undefined ? OPEN_TO_SERIAL : end + EXCEL_SERIAL_OF_DAY_0;
    const costed = cost.costed[p] === 1;
    if (costed) usedKeys.add(key);
    return {
      key,
      currency: own,
      annual: annualTicks / 10_000,
      bonus: bonusCell,
      monthsPaid: monthsPaidCell,
      payFactor: 1 + bonus + extra / 12,
      allowances: allowances === allowances ? scaleDecimal(allowances, 4) / 10_000 : 0,
      posts: cost.posts[p],
      startSerial,
      endSerial,
      dayFactors: months.map((month) =>
        costed ? dayFactorOf(startSerial, endSerial, month, settings.proration === "days") : 0,
      ),
      fx: months.map((month) => {
        if (own === cost.currency) return 1;
        const line = fxRateOn(fxLines, own, month.last);
        return line ? line.rateScaled / FX_SCALE : 0;
      }),
    };
  });
  const lines: RatesBlockLine[] = [];
  for (const key of usedKeys) {
    const location = byLocation.get(key) ?? [];
    const carriedAfter = carriedForwardAfter(location);
    for (const line of location) {
      // A built-in default carried forward (RATE_CARRIED_FORWARD): its last period's lines stay in force after it.
      const carried = carriedAfter !== undefined && line.to === carriedAfter;
      lines.push({
        key,
        line,
        rate: line.ratePpm / PPM,
        floor: line.floorCents / 100,
        cap: line.capCents < 0 ? NO_CAP : line.capCents / 100,
        threshold: line.thresholdCents / 100,
        from: line.from === undefined ? OPEN_FROM_SERIAL : line.from + EXCEL_SERIAL_OF_DAY_0,
        to: line.to === undefined || carried ? OPEN_TO_SERIAL : line.to + EXCEL_SERIAL_OF_DAY_0,
        ...(carried ? { carriedAfter } : {}),
      });
    }
  }
  return { positions, lines, salaryIsFloor };
}

/**
 * The part of a month costed, as the sheet's formula computes it from the first and last day costed (serials):
 * `MAX(0, MIN(end, last) − MAX(start, first) + 1) ÷ days` by days, else 1 when the position is active at all.
 */
export function dayFactorOf(
  startSerial: number,
  endSerial: number,
  month: { first: number; last: number; days: number },
  byDays: boolean,
): number {
  const overlap =
    Math.min(endSerial, month.last + EXCEL_SERIAL_OF_DAY_0) -
    Math.max(startSerial, month.first + EXCEL_SERIAL_OF_DAY_0) +
    1;
  if (byDays) return Math.max(0, overlap) / month.days;
  return overlap >= 1 ? 1 : 0;
}

/** Excel's and LibreOffice's ROUND(value, digits) as an integer of 10^-digits: half away from zero on the decimal. */
function roundScaled(value: number, digits: number): number {
  return scaleDecimal(value, digits);
}

/**
 * A month cell's pay and on-costs as the sheet's formula computes them, in ticks (1/10,000): the same operations in
 * the same order, ROUND as the spreadsheet rounds. Used to check that the formula reproduces the engine's number.
 */
export function evaluateMonth(
  workings: PositionWorkings,
  lines: readonly RatesBlockLine[],
  m: number,
  monthLastSerial: number,
): { pay: number; onCosts: number } {
  const { annual, payFactor, allowances, posts } = workings;
  const days = workings.dayFactors[m];
  const fx = workings.fx[m];
  const pay = roundScaled((roundScaled(((annual * payFactor + allowances) / 12) * posts * days, 4) / 10_000) * fx, 4);
  const base = annual / 12;
  let onCosts = 0;
  for (const line of lines) {
    if (line.key !== workings.key || line.from > monthLastSerial || line.to < monthLastSerial) continue;
    // As the sheet: the base held between MAX(floor, threshold) and MAX(cap, threshold), less the threshold.
    const lowest = Math.max(line.floor, line.threshold);
    const highest = Math.max(line.cap, line.threshold);
    const clamped = base < lowest ? lowest : base > highest ? highest : base;
    const cents = roundScaled(line.rate * (clamped - line.threshold), 2);
    const part = roundScaled((cents / 100) * posts * days, 2);
    onCosts += roundScaled((part / 100) * fx, 4);
  }
  return { pay, onCosts };
}
