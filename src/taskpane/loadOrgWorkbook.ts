import {
  buildOrgModel,
  parseColumnMapping,
  serializeColumnMapping,
  SETTING_COLUMN_MAPPING,
  type ColumnMapping,
  type OrgAnalysis,
  type SheetGrid,
  type SourceProblem,
  type WorkbookSource,
} from "../core";
import type { Lang } from "../i18n";

/** A positions table read and analysed. */
export interface LoadedWorkbook {
  grid: SheetGrid;
  /** The column mapping saved in the workbook (empty when none). */
  mapping: ColumnMapping;
  analysis: OrgAnalysis;
}

export type LoadOrgWorkbookResult = { ok: true; loaded: LoadedWorkbook } | { ok: false; problem: SourceProblem };

export interface LoadOrgWorkbookOptions {
  lang: Lang;
  /** The sheet to read; when it is gone, the source's own choice is read instead. */
  sheet?: string;
}

/** Reads the positions table and the saved column mapping, and builds the org model from them. */
export async function loadOrgWorkbook(
  source: WorkbookSource,
  options: LoadOrgWorkbookOptions,
): Promise<LoadOrgWorkbookResult> {
  let read = await source.readPositions(options.sheet === undefined ? {} : { sheet: options.sheet });
  if (!read.ok && read.problem.code === "SHEET_NOT_FOUND" && options.sheet !== undefined)
    read = await source.readPositions();
  if (!read.ok) return read;
  const mapping = parseColumnMapping(await source.readSetting(SETTING_COLUMN_MAPPING));
  const analysis = buildOrgModel(read.grid, { lang: options.lang, mapping });
  return { ok: true, loaded: { grid: read.grid, mapping, analysis } };
}

/** Saves the user's column mapping in the workbook, where the next read (and everyone who opens it) finds it. */
export async function saveColumnMapping(source: WorkbookSource, mapping: ColumnMapping): Promise<void> {
  await source.writeSetting(SETTING_COLUMN_MAPPING, serializeColumnMapping(mapping));
}
