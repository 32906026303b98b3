/** What an event's address says about a selection's first cell. */
export interface SelectionAddress {
  /** The sheet name when the address carries one ("Sheet1!B7", "'My Sheet'!A5"), unquoted. */
  sheetName?: string;
  /** The 1-based sheet row of the first cell; undefined for whole columns ("B:D"), which start at no one row. */
  row?: number;
}

/** Excel's last row. */
const MAX_ROW = 1_048_576;

/** One area without its sheet: "B7", "$B$7:C9", "5:5", "B:D". */
const LOCAL_AREA = /^\$?([A-Z]{1,3})?\$?(\d+)?(?::\$?([A-Z]{1,3})?\$?(\d+)?)?$/i;

/** The first area of a multi-area address ("A1:B2,D4" or "Sheet1!A1, Sheet1!D4"): the first comma outside quotes ends it. */
function firstArea(address: string): string {
  let quoted = false;
  for (let i = 0; i < address.length; i++) {
    const ch = address[i];
    if (ch === "'")
      quoted = !quoted; // a doubled '' inside a quoted name toggles twice: still quoted
    else if (ch === "," && !quoted) return address.slice(0, i);
  }
  return address;
}

/** Splits "Sheet!A1" / "'It''s here!'!A1" / "A1" into the sheet name (unquoted) and the local part. */
function splitSheet(area: string): { sheetName?: string; local: string } {
  if (area.startsWith("'")) {
    for (let i = 1; i < area.length; i++) {
      if (area[i] !== "'") continue;
      if (area[i + 1] === "'") {
        i++; // an escaped apostrophe
        continue;
      }
      if (area[i + 1] !== "!") break; // a closing quote not followed by "!": not a sheet prefix
      return { sheetName: area.slice(1, i).replace(/''/g, "'"), local: area.slice(i + 2) };
    }
    return { local: area };
  }
  const bang = area.lastIndexOf("!");
  return bang < 0 ? { local: area } : { sheetName: area.slice(0, bang), local: area.slice(bang + 1) };
}

/**
 * Reads the address Office.js gives in selection events (`WorksheetSelectionChangedEventArgs.address`,
 * `TableSelectionChangedEventArgs.address`): "B7", "B7:C9", "$B$7", "Sheet1!B7:C9", "'My Sheet'!A5",
 * whole rows "5:5" and columns "B:D", several areas "A1:B2,D4" (the first counts). Undefined when it is
 * not an A1 address at all.
 */
export function parseSelectionAddress(address: string): SelectionAddress | undefined {
  const { sheetName, local } = splitSheet(firstArea(address.trim()));
  const match = LOCAL_AREA.exec(local.trim());
  if (!match || local.trim() === "") return undefined;
  const [, fromColumn, fromRow, toColumn, toRow] = match;
  if (fromColumn === undefined && fromRow === undefined) return undefined;
  // A single part names a cell and needs both; a range's ends are both rows, both columns or both cells.
  const isRange = local.includes(":");
  if (!isRange && (fromColumn === undefined || fromRow === undefined)) return undefined;
  if (isRange && (fromColumn === undefined) !== (toColumn === undefined)) return undefined;
  if (isRange && (fromRow === undefined) !== (toRow === undefined)) return undefined;
  const result: SelectionAddress = sheetName === undefined ? {} : { sheetName };
  if (fromRow !== undefined) {
    const row = Math.min(Number(fromRow), toRow === undefined ? Infinity : Number(toRow));
    if (row < 1 || row > MAX_ROW) return undefined;
    result.row = row;
  }
  return result;
}
