import type { Lang } from "../../i18n";
import type { OrgAnalysis } from "../analysis";
import { isCellError, type CellValue } from "../cells/cell";
import { cellText } from "../cells/cellText";
import { parseDate } from "../cells/parseDate";
import type { FieldKey } from "../columns/fields";
import { normalizeHeader } from "../columns/normalizeHeader";
import type { Finding, FindingDraft } from "../findings/finding";
import { listPreview } from "../findings/listPreview";
import { localizeFinding } from "../findings/localizeFinding";
import { sortFindings } from "../findings/sortFindings";
import { readNumberCell } from "../model/readCells";
import { positionColumnsOf, STATUS_CODE } from "../model/positionColumns";
import { positionValuesOf, sumByGroup } from "../rollup/positionValues";
import type { SheetGrid } from "../sheet/sheetGrid";
import { costSettingsOf, type CostSettings, type SalaryBasis } from "./costSettings";
import { mulDivHalfUp, PPM, scaleDecimal, TICKS_PER_CENT } from "./decimal";
import { DEFAULT_LOCATION_ALIASES, DEFAULT_RATE_LINES } from "./defaultRates";
import { fiscalMonths, dayOfIso, type CostMonth } from "./fiscalYear";
import { FX_SCALE, fxRateOn, readFxTable } from "./fxRates";
import {
  combineRateLines,
  lineContributionCents,
  linesInForce,
  locationKey,
  readRatesTable,
  type RateLine,
} from "./rateLines";

// Module-local bindings for the hot loop (bundlers and tsx may turn imported bindings into getter calls).
const mulDiv = mulDivHalfUp;
const scale = scaleDecimal;
const contribution = lineContributionCents;
const CENT = TICKS_PER_CENT;
const ONE = PPM;
/** Before and after any date (day numbers). */
const NO_START = -1e9;
const NO_END = 1e9;
/** Day number of Excel's serial 0 (1899-12-30) is −25,569. */
const EXCEL_EPOCH_OFFSET = 25_569;

/** Headers of the salary column that state a full-time rate (they select the full-time basis on their own). */
const FULL_TIME_SALARY_HEADERS: ReadonlySet<string> = new Set(
  ["FTE Salary", "Full-time Salary", "Full Time Salary", "FTE Annual Salary", "全职年薪", "全职薪资"].map(
    normalizeHeader,
  ),
);

/**
 * Salary headers that are a pay band's floor (UK senior organograms: the salary column is read from them). With a
 * Pay Max column beside them, the cost model reads the pair as a pay range, costed at the pay point.
 */
const PAY_FLOOR_HEADERS: ReadonlySet<string> = new Set(["Actual Pay Floor", "Payscale Minimum"].map(normalizeHeader));

export const MONTHS = 12;

/** The workbook's tables the cost model reads. */
export interface CostInput {
  analysis: OrgAnalysis;
  /** The positions grid the analysis was built from (the cost columns are read from it). */
  positions: SheetGrid;
  rates?: SheetGrid;
  fx?: SheetGrid;
}

export interface CostOptions {
  settings?: Partial<CostSettings>;
  lang?: Lang;
  /** Default: {@link DEFAULT_RATE_LINES}. */
  defaultRates?: readonly RateLine[];
}

/** One on-cost item's monthly totals (reporting currency, ticks). */
export interface OnCostItemTotal {
  item: string;
  months: Float64Array;
}

export interface DepartmentCost {
  department: string;
  /** Posts of the department's positions that are not closed (a headcount line counts its posts). */
  headcount: number;
  fte: number;
  /** Ticks. */
  total: number;
  months: Float64Array;
}

/**
 * What every position costs, month by month, fully loaded, in one reporting currency. Amounts are in ticks
 * (1/10,000 of a unit; see decimal.ts): `pay` and `onCosts` hold 12 values per position (index p × 12 + month).
 */
