import { serializeColumnMapping, SETTING_COLUMN_MAPPING, type ColumnMapping, type WorkbookSource } from "../core";
import type { OrgRules } from "../core/checks/orgRules";
import { serializeOrgRules, SETTING_ORG_RULES } from "../core/checks/orgRulesSetting";
import type { Lang } from "../i18n";
import { loadWorkbook, type LoadWorkbookResult } from "../pipeline/loadWorkbook";

/** A workbook as the pane holds it (the cells may have stayed in the analysis worker). */
export type { AnalysedWorkbook as LoadedWorkbook } from "../pipeline/workbookAnalyser";
export type LoadOrgWorkbookResult = LoadWorkbookResult;

export interface LoadOrgWorkbookOptions {
  lang: Lang;
  /** The sheet to read; when it is gone, the source's own choice is read instead. */
  sheet?: string;
}

/**
 * The pane's read on its own thread (the same pipeline as the command line and the analysis worker): the
 * positions table, the support tables, the saved column mapping and rules, and the whole analysis.
 */
export function loadOrgWorkbook(source: WorkbookSource, options: LoadOrgWorkbookOptions): Promise<LoadWorkbookResult> {
  return loadWorkbook(source, { ...options, fallBackWhenSheetGone: true });
}

/** Saves the user's column mapping in the workbook, where the next read (and everyone who opens it) finds it. */
export async function saveColumnMapping(source: WorkbookSource, mapping: ColumnMapping): Promise<void> {
  await source.writeSetting(SETTING_COLUMN_MAPPING, serializeColumnMapping(mapping));
}

/** Saves the rules in the workbook: everyone who opens it checks the org against the same rules. */
export async function saveOrgRules(source: WorkbookSource, rules: OrgRules): Promise<void> {
  await source.writeSetting(SETTING_ORG_RULES, serializeOrgRules(rules));
}
