import { budgetVarianceJson, type BudgetVarianceJson } from "../core/budget/budgetJson";
import { budgetOfTable } from "../core/budget/budgetOfTable";
import { monthRuns } from "../core/budget/monthRuns";
import { costHeadcount } from "../core/cost/costHeadcount";
import { costCsv, toCostJson, type CostJson } from "../core/cost/costJson";
import { findingKindOf } from "../core/findings/finding";
import { formatLocaleNumber, formatMoney } from "../core/findings/localeFormat";
import { openWorkbookFile } from "../files/openWorkbookFile";
import { translatorFor, type Lang, type Translate } from "../i18n";
import { readWorkbook, analyseWorkbookRead } from "../pipeline/loadWorkbook";
import { EXIT_OK, failWith, type CliOutput } from "./cliOutput";
import type { CostCommand } from "./costCommand";
import { problemMessage } from "./problemMessage";
import { readFileBytes } from "./readFileBytes";
import { readLineFiles } from "./readLineFiles";
import { findingsOnJoinedSheets } from "../core/lines/joinedFindings";
import { sameFile } from "./sameFile";
import { writeReportCopy } from "./writeReportCopy";
import { headcountCostSheet } from "../core/report/headcountCostSheet";
import { ownRowsOf } from "../pipeline/reportSheets";

/**
 * `orgwright cost FILE [LINES…]`: reads the workbook through the one pipeline (the positions, and the Rates and FX
 * tables if any; the headcount lines of a second sheet or of the further files joined under their managers), costs every position month by month for the fiscal year, and prints JSON, a short text or CSV. Exit codes
 * as `check`: 0 when the file was read (findings included), 2 when it could not be.
 */
export async function runCost(command: CostCommand, lang: Lang, output: CliOutput): Promise<number> {
  const t = translatorFor(lang);
  if (command.out !== undefined && (await sameFile(command.out, command.file)))
    return failWith(output, t("cli.error.outIsInput", { file: command.out }));
  const read = await readFileBytes(command.file, t);
  if (!read.ok) return failWith(output, read.message);
  const opened = await openWorkbookFile(read.bytes, command.file);
  if (!opened.ok) return failWith(output, problemMessage(opened.problem, t, command.file));
  const lines = await readLineFiles(command.lineFiles ?? [], t);
  if (!lines.ok) return failWith(output, lines.message);
  const workbook = await readWorkbook(opened.source, { sheet: command.sheet, mapping: command.mapping });
  if (!workbook.ok) return failWith(output, problemMessage(workbook.problem, t, command.file));
  // Headcount lines of the further files join the org like a second sheet's (the pipeline joins both).
  const {
    analysis,
    grid,
    joined = [],
  } = analyseWorkbookRead({ ...workbook.read, lines: lines.lines }, { cost: false });
  const input = {
    analysis,
    positions: grid,
    rates: workbook.read.support.rates,
    fx: workbook.read.support.fx,
    ...ownRowsOf(joined),
  };
  let cost;
  try {
    cost = costHeadcount(input, { settings: command.settings });
  } catch (error) {
    return failWith(output, (error as Error).message);
  }
  // The Budget table, if any, held against this cost; its findings join the cost's.
  const budget = budgetOfTable(workbook.read.support.budget, cost, { model: analysis.model });
  if (budget.findings.length > 0) cost = { ...cost, findings: [...cost.findings, ...budget.findings] };
  if (joined.length > 0)
    cost = { ...cost, findings: findingsOnJoinedSheets(cost.findings, joined, grid.firstRow, analysis.model) };
  const dataFindings = analysis.findings.filter((finding) => findingKindOf(finding.code) === "data");
  const json: CostJson & { budget?: BudgetVarianceJson } = toCostJson(cost, analysis.model, dataFindings, lang);
  if (budget.variance) json.budget = budgetVarianceJson(budget.variance);
  let report: { file: string; sheets: string[] } | undefined;
  if (command.out !== undefined) {
    const written = await writeReportCopy(opened.source, [headcountCostSheet(input, cost, lang)], command.out);
    if (!written.ok)
      return failWith(output, t("cli.error.fileNotWritten", { file: command.out, detail: written.detail }));
    report = { file: command.out, sheets: written.sheets };
  }
  if (command.format === "csv")
    output.stdout(
      costCsv(json, t("cli.cost.total"), {
        id: t("field.id"),
        department: t("field.department"),
        posts: t("field.posts"),
        fte: t("field.fte"),
        total: t("cli.cost.total"),
      }),
    );
  else if (command.format === "text") output.stdout(formatCostText(json, lang, t));
  else output.stdout(`${JSON.stringify({ file: command.file, ...json, ...(report ? { report } : {}) }, null, 2)}\n`);
  return EXIT_OK;
}