export interface HeadcountCost {
  settings: CostSettings & { salaryBasis: SalaryBasis };
  currency: string;
  months: CostMonth[];
  pay: Float64Array;
  onCosts: Float64Array;
  /** Each position's year (pay + on-costs), ticks. */
  positionTotals: Float64Array;
  /** 1 where the position is costed (not closed, not an unfunded vacancy, and has a salary or a pay range). */
  costed: Uint8Array;
  /** Posts of each position (1, or the headcount line's count) and its FTE × posts. */
  posts: Float64Array;
  fte: Float64Array;
  monthTotals: Float64Array;
  total: number;
  onCostItems: OnCostItemTotal[];
  departments: DepartmentCost[];
  findings: Finding[];
}

/** A cost column's value per position: the number, NaN for blank, or a finding for a cell that is not a number. */
function readCostColumn(
  input: CostInput,
  field: FieldKey,
  findings: FindingDraft[],
  check: (value: number) => boolean = () => true,
): Float64Array {
  const { analysis, positions: grid } = input;
  const count = analysis.model.positions.length;
  const values = new Float64Array(count).fill(NaN);
  const column = analysis.columns.columnOf[field];
  if (column === undefined) return values;
  const header = analysis.columns.headers[column] || field;
  for (let p = 0; p < count; p++) {
    const position = analysis.model.positions[p];
    const cell: CellValue | undefined = grid.rows[position.row - grid.firstRow]?.[column];
    if (cell !== undefined && cell !== null && isCellError(cell)) continue; // reported as FORMULA_ERROR
    const value = readNumberCell(cell);
    if (value === null) continue;
    if (value === undefined || !check(value)) {
      findings.push({
        code: "INVALID_NUMBER",
        severity: "warning",
        rows: [position.row],
        ids: [position.id],
        field,
        params: { row: position.row, id: position.id, column: header, value: cellText(cell ?? null).trim() },
      });
      continue;
    }
    values[p] = value;
  }
  return values;
}

/** A bonus cell as a fraction: 0.15, 15% and 15 all mean 15%. */
function bonusFraction(value: number): number {
  return value > 1 ? value / 100 : value;
}

/** Extra months of base a year: "13" months paid is one extra; a cell below 12 is read as the extra months. */
function extraMonths(value: number): number {
  return value >= 12 ? value - 12 : value;
}

interface MissingRate {
  table: "rates" | "fx";
  subject: string;
  rows: number[];
  ids: string[];
  months: Set<number>;
}

/**
 * Costs every position of the analysis for the fiscal year. See docs/cost.md for the model: pay (base ÷ 12, bonus,
 * extra months, allowances), the salary basis, pay ranges, dates and proration, vacancies, headcount lines,
 * employer on-costs from the Rates table (or the shipped defaults), FX and rounding.
 */
