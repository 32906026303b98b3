import type { SheetGrid } from "../core/sheet/sheetGrid";
import { openWorkbookFile } from "../files/openWorkbookFile";
import type { Translate } from "../i18n";
import { problemMessage } from "./problemMessage";
import { readFileBytes } from "./readFileBytes";

export type LineFilesResult = { ok: true; lines: SheetGrid[] } | { ok: false; message: string };

/**
 * The tables of headcount lines in the files named after the first (`check`/`cost FILE LINES…`): each file's table
 * whose header has a manager column and a count column and no position ID (public organograms' junior staff file).
 * A file without one is an error: it would otherwise be silently left out.
 */
export async function readLineFiles(files: readonly string[], t: Translate): Promise<LineFilesResult> {
  const lines: SheetGrid[] = [];
  for (const file of files) {
    const read = await readFileBytes(file, t);
    if (!read.ok) return { ok: false, message: read.message };
    const opened = await openWorkbookFile(read.bytes, file);
    if (!opened.ok) return { ok: false, message: problemMessage(opened.problem, t, file) };
    const table = await opened.source.readSupportTable("headcountLines");
    if (!table?.ok) return { ok: false, message: t("cli.error.noHeadcountLines", { file }) };
    lines.push(table.grid);
  }
  return { ok: true, lines };
}