/**
 * A short report: the settings, the year's total, each department, each month, each on-cost line, the budget against
 * it (one line per budgeted department), the findings.
 */
export function formatCostText(json: CostJson & { budget?: BudgetVarianceJson }, lang: Lang, t: Translate): string {
  const money = (value: number) => formatMoney(lang, value, json.currency);
  const { settings } = json;
  const lines = [
    t("cli.cost.heading", {
      first: json.months[0],
      last: json.months[json.months.length - 1],
      currency: json.currency || "–",
    }),
    t("cli.cost.settings", {
      basis: t(settings.salaryBasis === "full-time" ? "cli.cost.basisFullTime" : "cli.cost.basisActual"),
      proration: t(settings.proration === "days" ? "cli.cost.prorationDays" : "cli.cost.prorationMonths"),
      payPoint: t(`ui.cost.payPoint.${settings.payPoint}`),
      vacancies: t(settings.vacancies === "funded" ? "cli.cost.vacanciesFunded" : "cli.cost.vacanciesUnfunded"),
    }),
    t("cli.cost.totalLine", { total: money(json.total) }),
    "",
    t("cli.cost.departments"),
    ...json.departments.map(
      (d) =>
        `  ${d.department || t("coverage.noDepartment")}: ${money(d.total)} (${t("cli.cost.headcountFte", {
          headcount: formatLocaleNumber(lang, d.headcount),
          fte: formatLocaleNumber(lang, d.fte),
        })})`,
    ),
    "",
    t("cli.cost.months"),
    ...json.months.map((month, m) => `  ${month}: ${money(json.monthTotals[m])}`),
  ];
  if (json.onCosts.length > 0)
    lines.push("", t("cli.cost.onCosts"), ...json.onCosts.map((item) => `  ${item.item}: ${money(item.total)}`));
  if (json.budget) lines.push("", ...formatBudgetText(json.budget, lang, t));
  if (json.findings.length > 0)
    lines.push(
      "",
      ...json.findings.map((finding) => `[${t(`severity.${finding.severity}`)}] ${finding.code}: ${finding.message}`),
    );
  return `${lines.join("\n")}\n`;
}

/** The budget's short table: per department its year (or the months budgeted), then the total's split. */
export function formatBudgetText(budget: BudgetVarianceJson, lang: Lang, t: Translate): string[] {
  const money = (value: number) => formatMoney(lang, value, budget.currency);
  const signed = (value: number) => (value > 0 ? `+${money(value)}` : money(value));
  const number = (value: number | undefined) => (value === undefined ? "–" : formatLocaleNumber(lang, value));
  const lines = [t("cli.budget.heading", { sheet: budget.sheet }), `  ${t("cli.budget.columns")}`];
  for (const department of budget.departments) {
    const { year } = department;
    const over = department.months.some((month) => month.overHeadcount) || year.overCost;
    const cost =
      year.budgetCost === undefined || year.costVariance === undefined
        ? money(year.actualCost)
        : `${money(year.actualCost)} | ${money(year.budgetCost)} | ${signed(year.costVariance)}${
            year.volumeEffect !== undefined && year.rateEffect !== undefined
              ? ` (${signed(year.volumeEffect)} ${signed(year.rateEffect)})`
              : ""
          }`;
    lines.push(
      `  ${department.name} | ${year.months.length > 0 ? monthRuns(year.months, lang) : t("cli.budget.year")} | ${number(
        year.actualHeadcount,
      )}/${number(year.budgetHeadcount)} | ${cost}${over ? ` ← ${t("cli.budget.over")}` : ""}`,
    );
  }
  const { total } = budget;
  lines.push(
    `  ${t(total.unsplit === 0 ? "cli.budget.total" : "cli.budget.totalUnsplit", {
      variance: signed(total.costVariance),
      volume: signed(total.volumeEffect),
      rate: signed(total.rateEffect),
      unsplit: signed(total.unsplit),
    })}`,
  );
  return lines;
}
