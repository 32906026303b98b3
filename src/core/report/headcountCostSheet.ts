import { annualOfMonthly, MONTHS_IN_BASE, salaryColumnOf } from "../model/monthlySalary";
import { translatorFor, type Lang } from "../../i18n";
import type { CostInput, CostOptions, HeadcountCost } from "../cost/costHeadcount";
import { MONTHS } from "../cost/costHeadcount";
import { ticksToAmount } from "../cost/decimal";
import { isoOfDay } from "../cost/fiscalYear";
import { cellAddress, gridCellRef, rangeAddress } from "../sheet/formulaAddress";
import type { SheetSection, SheetSpec, SpecCell } from "../sheet/sheetSpec";
import { layoutSheetSpec } from "../sheet/sheetSpecLayout";
import { CostFxBlocks } from "./costFxBlocks";
import { CostInputCells } from "./costInputCells";
import { formulaTemplate, monthFormula, R, W } from "./costMonthFormula";
import { costWorkings, EXCEL_SERIAL_OF_DAY_0, evaluateMonth } from "./costWorkings";

const MONEY_FORMAT = "#,##0.00";
const FACTOR_FORMAT = "0.000000";
const RATE_FORMAT = "0.00%";
const DATE_FORMAT = "yyyy-mm-dd";

/** How a position's row is written. */
type Written = "formulas" | "formulasConstantPay" | "values";

/**
 * The Headcount cost sheet: live formulas a finance analyst can audit. Top to bottom:
 * - notes: the period, currency and settings; how the formulas work;
 * - the reconciliation: the formulas' grand total (a formula), Orgwright's total (the number the pane and
 *   `orgwright cost` give) and their difference;
 * - the cost table: one row per position or headcount line (first column the position ID), the 12 month columns and
 *   the year's total, and a last row Total / 合计. Each month cell is
 *   `ROUND(ROUND((annual × pay factor + allowances) ÷ 12 × posts × day factor, 4) × FX, 4)` (pay, carried to 1/100 of
 *   a cent as the engine carries it) plus a SUMPRODUCT over the rates block's lines of the position's location in
 *   force on the month's last day of `ROUND(ROUND(ROUND(rate × max(0, min(max(base, floor), cap) − threshold), 2)
 *   × posts × day factor, 2) × FX, 4)` — each on-cost line rounded to the cent as the engine rounds it;
 * - the rates block (the workbook's Rates rows, else the shipped defaults, as the engine combines them);
 * - the workings: per position, its annual pay per post — a formula over the user's Base Salary (and FTE, on the
 *   full-time basis) cell, a structured reference when the positions are an Excel table — and the values the
 *   formulas read (location, pay factor, allowances, posts, day factors and FX rates per month).
 * Every formula's value is cached (the engine's number). A row no formula reproduces to the tick (a job share's
 * joined rows, a salary cell that is text) is written as the engine's values and marked so in the workings.
 */
