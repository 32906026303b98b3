import type { SupportTableKind } from "../core/coverage/supportTables";
import type { SheetGrid } from "../core/sheet/sheetGrid";
import type { WorkbookSource } from "../core/sheet/workbookSource";

/**
 * Every optional table the analysis reads beside the positions, once: the pane, the command line and the
 * analysis worker read them all through this list (a new table — Rates, FX, Budget — is added here and in
 * `SupportTableKind`, not wired into each caller). `satisfies` makes the compiler name a kind left out.
 */
export const SUPPORT_TABLES = [
  "capabilities",
  "departments",
  "rates",
  "fx",
  "budget",
  "headcountLines",
] as const satisfies readonly SupportTableKind[];

type Missing = Exclude<SupportTableKind, (typeof SUPPORT_TABLES)[number]>;
// A kind of support table missing from the list above does not compile.
const everyKindListed: Missing extends never ? true : never = true;
void everyKindListed;

/** The support tables a workbook has, by kind; a kind is absent when the workbook has no such table. */
export type SupportGrids = Partial<Record<SupportTableKind, SheetGrid>>;

/** Reads every support table the workbook has. One that cannot be read is left out: they are optional. */
export async function readSupportTables(source: WorkbookSource): Promise<SupportGrids> {
  const grids: SupportGrids = {};
  for (const kind of SUPPORT_TABLES) {
    const read = await source.readSupportTable(kind);
    if (read?.ok) grids[kind] = read.grid;
  }
  return grids;
}
