/** Delimiters a spreadsheet's CSV or text export uses: comma, semicolon (European Excel), tab ("Unicode text"). */
export const CSV_DELIMITERS = [",", ";", "\t"] as const;

export type CsvDelimiter = (typeof CSV_DELIMITERS)[number];

/** How many lines are looked at to guess the delimiter. */
const SAMPLE_LINES = 10;

/**
 * The delimiter of a CSV text, from its first lines (quotes respected): the one that splits every
 * line into as many fields as the header, most fields first; else the one the header has most of;
 * comma when none appears.
 */
export function guessDelimiter(text: string): CsvDelimiter {
  const lines = sampleLines(text);
  if (lines.length === 0) return ",";
  let best: CsvDelimiter = ",";
  let bestScore = 0;
  for (const delimiter of CSV_DELIMITERS) {
    const counts = lines.map((line) => countOutsideQuotes(line, delimiter));
    if (counts[0] === 0) continue;
    const consistent = counts.every((count) => count === counts[0]);
    const score = (consistent ? 1_000_000 : 0) + counts[0];
    if (score > bestScore) {
      best = delimiter;
      bestScore = score;
    }
  }
  return best;
}

/** The line end of the first line break outside quotes; undefined for a single line. */
export function guessNewline(text: string): "\r\n" | "\n" | "\r" | undefined {
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === "\r") return text[i + 1] === "\n" ? "\r\n" : "\r";
    else if (!quoted && ch === "\n") return "\n";
  }
  return undefined;
}

/** The first non-blank records of the text (a quoted line break does not end a record). */
function sampleLines(text: string): string[] {
  const lines: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i <= text.length && lines.length < SAMPLE_LINES; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (i === text.length || (!quoted && (ch === "\n" || ch === "\r"))) {
      const line = text.slice(start, i);
      if (line.trim() !== "") lines.push(line);
      start = i + 1;
    }
  }
  return lines;
}

function countOutsideQuotes(line: string, delimiter: string): number {
  let count = 0;
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === delimiter) count++;
  }
  return count;
}
