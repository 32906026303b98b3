/**
 * The sheets the add-in created, kept in the workbook setting `orgwright.createdSheets` (a JSON
 * array), and how a worksheet is recognised as one of them.
 *
 * Each sheet the add-in writes carries a worksheet-scoped name, {@link OWNER_NAME}, whose value is a
 * GUID also recorded in the setting. Worksheet ids are not guaranteed to survive reopening the file
 * or an update of Excel; a sheet-scoped name travels with the sheet. A sheet is the add-in's when
 * its tag matches an entry's GUID (the entry's id breaks a tie between copies of the sheet), never
 * because of its name alone.
 *
 * Older versions recorded `{ id, name }` or plain names. An entry with an id and no GUID still
 * identifies its sheet by id (the next write tags it); a plain name identifies nothing any more.
 */

import { parseScenarioMeta, type ScenarioMeta } from "../core/scenario/scenarioInfo";
import { SHEET_OWNER_NAME } from "../core/sheet/workbookSource";

/** The worksheet-scoped name that tags a sheet the add-in wrote. */
export const OWNER_NAME = SHEET_OWNER_NAME;

/**
 * What a written sheet is: the add-in's own output, a table handed to the user (the sample), or a scenario (a plan:
 * a copy of the positions the add-in edits, never rewritten, read as positions only when asked for by name).
 */
export type SheetRole = "report" | "data" | "scenario";

export interface CreatedSheet {
  /** `Worksheet.id` when last written (absent while the first write is under way). */
  id?: string;
  /** The GUID in the sheet's {@link OWNER_NAME}. Absent in entries written by older versions. */
  guid?: string;
  /** The sheet's final name (for people reading the setting, and to resume an interrupted write). */
  name: string;
  /** Absent in entries written by older versions. */
  role?: SheetRole;
  /** Data sheets: a hash of the cells as written, to tell whether the user changed them since. */
  hash?: string;
  /** True from the moment the write starts until it ends: the sheet is under a temporary name. */
  pending?: boolean;
  /** A scenario's title, source and date (role "scenario"). */
  scenario?: ScenarioMeta;
  /** The tables of the last write (absent in entries written by older versions). */
  tables?: TableRecord[];
}

/**
 * A table the add-in wrote on a sheet: the name the spec asked for, the name Excel gave it (the spec's, or "Name_2"
 * when that was taken) and its `Table.id`, so that a rewrite keeps the same table (src/excel/reportTablePlan).
 */
export interface TableRecord {
  spec: string;
  name: string;
  id?: string;
}

/** A worksheet as the add-in sees it when deciding what it may rewrite. */
export interface WorksheetRef {
  id: string;
  name: string;
  /** The value of the sheet's {@link OWNER_NAME}, when it has one. */
  tag?: string;
}

function text(value: unknown): string | undefined {
  return typeof value === "string" && value !== "" ? value : undefined;
}

function parseTableRecords(value: unknown): TableRecord[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const records: TableRecord[] = [];
  for (const item of value) {
    const raw = (typeof item === "object" && item !== null ? item : {}) as Record<string, unknown>;
    const spec = text(raw.spec);
    const name = text(raw.name);
    const id = text(raw.id);
    if (spec && name) records.push(id ? { spec, name, id } : { spec, name });
  }
  return records;
}

export function parseCreatedSheets(json: string | undefined): CreatedSheet[] {
  if (!json) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return [];
  }
  if (!Array.isArray(parsed)) return [];
  const sheets: CreatedSheet[] = [];
  for (const entry of parsed) {
    if (typeof entry === "string" && entry !== "") sheets.push({ name: entry });
    else if (typeof entry === "object" && entry !== null && typeof (entry as CreatedSheet).name === "string") {
      const raw = entry as Record<string, unknown>;
      const sheet: CreatedSheet = { name: raw.name as string };
      const id = text(raw.id);
      const guid = text(raw.guid);
      const hash = text(raw.hash);
      if (id) sheet.id = id;
      if (guid) sheet.guid = guid;
      if (raw.role === "report" || raw.role === "data" || raw.role === "scenario") sheet.role = raw.role;
      if (hash) sheet.hash = hash;
      if (raw.pending === true) sheet.pending = true;
      const scenario = parseScenarioMeta(raw.scenario);
      if (scenario) sheet.scenario = scenario;
      const tables = parseTableRecords(raw.tables);
      if (tables) sheet.tables = tables;
      sheets.push(sheet);
    }
  }
  return sheets;
}

