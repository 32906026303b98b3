import { writeFile } from "node:fs/promises";
import type { SheetSpec } from "../core/sheet/sheetSpec";
import type { FileWorkbookSource } from "../files/fileWorkbookSource";

export type WriteReportResult = { ok: true; sheets: string[] } | { ok: false; detail: string };

/**
 * Adds the report sheets to the workbook held in memory (never a sheet of the user's: "Org checks (2)"
 * when the name is taken) and saves the whole workbook to `out`, a new file: the checked file itself
 * is never written.
 */
export async function writeReportCopy(
  source: FileWorkbookSource,
  specs: readonly SheetSpec[],
  out: string,
): Promise<WriteReportResult> {
  try {
    const sheets: string[] = [];
    for (const spec of specs) sheets.push((await source.writeSheet(spec)).sheetName);
    await writeFile(out, await source.toXlsx());
    return { ok: true, sheets };
  } catch (error) {
    return { ok: false, detail: error instanceof Error ? error.message : String(error) };
  }
}
