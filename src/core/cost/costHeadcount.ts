import type { Lang } from "../../i18n";
import type { OrgAnalysis } from "../analysis";
import { isCellError, type CellValue } from "../cells/cell";
import { cellText } from "../cells/cellText";
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
import { FX_SCALE, fxRateOn, readFxTable, type FxLine } from "./fxRates";
import {
  combineRateLines,
  lineContributionCents,
  linesInForce,
  locationKey,
  readRatesTable,
  type RateLine,
} from "./rateLines";

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
  /** Location key → the lines in force on each month's last day (undefined: none). */
  const monthLines = new Map<string, (RateLine[] | undefined)[]>();
  const monthLinesOf = (key: string) => {
    let found = monthLines.get(key);
    if (found === undefined) {
      const lines = linesByLocation.get(key) ?? [];
      found = months.map((month) => {
        const inForce = linesInForce(lines, month.last);
        return inForce.length > 0 ? inForce : undefined;
      });
      monthLines.set(key, found);
    }
    return found;
  };
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
  const lineCents: number[] = [];

  for (let p = 0; p < count; p++) {
    const code = status[p];
    if (code === STATUS_CODE.closed) continue;
    const position = model.positions[p];
    const seats = posts[p] === posts[p] ? posts[p] : 1;
    const fte = values.fte[p];
    postsOf[p] = seats;
    fteOf[p] = fte * seats;
    const open = code === STATUS_CODE.vacant || code === STATUS_CODE.planned;
    const start = dayOfIso(position.startDate);
    if (open && start === undefined && settings.vacancies === "unfunded") continue;

    // Annual base pay per post, in ticks, on the salary basis (pay ranges are full-time rates).
    const salary = salaryIsFloor ? null : position.baseSalary;
    let annualTicks: number;
    if (salary !== null) {
      const ticks = scaleDecimal(salary, 4);
      annualTicks = salaryBasis === "full-time" ? mulDivHalfUp(ticks, scaleDecimal(fte, 6), PPM) : ticks;
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

    const from = start ?? -Infinity;
    const end = dayOfIso(position.endDate) ?? Infinity;
    const location = locationKey(position.location);
    const locationLines = monthLinesOf(DEFAULT_LOCATION_ALIASES.get(location) ?? location);
    lineCents.length = 0;
    const own = values.currencies[values.currency[p]];
    let total = 0;

    for (let m = 0; m < MONTHS; m++) {
      const month = months[m];
      const overlap = Math.min(end, month.last) - Math.max(from, month.first) + 1;
      if (!(overlap > 0)) continue;
      const days = settings.proration === "days" ? overlap : month.days;
      // Pay: the month's pay × the part of the month, carried in ticks (rounded to the cent only when shown).
      let monthPay = Math.round((monthlyPay * days) / month.days);
      // On-costs: each line on the full month's base, rounded to the cent; then × posts × the part of the month.
      let monthOnCosts = 0;
      const lines = locationLines[m];
      let fxLine: FxLine | undefined;
      if (own !== currency) {
        fxLine = fxRateOn(fx.lines, own, month.last);
        if (!fxLine) {
          noteMissing("fx", own, p, m);
          continue;
        }
      }
      if (lines === undefined) noteMissing("rates", position.location, p, m);
      else {
        for (const line of lines) {
          const cents = lineContributionCents(line, annualTicks);
          const partCents = mulDivHalfUp(cents, postsPpm * days, PPM * month.days);
          let ticks = partCents * TICKS_PER_CENT;
          if (fxLine) ticks = mulDivHalfUp(ticks, fxLine.rateScaled, FX_SCALE);
          monthOnCosts += ticks;
          onCostItems[itemOf(line.item)].months[m] += ticks;
        }
      }
      if (fxLine) monthPay = mulDivHalfUp(monthPay, fxLine.rateScaled, FX_SCALE);
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
