import { isBlankCell, type CellValue } from "../cells/cell";
import type { FindingDraft } from "../findings/finding";

/** A note's label at the start of a cell: "Note:", "Source:", "NB:", "注：", "备注：", "说明：", "数据来源：", "*", "※". */
const NOTE_LABEL =
  /^(?:(?:notes?|nb|n\.b\.|sources?|remarks?|comments?|disclaimer)\s*[:：]|(?:注|备注|说明|注释|附注|来源|数据来源)\s*[:：]|[*※])/i;

/** Longer than any ID: a cell of free text. */
const LONGEST_ID = 40;

/** Characters (lower case) a labelled note starts with; other IDs are passed over on one comparison. */
const INITIALS = new Set([..."nsrcd*※注备说附来数"].map((ch) => ch.charCodeAt(0)));

/** Whether a cell's text reads as a note: a note's label first, or free text longer than any ID. */
function isNoteText(text: string): boolean {
  if (text.length > LONGEST_ID) return true;
  const first = text.charCodeAt(0);
  if (!INITIALS.has(first >= 65 && first <= 90 ? first | 32 : first)) return false;
  return NOTE_LABEL.test(text);
}

/**
 * The text of a note row, or undefined: a row whose only non-blank cell is a note ("Note: figures as of June",
 * "注：以上数据截至 6 月", "* excludes contractors", or any text longer than an ID), above or below the table or
 * between its rows. `id` is the row's trimmed ID cell: a note in the ID column is found from it without looking at
 * the other cells unless it reads as one.
 */
export function noteRowText(cells: readonly CellValue[], id: string): string | undefined {
  if (id !== "" && !isNoteText(id)) return undefined;
  let note: string | undefined;
  for (const cell of cells) {
    if (isBlankCell(cell)) continue;
    if (note !== undefined || typeof cell !== "string") return undefined;
    note = cell.trim();
  }
  return note !== undefined && isNoteText(note) ? note : undefined;
}

/** NOTE_ROW: the info finding for a note row left out of the org (its text cut to 60 characters). */
export function noteRowFinding(row: number, text: string): FindingDraft {
  const shown = text.length > 60 ? `${text.slice(0, 59)}…` : text;
  return { code: "NOTE_ROW", severity: "info", rows: [row], ids: [], params: { row, text: shown } };
}
