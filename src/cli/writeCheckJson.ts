import type { CheckJson } from "./toCheckJson";

/** Findings serialized per piece: small enough that no piece is a large string, big enough to be few calls. */
const FINDINGS_PER_PIECE = 2000;

/**
 * Writes `JSON.stringify(result, null, 2) + "\n"` — the same text, byte for byte — in pieces: the findings
 * a few thousand at a time. A whole sheet's check (a million rows, hundreds of thousands of findings) prints
 * some 200 MB of JSON; made as one string it took longer than the analysis and held twice its size in memory.
 */
export function writeCheckJson(result: CheckJson, write: (text: string) => void): void {
  const { findings } = result;
  if (findings.length <= FINDINGS_PER_PIECE) {
    write(JSON.stringify(result, null, 2) + "\n");
    return;
  }
  // The result with no findings, cut where they go: `"findings": []` on a line of its own at the top level
  // (a string value never holds a raw line break, so the cut cannot fall inside one).
  const outline = JSON.stringify({ ...result, findings: [] }, null, 2);
  const slot = '\n  "findings": []';
  const at = outline.indexOf(slot);
  if (at < 0 || outline.indexOf(slot, at + 1) >= 0) {
    write(JSON.stringify(result, null, 2) + "\n");
    return;
  }
  write(outline.slice(0, at) + '\n  "findings": [');
  // Each piece serialized as the value of a top-level key, so its findings come out indented as in the whole.
  const open = '{\n  "findings": [';
  const close = "\n  ]\n}";
  for (let from = 0; from < findings.length; from += FINDINGS_PER_PIECE) {
    const piece = JSON.stringify({ findings: findings.slice(from, from + FINDINGS_PER_PIECE) }, null, 2);
    write((from === 0 ? "" : ",") + piece.slice(open.length, piece.length - close.length));
  }
  write("\n  ]" + outline.slice(at + slot.length) + "\n");
}
