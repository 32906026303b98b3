import type { SheetGrid } from "../core/sheet/sheetGrid";
import { ByteCellTable } from "./byteCellTable";
import { guessDelimiter } from "./csvLayout";
import { Utf8Text } from "./utf8Text";

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;
/** How many records (with a printable ASCII character) the text given to guessDelimiter holds at least. */
const DELIMITER_SAMPLE_LINES = 12;

type Newline = "\r\n" | "\n" | "\r";

/**
 * The rows of a UTF-8 CSV file read from its bytes, exactly as `readCsv(decodeText(bytes))` reads them (papaparse),
 * without the file's text as one string and without a string per repeated cell: each cell is found in the bytes,
 * a column's repeated cells are one string found by their bytes (see ByteCellTable), and the other cells are decoded
 * one by one. A whole sheet (a million rows, 150 MB) is read in a fraction of the time and memory.
 *
 * Undefined when the bytes are not plainly that: not valid UTF-8 (GB18030, UTF-16), a single line, or quotes
 * papaparse reads its own lenient way (a quoted cell not closed, or closed and followed by more text). The
 * caller then reads the file as text, as before.
 */
export function readCsvBytes(bytes: Uint8Array, sheetName: string): SheetGrid | undefined {
  let i = 0;
  // A byte-order mark, and one more left in the text (decodeText drops the first, readCsv the second).
  if (startsWithBom(bytes, i)) i += 3;
  if (startsWithBom(bytes, i)) i += 3;
  const n = bytes.length;
  const grid: SheetGrid = { sheetName, firstRow: 1, firstColumn: 1, rows: [] };
  if (i === n) return grid;
  const newline = guessNewlineOfBytes(bytes, i);
  if (newline === undefined) return undefined;
  const text = new Utf8Text(bytes);
  const delimiter = guessDelimiter(text.text(i, delimiterSampleEnd(bytes, i), false)).charCodeAt(0);
  const crlf = newline === "\r\n";
  const newlineByte = newline === "\n" ? LF : CR;
  const newlineLength = newline.length;

  const rows = grid.rows as string[][];
  const tables: ByteCellTable[] = [];
  const cells: string[] = [];
  let count = 0;
  for (;;) {
    // One field from i.
    let value: string;
    let atEnd: boolean;
    let endsRow: boolean;
    const table = (tables[count] ??= new ByteCellTable(bytes, text));
    if (i < n && bytes[i] === QUOTE) {
      const start = ++i;
      let ascii = true;
      let escaped = false;
      for (;;) {
        if (i >= n) return undefined; // never closed: papaparse takes the rest of the file, unescaped
        const b = bytes[i];
        if (b === QUOTE) {
          if (i + 1 < n && bytes[i + 1] === QUOTE) {
            escaped = true;
            i += 2;
            continue;
          }
          break;
        }
        if (b < 0x80) i++;
        else {
          const length = utf8SequenceLength(bytes, i, n);
          if (length === 0) return undefined;
          ascii = false;
          i += length;
        }
      }
      const end = i++;
      if (i >= n) {
        atEnd = true;
        endsRow = true;
      } else if (bytes[i] === delimiter) {
        atEnd = false;
        endsRow = false;
      } else if (bytes[i] === newlineByte && (!crlf || (i + 1 < n && bytes[i + 1] === LF))) {
        atEnd = false;
        endsRow = true;
      } else return undefined; // text after the closing quote: papaparse reads on to a later quote
      value = escaped
        ? text.text(start, end, ascii).replace(/""/g, '"')
        : end - start > 1 && table.sharing
          ? table.text(start, end, ascii)
          : text.text(start, end, ascii);
    } else {
      const start = i;
      let ascii = true;
      for (; i < n;) {
        const b = bytes[i];
        if (b === delimiter) break;
        if (b === newlineByte && (!crlf || (i + 1 < n && bytes[i + 1] === LF))) break;
        if (b < 0x80) i++;
        else {
          const length = utf8SequenceLength(bytes, i, n);
          if (length === 0) return undefined;
          ascii = false;
          i += length;
        }
      }
      atEnd = i >= n;
      endsRow = atEnd || bytes[i] !== delimiter;
      value = i - start > 1 && table.sharing ? table.text(start, i, ascii) : text.text(start, i, ascii);
    }
    cells[count++] = value;
    if (atEnd) break;
    if (!endsRow) {
      i++;
      continue;
    }
    i += newlineLength;
    rows.push(cells.slice(0, count));
    count = 0;
  }
  rows.push(cells.slice(0, count));
  // The empty record after the last line end, which readCsv drops too.
  const last = rows[rows.length - 1];
  if (last.length === 1 && last[0] === "") rows.pop();
  return grid;
}

