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