export function costHeadcount(input: CostInput, options: CostOptions = {}): HeadcountCost {
  const lang = options.lang ?? "en";
  const { analysis } = input;
  const { model, columns } = analysis;
  const count = model.positions.length;
  const base = costSettingsOf(options.settings);
  const salaryHeader = columns.columnOf.baseSalary !== undefined ? columns.headers[columns.columnOf.baseSalary] : "";
  const salaryBasis: SalaryBasis =
    base.salaryBasis ?? (FULL_TIME_SALARY_HEADERS.has(normalizeHeader(salaryHeader ?? "")) ? "full-time" : "actual");
  const settings = { ...base, salaryBasis };
  const months = fiscalMonths(settings.year, settings.startMonth);
  const values = positionValuesOf(model);
  const mainCurrency = values.currencies[0];
  const currency = settings.currency || mainCurrency;

  const drafts: FindingDraft[] = [];
  const rates = readRatesTable(input.rates);
  const fx = readFxTable(input.fx);
  drafts.push(...rates.findings, ...fx.findings);
  const posts = readCostColumn(input, "posts", drafts);
  const bonus = readCostColumn(input, "bonusPercent", drafts, (v) => v <= 100);
  const monthsPaid = readCostColumn(input, "monthsPaid", drafts, (v) => v <= 24);
  const allowances = readCostColumn(input, "allowances", drafts);
  const payMax = readCostColumn(input, "payMax", drafts);
  const salaryIsFloor =
    PAY_FLOOR_HEADERS.has(normalizeHeader(salaryHeader ?? "")) &&
    columns.columnOf.payMax !== undefined &&
    columns.columnOf.payMin === undefined;
  const payMin = salaryIsFloor
    ? Float64Array.from(model.positions, (position) => position.baseSalary ?? NaN)
    : readCostColumn(input, "payMin", drafts);

  const linesByLocation = combineRateLines(
    rates.lines,
    options.defaultRates ?? DEFAULT_RATE_LINES,
    DEFAULT_LOCATION_ALIASES,
  );
  const itemIndex = new Map<string, number>();
  const onCostItems: OnCostItemTotal[] = [];
  const itemOf = (item: string) => {
    let index = itemIndex.get(item);
    if (index === undefined) {
      index = onCostItems.length;
      itemIndex.set(item, index);
      onCostItems.push({ item, months: new Float64Array(MONTHS) });
    }
    return index;
  };

  /** Every line that applies anywhere, numbered, with its item's number (for per-position caching). */
  const lineIds = new Map<RateLine, number>();
  const lineItem: number[] = [];
  /** Location key → the lines in force on each month's last day (undefined: none), as line numbers. */
  const monthLines = new Map<string, (number[] | undefined)[]>();
  const monthLinesOf = (key: string) => {
    let found = monthLines.get(key);
    if (found === undefined) {
      const lines = linesByLocation.get(key) ?? [];
      found = months.map((month) => {
        const inForce = linesInForce(lines, month.last).map((line) => {
          let id = lineIds.get(line);
          if (id === undefined) {
            id = lineIds.size;
            lineIds.set(line, id);
            lineItem.push(itemOf(line.item));
          }
          return id;
        });
        return inForce.length > 0 ? inForce : undefined;
      });
      monthLines.set(key, found);
    }
    return found;
  };
  /** The location as written → its lines by month (normalizing each distinct text once). */
  const linesByText = new Map<string, (number[] | undefined)[]>();
  const linesOfLocation = (text: string) => {
    let found = linesByText.get(text);
    if (found === undefined) {
      const key = locationKey(text.trim());
      linesByText.set(text, (found = monthLinesOf(DEFAULT_LOCATION_ALIASES.get(key) ?? key)));
    }
    return found;
  };
  // Dates and locations are read from the cells (Excel serials need no text), each distinct text parsed once.
  const dayCache = new Map<string, number | undefined>();
  const dayOfText = (text: string): number | undefined => {
    let day = dayCache.get(text);
    if (day === undefined && !dayCache.has(text)) dayCache.set(text, (day = dayOfIso(parseDate(text) ?? null)));
    return day;
  };
  const rowsOf = input.positions.rows;
  const firstRow = input.positions.firstRow;
  const cellOf = (p: number, column: number | undefined): CellValue | undefined =>
    column === undefined ? undefined : rowsOf[model.positions[p].row - firstRow]?.[column];
  const dayOfCell = (cell: CellValue | undefined): number | undefined => {
    if (typeof cell === "number")
      return Number.isFinite(cell) && cell >= 61 ? Math.floor(cell) - EXCEL_EPOCH_OFFSET : undefined;
    if (typeof cell === "string") return cell.trim() === "" ? undefined : dayOfText(cell);
    if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? undefined : Math.floor(cell.getTime() / 86_400_000);
    return undefined;
  };
  const startColumn = columns.columnOf.startDate;
  const endColumn = columns.columnOf.endDate;
  const locationColumn = columns.columnOf.location;

  const missing = new Map<string, MissingRate>();
  const noteMissing = (table: MissingRate["table"], subject: string, p: number, m: number) => {
    const key = `${table}\u0000${subject}`;
    let entry = missing.get(key);
    if (!entry) missing.set(key, (entry = { table, subject, rows: [], ids: [], months: new Set() }));
    const { id, row } = model.positions[p];
    if (entry.ids[entry.ids.length - 1] !== id) {
      entry.ids.push(id);
      entry.rows.push(row);
    }
    entry.months.add(m);
  };

  const { status } = positionColumnsOf(model);
  const pay = new Float64Array(count * MONTHS);
  const onCosts = new Float64Array(count * MONTHS);
  const positionTotals = new Float64Array(count);
  const costed = new Uint8Array(count);
  const postsOf = new Float64Array(count);
  const fteOf = new Float64Array(count);
  const monthTotals = new Float64Array(MONTHS);
  const monthFirst = Float64Array.from(months, (month) => month.first);
  const monthLast = Float64Array.from(months, (month) => month.last);
  const monthDays = Float64Array.from(months, (month) => month.days);
  const byDays = settings.proration === "days";
  const loop = new MonthLoop(pay, onCosts, monthTotals, monthFirst, monthLast, monthDays, byDays);
  const unfunded = settings.vacancies === "unfunded";
  const fullTime = salaryBasis === "full-time";

  for (let p = 0; p < count; p++) {
    const code = status[p];
    if (code === STATUS_CODE.closed) continue;
    const position = model.positions[p];
    const seats = posts[p] === posts[p] ? posts[p] : 1;
    const fte = values.fte[p];
    postsOf[p] = seats;
    fteOf[p] = fte * seats;
    const open = code === STATUS_CODE.vacant || code === STATUS_CODE.planned;
    const start = dayOfCell(cellOf(p, startColumn));
    if (open && start === undefined && unfunded) continue;

    // Annual base pay per post, in ticks, on the salary basis (pay ranges are full-time rates).
    const salary = salaryIsFloor ? null : position.baseSalary;
    let annualTicks: number;
    if (salary !== null) {
      const ticks = scale(salary, 4);
      annualTicks = fullTime ? mulDiv(ticks, scale(fte, 6), ONE) : ticks;
    } else if (payMin[p] === payMin[p] || payMax[p] === payMax[p]) {
      const low = payMin[p] === payMin[p] ? scaleDecimal(payMin[p], 4) : scaleDecimal(payMax[p], 4);
      const high = payMax[p] === payMax[p] ? scaleDecimal(payMax[p], 4) : low;
      const point =
        settings.payPoint === "min" ? low : settings.payPoint === "max" ? high : mulDivHalfUp(low + high, 1, 2);
      annualTicks = mulDivHalfUp(point, scaleDecimal(fte, 6), PPM);
    } else {
      drafts.push({
        code: "MISSING_SALARY",
        severity: "warning",
        rows: [position.row],
        ids: [position.id],
        field: "baseSalary",
        params: { id: position.id, row: position.row, title: position.title },
      });
      continue;
    }
    costed[p] = 1;

    const bonusPart = bonus[p] === bonus[p] ? bonusFraction(bonus[p]) : 0;
    const extra = monthsPaid[p] === monthsPaid[p] ? extraMonths(monthsPaid[p]) : 0;
    const allowanceTicks = allowances[p] === allowances[p] ? scaleDecimal(allowances[p], 4) : 0;
    const monthlyPay = ((annualTicks * (1 + bonusPart + extra / 12) + allowanceTicks) / 12) * seats;
    const postsPpm = scaleDecimal(seats, 6);

    const from = start ?? NO_START;
    const end = dayOfCell(cellOf(p, endColumn)) ?? NO_END;
    const locationCell = cellOf(p, locationColumn);
    const locationLines = linesOfLocation(
      typeof locationCell === "string"
        ? locationCell
        : locationCell === undefined || locationCell === null || isCellError(locationCell)
          ? ""
          : cellText(locationCell),
    );
    loop.sync(lineIds, lineItem, onCostItems);
    const own = values.currencies[values.currency[p]];
    let total = 0;

    if (own === currency) {
      // The common case, in its own small function V8 optimizes well: no conversion.
      total = loop.fill(p, monthlyPay, annualTicks, postsPpm, from, end, locationLines);
      for (let m = 0, missingMonths = loop.missingMonths; missingMonths !== 0; m++, missingMonths >>= 1)
        if (missingMonths & 1) noteMissing("rates", position.location, p, m);
    } else
      for (let m = 0; m < MONTHS; m++) {
        const last = monthLast[m];
        const first = monthFirst[m];
        const inMonth = monthDays[m];
        const overlap = (end < last ? end : last) - (from > first ? from : first) + 1;
        if (overlap <= 0) continue;
        const days = byDays ? overlap : inMonth;
        const fxLine = fxRateOn(fx.lines, own, last);
        if (!fxLine) {
          noteMissing("fx", own, p, m);
          continue;
        }
        let monthOnCosts = 0;
        const inForce = locationLines[m];
        if (inForce === undefined) noteMissing("rates", position.location, p, m);
        else
          for (const id of inForce) {
            const cents = contribution(loop.lines[id], annualTicks);
            const partCents = mulDiv(cents, postsPpm * days, ONE * inMonth);
            const ticks = mulDiv(partCents * CENT, fxLine.rateScaled, FX_SCALE);
            monthOnCosts += ticks;
            loop.itemMonths[loop.lineItem[id]][m] += ticks;
          }
        const monthPay = mulDiv(Math.round((monthlyPay * days) / inMonth), fxLine.rateScaled, FX_SCALE);
        pay[p * MONTHS + m] = monthPay;
        onCosts[p * MONTHS + m] = monthOnCosts;
        monthTotals[m] += monthPay + monthOnCosts;
        total += monthPay + monthOnCosts;
      }
    positionTotals[p] = total;
  }

  for (const entry of missing.values()) {
    drafts.push({
      code: "MISSING_RATE",
      severity: "warning",
      rows: entry.rows,
      ids: entry.ids,
      params: {
        table: entry.table,
        subject: entry.subject,
        count: entry.ids.length,
        idList: listPreview(entry.ids),
        monthList: listPreview([...entry.months].sort((a, b) => a - b).map((m) => months[m].key)),
      },
    });
  }

  let grand = 0;
  for (let m = 0; m < MONTHS; m++) grand += monthTotals[m];

  return {
    settings,
    currency,
    months,
    pay,
    onCosts,
    positionTotals,
    costed,
    posts: postsOf,
    fte: fteOf,
    monthTotals,
    total: grand,
    onCostItems,
    departments: departmentCosts(input, pay, onCosts, positionTotals, postsOf, fteOf),
    findings: sortFindings(drafts).map((draft) => localizeFinding(draft, lang)),
  };
}

