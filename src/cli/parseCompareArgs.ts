import type { CostSettings } from "../core/cost/costSettings";
import type { MessageKey, MessageParams } from "../i18n";
import { parseCostOptions } from "./costCommand";

/**
 * `orgwright compare BASELINE [PLAN] [--sheet NAME] [--plan-sheet NAME] [--year …] [--format json|text]
 * [--out COMPARE.xlsx]`: the baseline's positions against the plan's. PLAN may be left out when `--plan-sheet`
 * names a sheet of the baseline's workbook (a scenario sheet, or any sheet).
 */
export interface CompareCommand {
  kind: "compare";
  baseline: string;
  /** The plan's workbook: another file, or the baseline's own (then `planSheet` names the sheet). */
  plan: string;
  /** The baseline's positions sheet (default: the workbook's own choice). */
  sheet?: string;
  /** The plan's positions sheet (default: the plan workbook's own choice). */
  planSheet?: string;
  format: "json" | "text";
  /** Cost settings over the baseline workbook's saved ones, used for both sides. */
  settings: Partial<CostSettings>;
  /** A copy of the plan's workbook with the Plan comparison sheet. */
  out?: string;
}

/** The options `compare` takes, and whether each takes a value. */
export const COMPARE_OPTIONS: Readonly<Record<string, "value" | "flag">> = {
  "--sheet": "value",
  "--plan-sheet": "value",
  "--format": "value",
  "--lang": "value",
  "--help": "flag",
  "--year": "value",
  "--start-month": "value",
  "--currency": "value",
  "--pay-point": "value",
  "--salary-basis": "value",
  "--proration": "value",
  "--vacancies": "value",
  "--out": "value",
};

type Problem = { key: MessageKey; params?: MessageParams };

/** Reads the compare command from its operands and options (already split by parseArgs). */
export function parseCompareCommand(
  operands: readonly string[],
  value: (name: string) => string | undefined,
): { ok: true; command: CompareCommand } | { ok: false; problem: Problem } {
  const fail = (key: MessageKey, params?: MessageParams) => ({ ok: false as const, problem: { key, params } });
  const planSheet = value("--plan-sheet");
  if (operands.length === 0) return fail("compare.cli.missingFiles");
  if (operands.length === 1 && planSheet === undefined) return fail("compare.cli.missingPlan");
  if (operands.length > 2) return fail("cli.error.extraArgument", { value: operands[2] });
  const format = (value("--format") ?? "json").toLowerCase();
  if (format !== "json" && format !== "text") return fail("cli.error.badFormat", { value: value("--format")! });
  // The cost options are read as `cost` reads them (its --format takes csv too: checked above instead).
  const cost = parseCostOptions((name) => (name === "--format" ? undefined : value(name)));
  if (!cost.ok) return { ok: false, problem: cost.problem };
  const out = value("--out");
  if (out !== undefined && !/\.xlsx$/i.test(out)) return fail("cli.error.reportNotXlsx", { file: out });
  const sheet = value("--sheet");
  return {
    ok: true,
    command: {
      kind: "compare",
      baseline: operands[0],
      plan: operands[1] ?? operands[0],
      ...(sheet !== undefined ? { sheet } : {}),
      ...(planSheet !== undefined ? { planSheet } : {}),
      format,
      settings: cost.options.settings,
      ...(out !== undefined ? { out } : {}),
    },
  };
}
