import {
  parseColumnMapping,
  serializeColumnMapping,
  SETTING_COLUMN_MAPPING,
  type ColumnMapping,
  type SheetGrid,
  type SourceProblem,
  type WorkbookSource,
} from "../core";
import { analyzeWorkbook, type WorkbookAnalysis } from "../core/analyzeWorkbook";
import type { OrgRules } from "../core/checks/orgRules";
import { parseOrgRules, serializeOrgRules, SETTING_ORG_RULES } from "../core/checks/orgRulesSetting";
import type { SupportTableKind } from "../core/coverage/supportTables";
import type { Lang } from "../i18n";

/** A workbook read and analysed: the positions table, the optional support tables, the saved choices. */
export interface LoadedWorkbook {
  grid: SheetGrid;
  /** The column mapping saved in the workbook (empty when none). */
  mapping: ColumnMapping;
  /** The rules saved in the workbook (the defaults when none). */
  rules: OrgRules;
  analysis: WorkbookAnalysis;
}

export type LoadOrgWorkbookResult = { ok: true; loaded: LoadedWorkbook } | { ok: false; problem: SourceProblem };

export interface LoadOrgWorkbookOptions {
  lang: Lang;
  /** The sheet to read; when it is gone, the source's own choice is read instead. */
  sheet?: string;
}

/** A support table's grid, or undefined when the workbook has none (or it cannot be read: it is optional). */
async function readSupportGrid(source: WorkbookSource, kind: SupportTableKind): Promise<SheetGrid | undefined> {
  const read = await source.readSupportTable(kind);
  return read?.ok ? read.grid : undefined;
}

/**
 * Reads the positions table, the Capabilities and Departments tables when there are any, the saved
 * column mapping and rules, and runs the whole analysis on them (org model, org checks, coverage).
 */
export async function loadOrgWorkbook(
  source: WorkbookSource,
  options: LoadOrgWorkbookOptions,
): Promise<LoadOrgWorkbookResult> {
  let read = await source.readPositions(options.sheet === undefined ? {} : { sheet: options.sheet });
  if (!read.ok && read.problem.code === "SHEET_NOT_FOUND" && options.sheet !== undefined)
    read = await source.readPositions();
  if (!read.ok) return read;
  const mapping = parseColumnMapping(await source.readSetting(SETTING_COLUMN_MAPPING));
  const rules = parseOrgRules(await source.readSetting(SETTING_ORG_RULES));
  const capabilities = await readSupportGrid(source, "capabilities");
  const departments = await readSupportGrid(source, "departments");
  const analysis = analyzeWorkbook(
    { positions: read.grid, capabilities, departments },
    { lang: options.lang, mapping, rules },
  );
  return { ok: true, loaded: { grid: read.grid, mapping, rules, analysis } };
}

/** Saves the user's column mapping in the workbook, where the next read (and everyone who opens it) finds it. */
export async function saveColumnMapping(source: WorkbookSource, mapping: ColumnMapping): Promise<void> {
  await source.writeSetting(SETTING_COLUMN_MAPPING, serializeColumnMapping(mapping));
}

/** Saves the rules in the workbook: everyone who opens it checks the org against the same rules. */
export async function saveOrgRules(source: WorkbookSource, rules: OrgRules): Promise<void> {
  await source.writeSetting(SETTING_ORG_RULES, serializeOrgRules(rules));
}
