import { isCellError, type CellValue } from "../cells/cell";
import { cellText } from "../cells/cellText";
import { normalizeHeader } from "../columns/normalizeHeader";
import type { FindingDraft } from "../findings/finding";
import { sortFindings } from "../findings/sortFindings";
import { positionColumnsOf, STATUS_CODE } from "../model/positionColumns";
import { positionValuesOf } from "../rollup/positionValues";
import {
  bonusFraction,
  costNumberReader,
  extraMonths,
  FULL_TIME_SALARY_HEADERS,
  PAY_FLOOR_HEADERS,
  readCostColumn,
} from "./costColumns";
import { costSettingsOf, type SalaryBasis } from "./costSettings";
import { mulDivHalfUp, PPM, scaleDecimal } from "./decimal";
import { DEFAULT_LOCATION_ALIASES, DEFAULT_RATE_LINES } from "./defaultRates";
import { departmentCosts } from "./departmentCosts";
import { fiscalMonths } from "./fiscalYear";
import { fxRateOn, readFxTable } from "./fxRates";
import { MONTHS as MONTH_COUNT, type CostInput, type CostOptions, type HeadcountCost } from "./headcountCost";
import { LocationSchedules } from "./locationSchedules";
import { CarriedRates } from "./carriedRates";
import { MissingRates } from "./missingRates";
import { MonthLoop } from "./monthLoop";
import { dayFirstDatesRowOf } from "../sheet/dateOrderFinding";
import { PositionDays } from "./positionDays";
import { combineRateLines, readRatesTable } from "./rateLines";

export {
  MONTHS,
  type CostInput,
  type CostOptions,
  type DepartmentCost,
  type HeadcountCost,
  type OnCostItemTotal,
} from "./headcountCost";

// Module-local bindings for the per-position loop (bundlers and tsx may turn imported bindings into getter calls).
const mulDiv = mulDivHalfUp;
const scale = scaleDecimal;
const ONE = PPM;
const MONTHS = MONTH_COUNT;
const CLOSED = STATUS_CODE.closed;
const VACANT = STATUS_CODE.vacant;
const PLANNED = STATUS_CODE.planned;
/** Before and after any date (day numbers). */
const NO_START = -1e9;
const NO_END = 1e9;

/**
 * Costs every position of the analysis for the fiscal year. See docs/cost.md for the model: pay (base ÷ 12, bonus,
 * extra months, allowances), the salary basis, pay ranges, dates and proration, vacancies, headcount lines,
 * employer on-costs from the Rates table (or the shipped defaults), FX and rounding.
 */