/** Department totals by the Department cell as written (sheet order of first appearance), from the one sum. */
function departmentCosts(
  input: CostInput,
  pay: Float64Array,
  onCosts: Float64Array,
  totals: Float64Array,
  posts: Float64Array,
  fte: Float64Array,
): DepartmentCost[] {
  const { model } = input.analysis;
  const columns = positionColumnsOf(model);
  const groups = columns.departments.length;
  const headcount = sumByGroup(posts, columns.department, groups);
  const fteSums = sumByGroup(fte, columns.department, groups);
  const totalSums = sumByGroup(totals, columns.department, groups);
  const monthSums = new Float64Array(groups * MONTHS);
  for (let p = 0; p < model.positions.length; p++) {
    const g = columns.department[p] * MONTHS;
    for (let m = 0; m < MONTHS; m++) monthSums[g + m] += pay[p * MONTHS + m] + onCosts[p * MONTHS + m];
  }
  return columns.departments.map((department, g) => ({
    department,
    headcount: headcount[g],
    fte: Math.round(fteSums[g] * 1e6) / 1e6,
    total: totalSums[g],
    months: monthSums.slice(g * MONTHS, (g + 1) * MONTHS),
  }));
}

/**
 * The months of one position, pay and on-costs, in its own currency (the reporting one): the hot loop, kept small
 * with its state in typed arrays so it optimizes well (100,000 positions × 12 months × several lines).
 */
