import { writeFile } from "node:fs/promises";
import { dirname, relative } from "node:path";
import { budgetVarianceJson } from "../core/budget/budgetJson";
import { comparePlans } from "../core/compare/planComparison";
import { headcountCostSheet } from "../core/report/headcountCostSheet";
import { planComparisonSheet, type CostSheetWritten } from "../core/report/planComparisonSheet";
import type { SheetSpec } from "../core/sheet/sheetSpec";
import { translatorFor, type Lang } from "../i18n";
import { localizeFinding } from "../core/findings/localizeFinding";
import { EXIT_OK, failWith, type CliOutput } from "./cliOutput";
import { toCompareJson, type CompareJson } from "./compareJson";
import { formatCompareText } from "./formatCompareText";
import { loadComparedSides, type ComparedSide, type ComparedSides } from "./loadComparedSides";
import type { CompareCommand } from "./parseCompareArgs";
import { sameFile } from "./sameFile";

/**
 * `orgwright compare BASELINE PLAN`: reads both sides through the one pipeline with the same cost settings, compares
 * them (`comparePlans`) and prints JSON or a readable summary; `--out` writes a copy of the plan's workbook with the
 * Plan comparison sheet (and the two sides' Headcount cost sheets its cost formulas read). Exit codes as `check`: 0
 * when both were read (differences and findings included), 2 when either could not be read or the arguments are
 * wrong.
 */
export async function runCompare(command: CompareCommand, lang: Lang, output: CliOutput): Promise<number> {
  const t = translatorFor(lang);
  if (
    command.out !== undefined &&
    ((await sameFile(command.out, command.baseline)) || (await sameFile(command.out, command.plan)))
  )
    return failWith(output, t("compare.cli.outIsInput", { file: command.out }));
  const sides = await loadComparedSides(command, t);
  if (!sides.ok) return failWith(output, sides.message);
  const { baseline, plan } = sides;
  const comparison = comparePlans(sideOf(baseline), sideOf(plan));
  const json: CompareJson = toCompareJson(comparison, t, lang);
  // The plan held against the Budget table (its workbook's, else the baseline's); its findings (OVER_BUDGET_…) with it.
  const variance = plan.loaded.budget;
  if (variance && sides.budgetFrom)
    json.budget = {
      source: sides.budgetFrom,
      ...budgetVarianceJson(variance),
      findings: variance.findings.map((finding) => localizeFinding(finding, lang)),
    };
  const sidesText = {
    baseline: { file: baseline.file, sheet: baseline.read.positions.sheetName },
    plan: { file: plan.file, sheet: plan.read.positions.sheetName },
  };
  const notCosted = comparison.costed
    ? undefined
    : baseline.loaded.cost && plan.loaded.cost
      ? ("currency" as const)
      : ("missing" as const);

  let report: { file: string; sheets: string[] } | undefined;
  if (command.out !== undefined) {
    const written = await writeComparison(command.out, sides, comparison, lang);
    if (!written.ok)
      return failWith(output, t("cli.error.fileNotWritten", { file: command.out, detail: written.detail }));
    report = { file: command.out, sheets: written.sheets };
  }

  if (command.format === "text") output.stdout(formatCompareText(json, { ...sidesText, notCosted }, lang, t));
  else
    output.stdout(
      `${JSON.stringify(
        {
          baseline: { ...sidesText.baseline, positions: baseline.loaded.analysis.model.positions.length },
          plan: { ...sidesText.plan, positions: plan.loaded.analysis.model.positions.length },
          ...json,
          ...(report ? { report } : {}),
        },
        null,
        2,
      )}\n`,
    );
  return EXIT_OK;
}

function sideOf(side: ComparedSide) {
  return {
    analysis: side.loaded.analysis,
    cost: side.loaded.cost,
    grid: side.loaded.grid,
    label: side.read.positions.sheetName,
  };
}

/**
 * Writes the copy of the plan's workbook: the Headcount cost sheet of the plan (and of the baseline when both tables
 * are in this workbook: a baseline in another file has no cells here for formulas to read), then the Plan
 * comparison sheet, whose cost figures are formulas over those sheets' totals. The user's sheets are not touched.
 */
export async function writeComparison(
  out: string,
  sides: ComparedSides,
  comparison: ReturnType<typeof comparePlans>,
  lang: Lang,
): Promise<{ ok: true; sheets: string[]; specs: SheetSpec[] } | { ok: false; detail: string }> {
  const t = translatorFor(lang);
  const { baseline, plan, sameWorkbook } = sides;
  try {
    const source = plan.source;
    const sheets: string[] = [];
    const specs: SheetSpec[] = [];
    const costSheet = async (side: ComparedSide, name: string): Promise<CostSheetWritten | undefined> => {
      const cost = side.loaded.cost;
      if (cost === undefined || !comparison.costed) return undefined;
      const input = {
        analysis: side.loaded.analysis,
        positions: side.read.positions,
        rates: side.read.support.rates,
        fx: side.read.support.fx,
      };
      const spec: SheetSpec = { ...headcountCostSheet(input, cost, lang), name };
      const { sheetName } = await source.writeSheet(spec);
      sheets.push(sheetName);
      specs.push(spec);
      return { spec, sheetName };
    };
    const baselineCost = sameWorkbook ? await costSheet(baseline, t("compare.sheet.baselineCost")) : undefined;
    const planCost = await costSheet(plan, t("compare.sheet.planCost"));
    const spec = planComparisonSheet(
      {
        comparison,
        baseline: { label: baseline.file, analysis: baseline.loaded.analysis, grid: baseline.read.positions },
        plan: { label: plan.file, analysis: plan.loaded.analysis, grid: plan.read.positions },
        baselineFile: sameWorkbook ? undefined : relativeLink(out, baseline.file),
        costSheets: { baseline: baselineCost, plan: planCost },
        ...(plan.loaded.budget && sides.budgetFrom
          ? { budget: { variance: plan.loaded.budget, source: sides.budgetFrom } }
          : {}),
      },
      lang,
    );
    sheets.push((await source.writeSheet(spec)).sheetName);
    specs.push(spec);
    await writeFile(out, await source.toXlsx());
    return { ok: true, sheets, specs };
  } catch (error) {
    return { ok: false, detail: error instanceof Error ? error.message : String(error) };
  }
}

/** The baseline file as a link from the written copy: its path relative to the copy's folder. */
function relativeLink(out: string, file: string): string {
  return relative(dirname(out), file).split("\\").join("/");
}
