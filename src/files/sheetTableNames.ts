import type { Worksheet } from "exceljs";
import type { SheetSpec } from "../core/sheet/sheetSpec";
import { layoutSheetSpec } from "../core/sheet/sheetSpecLayout";

/** The table names a spec asks for, top to bottom. */
export function specTableNames(spec: SheetSpec): string[] {
  return layoutSheetSpec(spec).sections.flatMap(({ section }) => (section.table ? [section.table.name] : []));
}

/**
 * Names for the tables `wanted`, in order, that none of `taken` (lower case, as Excel compares them) has, nor each
 * other: characters a table name may not hold become "_", a name may not start with a digit or a dot, and a name
 * taken gets a number ("Staff2"). The names given are added to `taken`.
 */
export function uniqueTableNames(wanted: readonly string[], taken: Set<string>): string[] {
  return wanted.map((name) => {
    const base = name.replace(/[^\p{L}\p{N}_.\\]/gu, "_").replace(/^(?=[\d.])/, "_") || "Table";
    let unique = base;
    for (let n = 2; taken.has(unique.toLowerCase()); n++) unique = `${base}${n}`;
    taken.add(unique.toLowerCase());
    return unique;
  });
}

/**
 * The names a rewritten sheet's tables have now, keyed by the name their spec asked for (lower case): `current` the
 * sheet's tables top to bottom, `written` those of the last write (the names it asked for and got). Matched by place,
 * and only when the sheet still has as many tables as were written, none at another written table's place (a table
 * added, deleted or moved makes places unsure): a table the user renamed is found under the user's name.
 */
export function currentTableNames(
  current: readonly string[],
  written: readonly { spec: string; name: string }[],
): Map<string, string> {
  const names = new Map<string, string>();
  if (current.length !== written.length) return names;
  // Tables the user moved past each other are in other places: each has a name written at another place.
  const writtenNames = written.map(({ name }) => name.toLowerCase());
  const moved = current.some(
    (name, i) => name.toLowerCase() !== writtenNames[i] && writtenNames.includes(name.toLowerCase()),
  );
  if (!moved) written.forEach(({ spec }, i) => names.set(spec.toLowerCase(), current[i]));
  return names;
}

/**
 * {@link uniqueTableNames} for a rewritten sheet: a table the sheet still has keeps its name, the user's when they
 * renamed it (so formulas naming it keep working), unless another table of the workbook now has it.
 */
export function rewrittenTableNames(
  wanted: readonly string[],
  current: ReadonlyMap<string, string>,
  taken: Set<string>,
): string[] {
  const kept = wanted.map((name) => {
    const now = current.get(name.toLowerCase());
    return now !== undefined && !taken.has(now.toLowerCase()) ? now : undefined;
  });
  for (const name of kept) if (name !== undefined) taken.add(name.toLowerCase());
  const fresh = uniqueTableNames(
    wanted.filter((_, i) => kept[i] === undefined),
    taken,
  );
  let next = 0;
  return kept.map((name) => name ?? fresh[next++]);
}

/** The names of a worksheet's tables, top to bottom (by their header row). */
export function tablesTopToBottom(worksheet: Worksheet): string[] {
  return worksheet
    .getTables()
    .map((table) => (table as unknown as { model: { name: string; tableRef?: string; ref?: string } }).model)
    .map((model) => ({ name: model.name, row: Number(/\d+/.exec(model.tableRef ?? model.ref ?? "")?.[0] ?? 0) }))
    .sort((a, b) => a.row - b.row)
    .map((table) => table.name);
}