class MonthLoop {
  /** The rate lines met so far, by number, and each one's item number. */
  lines: RateLine[] = [];
  lineItem: number[] = [];
  /** Each item's 12 monthly totals (ticks). */
  itemMonths: Float64Array[] = [];
  /** Per line: its contribution (cents) for the position `lineStamp` says it was worked out for. */
  private lineCents = new Float64Array(16);
  private lineStamp = new Int32Array(16).fill(-1);
  /** After {@link fill}: bit m set when month m had no rate line in force. */
  missingMonths = 0;

  constructor(
    private readonly pay: Float64Array,
    private readonly onCosts: Float64Array,
    private readonly monthTotals: Float64Array,
    private readonly monthFirst: Float64Array,
    private readonly monthLast: Float64Array,
    private readonly monthDays: Float64Array,
    private readonly byDays: boolean,
  ) {}

  /** Takes in the lines and items numbered since the last call. */
  sync(lineIds: ReadonlyMap<RateLine, number>, lineItem: readonly number[], items: readonly OnCostItemTotal[]): void {
    if (this.lines.length < lineIds.size) {
      this.lines = [...lineIds.keys()];
      this.lineItem = [...lineItem];
      if (this.lineCents.length < this.lines.length) {
        const cents = new Float64Array(this.lines.length * 2);
        cents.set(this.lineCents);
        const stamp = new Int32Array(this.lines.length * 2).fill(-1);
        stamp.set(this.lineStamp);
        this.lineCents = cents;
        this.lineStamp = stamp;
      }
    }
    while (this.itemMonths.length < items.length) this.itemMonths.push(items[this.itemMonths.length].months);
  }

