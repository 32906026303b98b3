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
import { sameFile } from "./sameFile";
import { writeReportCopy } from "./writeReportCopy";
import { headcountCostSheet } from "../core/report/headcountCostSheet";

/**
 * `orgwright cost FILE`: reads the workbook through the one pipeline (the positions, and the Rates and FX tables if
 * any), costs every position month by month for the fiscal year, and prints JSON, a short text or CSV. Exit codes
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
  const workbook = await readWorkbook(opened.source, { sheet: command.sheet, mapping: command.mapping });
  if (!workbook.ok) return failWith(output, problemMessage(workbook.problem, t, command.file));
  const { analysis, grid } = analyseWorkbookRead(workbook.read, lang);
  const input = { analysis, positions: grid, rates: workbook.read.support.rates, fx: workbook.read.support.fx };
  let cost;
  try {
    cost = costHeadcount(input, { settings: command.settings, lang });
  } catch (error) {
    return failWith(output, (error as Error).message);
  }
  const dataFindings = analysis.findings.filter((finding) => findingKindOf(finding.code) === "data");
  const json = toCostJson(cost, analysis.model, dataFindings);
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

/** A short report: the settings, the year's total, each department, each month, each on-cost line, the findings. */
export function formatCostText(json: CostJson, lang: Lang, t: Translate): string {
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
      payPoint: settings.payPoint,
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
  if (json.findings.length > 0)
    lines.push(
      "",
      ...json.findings.map((finding) => `[${t(`severity.${finding.severity}`)}] ${finding.code}: ${finding.message}`),
    );
  return `${lines.join("\n")}\n`;
}
