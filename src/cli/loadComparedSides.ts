import type { FileWorkbookSource } from "../files/fileWorkbookSource";
import { openWorkbookFile } from "../files/openWorkbookFile";
import type { Translate } from "../i18n";
import { analyseWorkbookRead, readWorkbook, type LoadedWorkbook, type WorkbookRead } from "../pipeline/loadWorkbook";
import type { CompareCommand } from "./parseCompareArgs";
import { problemMessage } from "./problemMessage";
import { readFileBytes } from "./readFileBytes";
import { sameFile } from "./sameFile";

/** One side of a comparison: the workbook it was read from, what was read, and its analysis (with the cost). */
export interface ComparedSide {
  file: string;
  source: FileWorkbookSource;
  read: WorkbookRead;
  loaded: LoadedWorkbook;
}

/** Both sides read; `budgetFrom`: whose Budget table the plan is held against (none without one). */
export interface ComparedSides {
  baseline: ComparedSide;
  plan: ComparedSide;
  sameWorkbook: boolean;
  budgetFrom?: "plan" | "baseline";
}

export type LoadComparedSidesResult = ({ ok: true } & ComparedSides) | { ok: false; message: string };

/**
 * Reads both sides through the one pipeline (`readWorkbook` + `analyseWorkbookRead`), with the same cost settings:
 * the baseline workbook's saved settings with the command's options over them. The plan is costed with its own
 * workbook's Rates and FX tables, else the baseline's (a plan workbook without them is not costed on the shipped
 * defaults while the baseline had its own rates). The plan is held against the Budget table of its own workbook, else
 * the baseline's (a budget is set for the plan's year; the baseline's workbook often carries it). When the plan names the baseline's own file, the workbook is
 * opened once and both tables are read from it.
 */
export async function loadComparedSides(command: CompareCommand, t: Translate): Promise<LoadComparedSidesResult> {
  const open = async (file: string) => {
    const bytes = await readFileBytes(file, t);
    if (!bytes.ok) return { ok: false as const, message: bytes.message };
    const opened = await openWorkbookFile(bytes.bytes, file);
    return opened.ok
      ? { ok: true as const, source: opened.source }
      : { ok: false as const, message: problemMessage(opened.problem, t, file) };
  };
  const baselineOpened = await open(command.baseline);
  if (!baselineOpened.ok) return baselineOpened;
  const sameWorkbook = await sameFile(command.baseline, command.plan);
  const planOpened = sameWorkbook ? baselineOpened : await open(command.plan);
  if (!planOpened.ok) return planOpened;

  const baselineRead = await readWorkbook(baselineOpened.source, {
    sheet: command.sheet,
    costSettings: command.settings,
  });
  if (!baselineRead.ok) return { ok: false, message: problemMessage(baselineRead.problem, t, command.baseline) };
  const planRead = await readWorkbook(planOpened.source, { sheet: command.planSheet });
  if (!planRead.ok) return { ok: false, message: problemMessage(planRead.problem, t, command.plan) };

  const baseline = baselineRead.read;
  const plan: WorkbookRead = {
    ...planRead.read,
    costSettings: baseline.costSettings,
    support: {
      ...planRead.read.support,
      rates: planRead.read.support.rates ?? baseline.support.rates,
      fx: planRead.read.support.fx ?? baseline.support.fx,
      budget: planRead.read.support.budget ?? baseline.support.budget,
    },
  };
  const budgetFrom = planRead.read.support.budget ? "plan" : baseline.support.budget ? "baseline" : undefined;
  return {
    ok: true,
    sameWorkbook,
    ...(budgetFrom ? { budgetFrom } : {}),
    baseline: {
      file: command.baseline,
      source: baselineOpened.source,
      read: baseline,
      loaded: analyseWorkbookRead(baseline),
    },
    plan: { file: command.plan, source: planOpened.source, read: plan, loaded: analyseWorkbookRead(plan) },
  };
}