  /** Fills position `p`'s 12 months; returns its year (ticks). */
  fill(
    p: number,
    monthlyPay: number,
    annualTicks: number,
    postsPpm: number,
    from: number,
    end: number,
    locationLines: readonly (readonly number[] | undefined)[],
  ): number {
    let total = 0;
    let missing = 0;
    const { pay, onCosts, monthTotals, monthFirst, monthLast, monthDays, lineCents, lineStamp, lines, lineItem } = this;
    const base = p * MONTHS;
    for (let m = 0; m < MONTHS; m++) {
      const last = monthLast[m];
      const first = monthFirst[m];
      const inMonth = monthDays[m];
      const overlap = (end < last ? end : last) - (from > first ? from : first) + 1;
      if (overlap <= 0) continue;
      const days = this.byDays ? overlap : inMonth;
      const whole = days === inMonth;
      // Pay: the month's pay × the part of the month, carried in ticks (rounded to the cent only when shown).
      const monthPay = whole ? Math.round(monthlyPay) : Math.round((monthlyPay * days) / inMonth);
      // On-costs: each line on the full month's base, rounded to the cent; then × posts × the part of the month.
      let monthOnCosts = 0;
      const inForce = locationLines[m];
      if (inForce === undefined) missing |= 1 << m;
      else {
        const plain = whole && postsPpm === ONE;
        for (let i = 0; i < inForce.length; i++) {
          const id = inForce[i];
          if (lineStamp[id] !== p) {
            lineCents[id] = contribution(lines[id], annualTicks);
            lineStamp[id] = p;
          }
          const cents = lineCents[id];
          const ticks = (plain ? cents : mulDiv(cents, postsPpm * days, ONE * inMonth)) * CENT;
          monthOnCosts += ticks;
          this.itemMonths[lineItem[id]][m] += ticks;
        }
      }
      pay[base + m] = monthPay;
      onCosts[base + m] = monthOnCosts;
      monthTotals[m] += monthPay + monthOnCosts;
      total += monthPay + monthOnCosts;
    }
    this.missingMonths = missing;
    return total;
  }
}