export function headcountCostSheet(
  input: CostInput,
  cost: HeadcountCost,
  lang: Lang,
  options: CostOptions = {},
): SheetSpec {
  const t = translatorFor(lang);
  const { model } = input.analysis;
  const { positions: workings, lines, salaryIsFloor } = costWorkings(input, cost, options);
  const count = model.positions.length;
  const months = cost.months;
  const currency = cost.currency || "–";
  const { settings } = cost;
  const blank = (width: number) => (): SpecCell[] => new Array<SpecCell>(width).fill(null);

  const reconciliation: SheetSection = {
    title: t("costSheet.reconciliation"),
    columns: [
      { header: t("costSheet.what"), width: 44 },
      { header: t("costSheet.amount"), width: 16, numberFormat: MONEY_FORMAT },
      { header: t("costSheet.check"), width: 16 },
    ],
    rows: Array.from({ length: 3 }, blank(3)),
  };
  const costTable: SheetSection = {
    title: t("costSheet.costTitle", { currency }),
    columns: [
      { header: t("field.id"), width: 16 },
      ...months.map((month) => ({ header: month.key, width: 13, numberFormat: MONEY_FORMAT })),
      { header: t("costSheet.total"), width: 15, numberFormat: MONEY_FORMAT },
    ],
    rows: Array.from({ length: count + 1 }, blank(MONTHS + 2)),
  };
  const ratesBlock: SheetSection = {
    title: t("costSheet.ratesTitle"),
    columns: [
      { header: t("costSheet.location"), width: 14 },
      { header: t("costSheet.item"), width: 22 },
      { header: t("costSheet.rate"), numberFormat: RATE_FORMAT },
      { header: t("costSheet.floor"), numberFormat: MONEY_FORMAT },
      { header: t("costSheet.cap"), numberFormat: MONEY_FORMAT },
      { header: t("costSheet.threshold"), numberFormat: MONEY_FORMAT },
      { header: t("costSheet.from"), numberFormat: DATE_FORMAT },
      { header: t("costSheet.to"), numberFormat: DATE_FORMAT },
      { header: t("costSheet.lowest"), numberFormat: MONEY_FORMAT },
      { header: t("costSheet.highest"), numberFormat: MONEY_FORMAT },
      { header: t("costSheet.source"), width: 40 },
    ],
    rows: lines.map((entry) => {
      const { line } = entry;
      const source =
        line.source.kind === "workbook"
          ? t("costSheet.sourceWorkbook", { sheet: line.source.sheet, row: line.source.row })
          : entry.carriedAfter !== undefined
            ? t("costSheet.sourceCarried", {
                reference: line.source.reference,
                end: isoOfDay(entry.carriedAfter),
              })
            : t("costSheet.sourceDefault", { reference: line.source.reference });
      // The lowest and highest base the line charges on are formulas, filled in once the block's rows are known.
      const lowAndHigh: SpecCell[] = [null, null];
      return [
        entry.key,
        line.item,
        entry.rate,
        entry.floor,
        entry.cap,
        entry.threshold,
        entry.from,
        entry.to,
        ...lowAndHigh,
        source,
      ];
    }),
  };
  const workingsBlock: SheetSection = {
    title: t("costSheet.workingsTitle"),
    columns: [
      { header: t("field.id"), width: 16 },
      { header: t("costSheet.location"), width: 14 },
      { header: t("costSheet.currency") },
      { header: t("costSheet.written"), width: 24 },
      { header: t("costSheet.annualPay"), width: 15, numberFormat: MONEY_FORMAT },
      { header: t("costSheet.monthlyBase"), width: 14, numberFormat: MONEY_FORMAT },
      { header: t("costSheet.bonus") },
      { header: t("costSheet.monthsPaid") },
      { header: t("costSheet.payFactor"), numberFormat: FACTOR_FORMAT },
      { header: t("costSheet.allowances"), numberFormat: MONEY_FORMAT },
      { header: t("costSheet.posts") },
      { header: t("costSheet.firstDay"), numberFormat: DATE_FORMAT },
      { header: t("costSheet.lastDay"), numberFormat: DATE_FORMAT },
      ...months.map((month) => ({
        header: t("costSheet.dayFactor", { month: month.key }),
        numberFormat: FACTOR_FORMAT,
      })),
    ],
    rows: Array.from({ length: count }, blank(W.width)),
  };
  // The currencies converted: those of costed positions other than the reporting one, in order of first use.
  const converted = [
    ...new Set(workings.filter((w, p) => cost.costed[p] === 1 && w.currency !== cost.currency).map((w) => w.currency)),
  ];
  const fx = new CostFxBlocks(input.fx, converted, months, {
    line: t("costSheet.fxLine"),
    currency: t("costSheet.currency"),
    rate: t("costSheet.fxRate"),
    from: t("costSheet.from"),
    to: t("costSheet.to"),
    source: t("costSheet.source"),
    linesTitle: t("costSheet.fxLinesTitle", { currency }),
    monthsTitle: t("costSheet.fxMonthsTitle", { currency }),
    sourceRow: (sheet, row) => t("costSheet.sourceWorkbook", { sheet, row }),
  });

  const spec: SheetSpec = {
    name: t("costSheet.sheet"),
    notes: [
      t("costSheet.settings", {
        first: months[0].key,
        last: months[MONTHS - 1].key,
        currency,
        basis: t(settings.salaryBasis === "full-time" ? "cli.cost.basisFullTime" : "cli.cost.basisActual"),
        proration: t(settings.proration === "days" ? "cli.cost.prorationDays" : "cli.cost.prorationMonths"),
        payPoint: settings.payPoint,
        vacancies: t(settings.vacancies === "funded" ? "cli.cost.vacanciesFunded" : "cli.cost.vacanciesUnfunded"),
      }),
      t("costSheet.howItWorks"),
    ],
    columns: [],
    rows: [],
    sections: [reconciliation, costTable, ratesBlock, fx.linesSection, fx.monthsSection, workingsBlock],
    freezeFirstColumn: true,
  };
  const layout = layoutSheetSpec(spec);
  const [recon, table, rates, fxLines, fxMonths, work] = layout.sections;
  fx.fill(fxLines, fxMonths);

  // The lowest and highest base a line charges on: MAX(floor, threshold) and MAX(cap, threshold), so that a line's
  // amount is rate × (min(max(base, lowest), highest) − threshold), never below 0 (the engine's max(0, …)).
  lines.forEach((entry, i) => {
    const row = rates.firstDataRow + i;
    rates.section.rows[i][R.lowest - 1] = {
      formula: `MAX(${cellAddress(R.floor, row)},${cellAddress(R.threshold, row)})`,
      value: Math.max(entry.floor, entry.threshold),
    };
    rates.section.rows[i][R.highest - 1] = {
      formula: `MAX(${cellAddress(R.cap, row)},${cellAddress(R.threshold, row)})`,
      value: Math.max(entry.cap, entry.threshold),
    };
  });
  const ratesRange = (column: number) =>
    rangeAddress(column, rates.firstDataRow, column, rates.firstDataRow + lines.length - 1, true);
  const grid = input.positions;
  const { columnOf } = input.analysis.columns;

  const firstCostRow = table.firstDataRow;
  const lastCostRow = firstCostRow + count - 1;
  const totalColumn = MONTHS + 2;
  // Each month's formula differs from row to row only in the workings row (and, for a position paid in another
  // currency, its FX cell): made once per month and currency, joined per row (a flat string, not a tree of a few
  // dozen pieces: 100,000 positions make 1.2 million of them).
  const templatesByCurrency = new Map<string, string[][]>();
  const monthTemplatesOf = (own: string) => {
    let templates = templatesByCurrency.get(own);
    if (!templates) {
      templates = months.map((month, m) =>
        formulaTemplate((row) =>
          monthFormula(
            row,
            m,
            month.last + EXCEL_SERIAL_OF_DAY_0,
            lines.length > 0 ? ratesRange : undefined,
            own === cost.currency ? undefined : fx.fxCell(fxMonths, own, m),
          ),
        ),
      );
      templatesByCurrency.set(own, templates);
    }
    return templates;
  };
  const inputCells = new CostInputCells(input, cost);
  const sumTemplate = formulaTemplate((row) => `SUM(${rangeAddress(2, row, MONTHS + 1, row)})`);
  const baseTemplate = formulaTemplate((row) => `${cellAddress(W.annual, row, true)}/12`);
  // A Monthly Salary column (and no annual one) is read × 12: the annual pay's formula says so too.
  const { column: salaryColumn, monthly } = salaryColumnOf(columnOf);
  const fteColumn = columnOf.fte;
  model.positions.forEach((position, p) => {
    const w = workings[p];
    const row = work.firstDataRow + p;
    const costRow = firstCostRow + p;

    // The annual pay: a formula over the user's cells when they hold the numbers the engine read.
    const salaryCell = salaryColumn < 0 ? undefined : grid.rows[position.row - grid.firstRow]?.[salaryColumn];
    const fteCell = fteColumn === undefined ? undefined : grid.rows[position.row - grid.firstRow]?.[fteColumn];
    const fullTime = settings.salaryBasis === "full-time";
    let annual: SpecCell = w.annual;
    const ownRow = input.ownRows === undefined || position.row - grid.firstRow < input.ownRows;
    // A salary column that is a pay band's floor (with a Pay Max beside it) is costed as a range: the annual pay is
    // then the pay point, not the cell.
    if (
      ownRow &&
      !salaryIsFloor &&
      typeof salaryCell === "number" &&
      (monthly ? annualOfMonthly(salaryCell) : salaryCell) === position.baseSalary &&
      (!fullTime || (fteColumn !== undefined && typeof fteCell === "number" && fteCell === position.fte))
    ) {
      const cellRef = gridCellRef(grid, position.row, salaryColumn);
      const salaryRef = monthly ? `${cellRef}*${MONTHS_IN_BASE}` : cellRef;
      const formula = fullTime
        ? `ROUND(${salaryRef}*${gridCellRef(grid, position.row, fteColumn!)},4)`
        : `ROUND(${salaryRef},4)`;
      annual = { formula, value: w.annual };
    }

    // The month cells, checked against the engine: a row no formula reproduces is written as values.
    const monthCells: SpecCell[] = [];
    let reproduced = cost.costed[p] === 1;
    const monthTemplates = monthTemplatesOf(w.currency);
    for (let m = 0; m < MONTHS && reproduced; m++) {
      const last = months[m].last + EXCEL_SERIAL_OF_DAY_0;
      const got = evaluateMonth(w, lines, m, last);
      if (got.pay !== cost.pay[p * MONTHS + m] || got.onCosts !== cost.onCosts[p * MONTHS + m]) reproduced = false;
      else
        monthCells.push({
          formula: monthTemplates[m].join(String(row)),
          value: (cost.pay[p * MONTHS + m] + cost.onCosts[p * MONTHS + m]) / 10_000,
        });
    }
    const written: Written = !reproduced ? "values" : typeof annual === "object" ? "formulas" : "formulasConstantPay";
    const asValues: string[] = [];
    const inputs = inputCells.cells(p, w, row, reproduced, asValues, ownRow);
    if (!reproduced) {
      monthCells.length = 0;
      for (let m = 0; m < MONTHS; m++)
        monthCells.push(ticksToAmount(cost.pay[p * MONTHS + m] + cost.onCosts[p * MONTHS + m]));
    }
    const rowTotal = reproduced
      ? cost.positionTotals[p] / 10_000
      : monthCells.reduce<number>((sum, cell) => sum + (cell as number), 0);
    table.section.rows[p] = [
      position.id,
      ...monthCells,
      {
        formula: sumTemplate.join(String(costRow)),
        value: reproduced ? rowTotal : Math.round(rowTotal * 100) / 100,
      },
    ];
    const writtenText = t(
      written === "values"
        ? "costSheet.asValues"
        : !ownRow
          ? "costSheet.asFormulasJoinedLine"
          : written === "formulas"
            ? "costSheet.asFormulas"
            : "costSheet.asFormulasConstantPay",
    );
    work.section.rows[p] = [
      position.id,
      w.key,
      w.currency,
      asValues.length > 0
        ? `${writtenText}; ${t("costSheet.inputsAsValues", { fields: asValues.join(", ") })}`
        : writtenText,
      annual,
      { formula: baseTemplate.join(String(row)), value: w.annual / 12 },
      ...inputs,
    ];
  });

  // The Total row: each month's sum and the grand total, cached as the sums of the cells above.
  const columnSum = (column: number) => {
    let sum = 0;
    for (let p = 0; p < count; p++) {
      const cell = table.section.rows[p][column - 1];
      sum += typeof cell === "number" ? cell : typeof cell === "object" && cell !== null ? Number(cell.value) : 0;
    }
    return sum;
  };
  const sumFormula = (column: number) =>
    count > 0 ? `SUM(${rangeAddress(column, firstCostRow, column, lastCostRow)})` : "0";
  table.section.rows[count] = [
    t("costSheet.total"),
    ...Array.from({ length: MONTHS + 1 }, (_, m) => ({ formula: sumFormula(m + 2), value: columnSum(m + 2) })),
  ];

  // The reconciliation: the formulas' total against Orgwright's.
  const grandCell = cellAddress(totalColumn, lastCostRow + 1);
  const formulasTotal = columnSum(totalColumn);
  const orgwrightTotal = ticksToAmount(cost.total);
  const [formulasRow, orgwrightRow, differenceRow] = [0, 1, 2].map((i) => recon.firstDataRow + i);
  const difference = Math.round((formulasTotal - orgwrightTotal) * 100) / 100;
  recon.section.rows[0] = [t("costSheet.formulasTotal"), { formula: grandCell, value: formulasTotal }, null];
  recon.section.rows[1] = [t("costSheet.orgwrightTotal"), orgwrightTotal, null];
  recon.section.rows[2] = [
    t("costSheet.difference"),
    { formula: `ROUND(B${formulasRow}-B${orgwrightRow},2)`, value: difference },
    {
      formula: `IF(B${differenceRow}=0,"${t("costSheet.reconciled")}","${t("costSheet.differs")}")`,
      value: t(difference === 0 ? "costSheet.reconciled" : "costSheet.differs"),
    },
  ];
  return spec;
}