export function serializeCreatedSheets(sheets: readonly CreatedSheet[]): string {
  return JSON.stringify(
    sheets.map(({ id, guid, name, role, hash, pending, scenario, tables }) => ({
      ...(id ? { id } : {}),
      ...(guid ? { guid } : {}),
      name,
      ...(role ? { role } : {}),
      ...(hash ? { hash } : {}),
      ...(pending ? { pending } : {}),
      ...(scenario ? { scenario } : {}),
      ...(tables ? { tables } : {}),
    })),
  );
}

/**
 * Which existing sheet each entry stands for: by GUID tag (the entry's id first among copies of a
 * tagged sheet), else, for entries older than tags, by id. Plain-name entries match nothing.
 */
export function ownedSheets<S extends WorksheetRef>(
  created: readonly CreatedSheet[],
  sheets: readonly S[],
): Map<string, { sheet: S; entry: CreatedSheet }> {
  const owned = new Map<string, { sheet: S; entry: CreatedSheet }>();
  for (const entry of created) {
    let sheet: S | undefined;
    if (entry.guid) {
      const tagged = sheets.filter((candidate) => candidate.tag === entry.guid);
      sheet = tagged.find((candidate) => candidate.id === entry.id) ?? (tagged.length === 1 ? tagged[0] : undefined);
    } else if (entry.id) {
      // An entry from before tags: the sheet of that id, unless it carries someone else's tag.
      sheet = sheets.find((candidate) => candidate.id === entry.id && candidate.tag === undefined);
    }
    if (sheet && !owned.has(sheet.id)) owned.set(sheet.id, { sheet, entry });
  }
  return owned;
}

/** The entry that makes this sheet the add-in's, if any. */
export function ownerOf(created: readonly CreatedSheet[], sheets: readonly WorksheetRef[], sheet: WorksheetRef) {
  return ownedSheets(created, sheets).get(sheet.id)?.entry;
}

/**
 * The list after writing `written` (for the sheet of id `sheetId`, or one still being added): the
 * entries of sheets that exist, refreshed with their current id and name, and `written` in place of
 * the entry it replaces (same GUID). Entries that match no sheet are dropped, except `written`.
 */
export function recordCreatedSheet(
  created: readonly CreatedSheet[],
  sheets: readonly WorksheetRef[],
  written: CreatedSheet,
): CreatedSheet[] {
  const kept: CreatedSheet[] = [];
  for (const { sheet, entry } of ownedSheets(created, sheets).values()) {
    if (entry.guid !== undefined && entry.guid === written.guid) continue;
    if (written.id !== undefined && sheet.id === written.id) continue;
    kept.push({ ...entry, id: sheet.id, ...(entry.pending ? {} : { name: sheet.name }) });
  }
  kept.push(written);
  return kept;
}

/** A new GUID for a sheet's tag (crypto.randomUUID where there is one). */
export function newSheetGuid(): string {
  const crypto = (globalThis as { crypto?: { randomUUID?: () => string } }).crypto;
  if (crypto?.randomUUID) return crypto.randomUUID();
  const hex = () =>
    Math.floor(Math.random() * 0x10000)
      .toString(16)
      .padStart(4, "0");
  return `${hex()}${hex()}-${hex()}-4${hex().slice(1)}-${hex()}-${hex()}${hex()}${hex()}`;
}

/** A short hash of a sheet's cells (FNV-1a over their JSON), to notice edits. */
export function hashCells(values: readonly (readonly unknown[])[]): string {
  const textOf = JSON.stringify(values);
  let hash = 0x811c9dc5;
  for (let i = 0; i < textOf.length; i++) {
    hash ^= textOf.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `${values.length}:${hash.toString(16).padStart(8, "0")}`;
}