function startsWithBom(bytes: Uint8Array, i: number): boolean {
  return bytes[i] === 0xef && bytes[i + 1] === 0xbb && bytes[i + 2] === 0xbf;
}

/** guessNewline (csvLayout.ts) on the bytes: the line end of the first line break outside quotes. */
function guessNewlineOfBytes(bytes: Uint8Array, from: number): Newline | undefined {
  let quoted = false;
  for (let i = from; i < bytes.length; i++) {
    const b = bytes[i];
    if (b === QUOTE) quoted = !quoted;
    else if (!quoted && b === CR) return bytes[i + 1] === LF ? "\r\n" : "\r";
    else if (!quoted && b === LF) return "\n";
  }
  return undefined;
}

/**
 * Where the text guessDelimiter needs ends: after the first records (line ends outside quotes, as it counts them)
 * holding at least DELIMITER_SAMPLE_LINES with a printable ASCII character, surely not blank — the records it
 * looks at are all whole in it. Always at a line end or the end of the file, so never inside a character.
 */
function delimiterSampleEnd(bytes: Uint8Array, from: number): number {
  let quoted = false;
  let lines = 0;
  let printable = false;
  for (let i = from; i < bytes.length; i++) {
    const b = bytes[i];
    if (b === QUOTE) {
      quoted = !quoted;
      printable = true;
    } else if (!quoted && (b === CR || b === LF)) {
      if (printable && ++lines >= DELIMITER_SAMPLE_LINES) return i;
      printable = false;
    } else if (b > 0x20 && b < 0x7f) printable = true;
  }
  return bytes.length;
}

/**
 * The length of the well-formed UTF-8 sequence starting at `i` with a byte ≥ 0x80 (Unicode's table 3-7, as a fatal
 * TextDecoder checks it), 0 when it is not one. A file with such bytes is not UTF-8 (decodeText takes it as
 * GB18030).
 */
function utf8SequenceLength(bytes: Uint8Array, i: number, n: number): number {
  const lead = bytes[i];
  if (lead >= 0xc2 && lead <= 0xdf) return i + 1 < n && isContinuation(bytes[i + 1]) ? 2 : 0;
  if (lead >= 0xe0 && lead <= 0xef) {
    if (i + 2 >= n) return 0;
    const second = bytes[i + 1];
    const low = lead === 0xe0 ? 0xa0 : 0x80;
    const high = lead === 0xed ? 0x9f : 0xbf;
    return second >= low && second <= high && isContinuation(bytes[i + 2]) ? 3 : 0;
  }
  if (lead >= 0xf0 && lead <= 0xf4) {
    if (i + 3 >= n) return 0;
    const second = bytes[i + 1];
    const low = lead === 0xf0 ? 0x90 : 0x80;
    const high = lead === 0xf4 ? 0x8f : 0xbf;
    return second >= low && second <= high && isContinuation(bytes[i + 2]) && isContinuation(bytes[i + 3]) ? 4 : 0;
  }
  return 0;
}

function isContinuation(byte: number): boolean {
  return byte >= 0x80 && byte <= 0xbf;
}