export function costHeadcount(input: CostInput, options: CostOptions = {}): HeadcountCost {
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
  // The columns the sheet does not have all read as one array of NaN (never written).
  const blank = new Float64Array(count).fill(NaN);
  const any = () => true;
  // Headcount lines: the posts as the parser read them (NaN: not a line), checked there (INVALID_NUMBER).
  const { posts: linePosts, postsInFte, fte: fteCells } = positionColumnsOf(model);
  const posts = linePosts ?? blank;
  const readNumber = costNumberReader(input);
  const bonus = readCostColumn(input, "bonusPercent", drafts, (v) => v <= 100, blank, readNumber);
  const monthsPaid = readCostColumn(input, "monthsPaid", drafts, (v) => v <= 24, blank, readNumber);
  const allowances = readCostColumn(input, "allowances", drafts, any, blank, readNumber);
  const payMax = readCostColumn(input, "payMax", drafts, any, blank, readNumber);
  const salaryIsFloor =
    PAY_FLOOR_HEADERS.has(normalizeHeader(salaryHeader ?? "")) &&
    columns.columnOf.payMax !== undefined &&
    columns.columnOf.payMin === undefined;
  const payMin = salaryIsFloor
    ? Float64Array.from(model.positions, (position) => position.baseSalary ?? NaN)
    : readCostColumn(input, "payMin", drafts, any, blank, readNumber);

  const schedules = new LocationSchedules(
    combineRateLines(rates.lines, options.defaultRates ?? DEFAULT_RATE_LINES, DEFAULT_LOCATION_ALIASES),
    months,
    DEFAULT_LOCATION_ALIASES,
  );
  const days = new PositionDays(dayFirstDatesRowOf(input.positions, columns) !== undefined);
  const rowsOf = input.positions.rows;
  const firstRow = input.positions.firstRow;
  const startColumn = columns.columnOf.startDate;
  const endColumn = columns.columnOf.endDate;
  const locationColumn = columns.columnOf.location;
  const missing = new MissingRates();
  const carried = new CarriedRates(months);

  const { status, baseSalary, department, departments } = positionColumnsOf(model);
  const pay = new Float64Array(count * MONTHS);
  const onCosts = new Float64Array(count * MONTHS);
  const positionTotals = new Float64Array(count);
  const costed = new Uint8Array(count);
  const postsOf = new Float64Array(count);
  const fteOf = new Float64Array(count);
  const monthTotals = new Float64Array(MONTHS);
  const departmentMonths = new Float64Array(departments.length * MONTHS);
  const byDays = settings.proration === "days";
  const loop = new MonthLoop(pay, onCosts, monthTotals, departmentMonths, department, months, byDays, schedules);
  const unfunded = settings.vacancies === "unfunded";
  const fullTime = salaryBasis === "full-time";

  for (let p = 0; p < count; p++) {
    const code = status[p];
    if (code === CLOSED) continue;
    const position = model.positions[p];
    const row: readonly CellValue[] | undefined = rowsOf[position.row - firstRow];
    const line = posts[p] === posts[p];
    const seats = line ? posts[p] : 1;
    // FTE of one post: the FTE cell (0 when unreadable); a count "in FTE" is the line's FTE, one per post.
    const fte = line && postsInFte ? 1 : fteCells[p] === fteCells[p] ? fteCells[p] : 0;
    postsOf[p] = seats;
    fteOf[p] = fte * seats;
    const open = code === VACANT || code === PLANNED;
    const start = startColumn === undefined ? undefined : days.of(row?.[startColumn]);
    if (open && start === undefined && unfunded) continue;

    // Annual base pay per post, in ticks, on the salary basis (pay ranges are full-time rates).
    const salary = salaryIsFloor ? NaN : baseSalary[p];
    let annualTicks: number;
    if (salary === salary) {
      const ticks = scale(salary, 4);
      annualTicks = fullTime ? mulDiv(ticks, scale(fte, 6), ONE) : ticks;
    } else if (payMin[p] === payMin[p] || payMax[p] === payMax[p]) {
      const low = payMin[p] === payMin[p] ? scale(payMin[p], 4) : scale(payMax[p], 4);
      const high = payMax[p] === payMax[p] ? scale(payMax[p], 4) : low;
      const point = settings.payPoint === "min" ? low : settings.payPoint === "max" ? high : mulDiv(low + high, 1, 2);
      annualTicks = mulDiv(point, scale(fte, 6), ONE);
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
    const allowanceTicks = allowances[p] === allowances[p] ? scale(allowances[p], 4) : 0;
    const monthlyPay = ((annualTicks * (1 + bonusPart + extra / 12) + allowanceTicks) / 12) * seats;
    const postsPpm = seats === 1 ? ONE : scale(seats, 6);

    const from = start ?? NO_START;
    const end = (endColumn === undefined ? undefined : days.of(row?.[endColumn])) ?? NO_END;
    const locationCell = locationColumn === undefined ? undefined : row?.[locationColumn];
    const schedule = schedules.ofText(
      typeof locationCell === "string"
        ? locationCell
        : locationCell === undefined || locationCell === null || isCellError(locationCell)
          ? ""
          : cellText(locationCell),
    );
    const own = values.currencies[values.currency[p]];
    carried.note(schedule, position.location, position.id, position.row, from, end);

    if (own === currency) {
      // The common case, in its own small function V8 optimizes well: no conversion.
      positionTotals[p] = loop.fill(p, monthlyPay, annualTicks, postsPpm, from, end, schedule);
      for (let m = 0, missingMonths = loop.missingMonths; missingMonths !== 0; m++, missingMonths >>= 1)
        if (missingMonths & 1) missing.note("rates", position.location, position.id, position.row, m);
    } else
      positionTotals[p] = loop.fillConverted(
        p,
        monthlyPay,
        annualTicks,
        postsPpm,
        from,
        end,
        schedule,
        (last) => fxRateOn(fx.lines, own, last),
        (table, m) => missing.note(table, table === "fx" ? own : position.location, position.id, position.row, m),
      );
  }
  schedules.addYearSums();
  drafts.push(...missing.findings(months), ...carried.findings());

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
    onCostItems: schedules.items,
    departments: departmentCosts(model, departmentMonths, positionTotals, postsOf, fteOf),
    findings: sortFindings(drafts),
  };
}
