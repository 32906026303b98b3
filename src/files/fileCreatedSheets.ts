import { parseScenarioMeta, type ScenarioMeta } from "../core/scenario/scenarioInfo";
import type { SheetSpec } from "../core/sheet/sheetSpec";
import { SETTING_CREATED_SHEETS } from "../core/sheet/workbookSource";
import { newOwnerGuid } from "./ownerNames";

/** A sheet the add-in created, as the file's settings record it (`raw`: the entry as saved, kept as it is). */
export interface FileCreatedSheet {
  name: string;
  role?: string;
  scenario?: ScenarioMeta;
  /** A report's tables as last written, top to bottom (the Excel adapter's records, which also hold `Table.id`). */
  tables?: WrittenTable[];
  raw: unknown;
}

/** A table the add-in wrote: the name the spec asked for and the name it was written under. */
export interface WrittenTable {
  spec: string;
  name: string;
}

/**
 * The saved list of the sheets the add-in created, in the file's settings: names, `{ id, name }` entries as the
 * Excel adapter writes them, and `{ name, role: "scenario", scenario }` for scenarios.
 */
export function createdEntries(settings: ReadonlyMap<string, string>): FileCreatedSheet[] {
  const created = parseJson<unknown[]>(settings.get(SETTING_CREATED_SHEETS), Array.isArray) ?? [];
  const entries: FileCreatedSheet[] = [];
  for (const raw of created) {
    if (typeof raw === "string" && raw !== "") entries.push({ name: raw, raw });
    else if (typeof raw === "object" && raw !== null) {
      const { name, role, scenario, tables } = raw as {
        name?: unknown;
        role?: unknown;
        scenario?: unknown;
        tables?: unknown;
      };
      if (typeof name !== "string" || name === "") continue;
      const meta = parseScenarioMeta(scenario);
      const tableNames = writtenTables(tables);
      entries.push({
        name,
        ...(typeof role === "string" ? { role } : {}),
        ...(meta ? { scenario: meta } : {}),
        ...(tableNames ? { tables: tableNames } : {}),
        raw,
      });
    }
  }
  return entries;
}

/** Sheets the add-in created which it may replace (a scenario never is). */
export function replaceableSheets(settings: ReadonlyMap<string, string>): string[] {
  return createdEntries(settings)
    .filter((entry) => entry.role !== "scenario")
    .map((entry) => entry.name);
}

/** The names, lower case, of the created sheets with one of `roles`. */
export function sheetsWithRole(settings: ReadonlyMap<string, string>, ...roles: string[]): Set<string> {
  const names = new Set<string>();
  for (const { role, name } of createdEntries(settings))
    if (role !== undefined && roles.includes(role)) names.add(name.toLowerCase());
  return names;
}

/**
 * Records a sheet the add-in wrote (a report with the names its tables were written under, or a scenario with its
 * meta), in place of any entry of that name.
 */
export function recordCreatedSheet(
  settings: Map<string, string>,
  name: string,
  spec?: SheetSpec,
  tables: readonly WrittenTable[] = [],
): void {
  const kept = createdEntries(settings)
    .filter((entry) => entry.name.toLowerCase() !== name.toLowerCase())
    .map((entry) => entry.raw);
  const entry =
    spec?.role === "scenario"
      ? { name, role: "scenario", guid: newOwnerGuid(), ...(spec.scenario ? { scenario: spec.scenario } : {}) }
      : { name, role: spec?.role ?? "report", ...(tables.length > 0 ? { tables } : {}) };
  settings.set(SETTING_CREATED_SHEETS, JSON.stringify([...kept, entry]));
}

/** Takes a deleted sheet's entry out of the list. */
export function forgetCreatedSheet(settings: Map<string, string>, name: string): void {
  const kept = createdEntries(settings).filter((entry) => entry.name.toLowerCase() !== name.toLowerCase());
  settings.set(SETTING_CREATED_SHEETS, JSON.stringify(kept.map((entry) => entry.raw)));
}

function writtenTables(value: unknown): WrittenTable[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const tables: WrittenTable[] = [];
  for (const item of value) {
    const { spec, name } = (typeof item === "object" && item !== null ? item : {}) as Record<string, unknown>;
    if (typeof spec === "string" && spec !== "" && typeof name === "string" && name !== "") tables.push({ spec, name });
  }
  return tables;
}

function parseJson<T>(text: string | undefined, accept: (value: unknown) => boolean): T | undefined {
  if (text === undefined) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    return accept(value) ? (value as T) : undefined;
  } catch {
    return undefined;
  }
}
