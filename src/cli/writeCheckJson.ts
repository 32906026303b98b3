import type { Finding } from "../core/findings/finding";
import { findingMessage } from "../core/findings/localizeFinding";
import type { Lang } from "../i18n";
import {
  asciiBytes,
  JsonBytes,
  putAscii as importedPutAscii,
  putNumber as importedPutNumber,
  putString as importedPutString,
} from "./jsonBytes";
import { checkJsonFinding, type CheckJson } from "./toCheckJson";

/** Where the JSON goes: as text, or as UTF-8 bytes when the output takes them (the command line's does). */
export interface JsonOutput {
  text(text: string): void;
  bytes?(bytes: Uint8Array): void;
}

/**
 * Findings of the analysis to write as the result's `findings` (whose own list is then empty): each one written as
 * the JSON of its `CheckJsonFinding`, its message made in `lang` as it is written, no object made for it.
 */
export interface AnalysisFindings {
  findings: readonly Finding[];
  lang: Lang;
}

/**
 * Writes `JSON.stringify(result, null, 2) + "\n"` — the same text, byte for byte — with the findings written one by
 * one as UTF-8 bytes (see JsonBytes), from `result.findings` or from the analysis's own (`analysis`). A whole
 * sheet's check (a million rows, 460,000 findings) prints some 200 MB of JSON: made as one string it took longer
 * than the analysis and held twice its size in memory, and `JSON.stringify` of each finding's object cost seconds.
 */
export function writeCheckJson(result: CheckJson, output: JsonOutput, analysis?: AnalysisFindings): void {
  const count = analysis ? analysis.findings.length : result.findings.length;
  const outline = JSON.stringify(count === 0 ? result : { ...result, findings: [] }, null, 2);
  // Where the findings go: `"findings": []` on a line of its own at the top level (a string value never holds a
  // raw line break, so the cut cannot fall inside one).
  const slot = '\n  "findings": []';
  const at = count === 0 ? -1 : outline.indexOf(slot);
  if (count === 0 || at < 0 || outline.indexOf(slot, at + 1) >= 0) {
    output.text(count === 0 ? outline + "\n" : JSON.stringify(withFindings(result, analysis), null, 2) + "\n");
    return;
  }
  const decoder = new TextDecoder();
  const json = new JsonBytes(output.bytes ?? ((bytes) => output.text(decoder.decode(bytes, { stream: true }))));
  json.text(outline.slice(0, at) + '\n  "findings": [');
  if (analysis) {
    const { findings, lang } = analysis;
    for (let i = 0; i < findings.length; i++) {
      const { code, severity, rows, ids, field, sheet } = findings[i];
      writeFinding(json, i, code, severity, rows, ids, field, sheet, findingMessage(findings[i], lang));
    }
  } else {
    const { findings } = result;
    for (let i = 0; i < findings.length; i++) {
      const { code, severity, rows, ids, field, sheet, message } = findings[i];
      writeFinding(json, i, code, severity, rows, ids, field, sheet, message);
    }
  }
  json.text("\n  ]" + outline.slice(at + slot.length) + "\n");
  json.end();
}

/** The result with its findings as objects (the analysis's with their messages). */
function withFindings(result: CheckJson, analysis: AnalysisFindings | undefined): CheckJson {
  if (!analysis) return result;
  const findings = analysis.findings.map((finding) =>
    checkJsonFinding(finding, findingMessage(finding, analysis.lang)),
  );
  return { ...result, findings };
}

// Module-local copies: under tsx an imported binding read in a hot loop is a getter call.
const putAscii = importedPutAscii;
const putNumber = importedPutNumber;
const putString = importedPutString;

const OPEN_FIRST = asciiBytes('\n    {\n      "code": ');
const OPEN_NEXT = asciiBytes(',\n    {\n      "code": ');
const SEVERITY = asciiBytes(',\n      "severity": ');
const NO_ROWS = asciiBytes(',\n      "rows": [],\n      "ids": ');
const ROWS = asciiBytes(',\n      "rows": [\n        ');
const IDS = asciiBytes('\n      ],\n      "ids": ');
const NO_IDS = asciiBytes("[]");
const IDS_OPEN = asciiBytes("[\n        ");
const IDS_CLOSE = asciiBytes("\n      ]");
const FIELD = asciiBytes(',\n      "field": ');
const SHEET = asciiBytes(',\n      "sheet": ');
const MESSAGE = asciiBytes(',\n      "message": ');
const CLOSE = asciiBytes("\n    }");
/** Room for a finding's keys, punctuation and indentation, beyond its values. */
const FINDING_FRAME_BYTES = 200;

/**
 * Finding number `i` of the list, written as `JSON.stringify` writes {@link checkJsonFinding}'s object there: in one
 * go into room reserved for it, or (a value to escape, a row that is not a whole number) piece by piece.
 */
function writeFinding(
  json: JsonBytes,
  i: number,
  code: string,
  severity: string,
  rows: readonly number[],
  ids: readonly string[],
  field: string | undefined,
  sheet: string | undefined,
  message: string,
): void {
  let room = FINDING_FRAME_BYTES + 3 * (code.length + severity.length + message.length) + 20 * rows.length;
  for (let d = 0; d < ids.length; d++) room += 3 * ids[d].length + 12;
  if (field) room += 3 * field.length;
  if (sheet !== undefined) room += 3 * sheet.length;
  const b = json.reserve(room);
  let p = putAscii(b, json.at, i === 0 ? OPEN_FIRST : OPEN_NEXT);
  p = putString(b, p, code);
  if (p >= 0) p = putString(b, putAscii(b, p, SEVERITY), severity);
  if (p >= 0 && rows.length === 0) p = putAscii(b, p, NO_ROWS);
  else if (p >= 0) {
    p = putAscii(b, p, ROWS);
    for (let r = 0; r < rows.length && p >= 0; r++) p = putNumber(b, r > 0 ? putItemBreak(b, p) : p, rows[r]);
    if (p >= 0) p = putAscii(b, p, IDS);
  }
  if (p >= 0 && ids.length === 0) p = putAscii(b, p, NO_IDS);
  else if (p >= 0) {
    p = putAscii(b, p, IDS_OPEN);
    for (let d = 0; d < ids.length && p >= 0; d++) p = putString(b, d > 0 ? putItemBreak(b, p) : p, ids[d]);
    if (p >= 0) p = putAscii(b, p, IDS_CLOSE);
  }
  if (p >= 0 && field) p = putString(b, putAscii(b, p, FIELD), field);
  if (p >= 0 && sheet !== undefined) p = putString(b, putAscii(b, p, SHEET), sheet);
  if (p >= 0) p = putString(b, putAscii(b, p, MESSAGE), message);
  if (p >= 0) json.at = putAscii(b, p, CLOSE);
  else writeFindingPieces(json, i, code, severity, rows, ids, field, sheet, message);
}

/** `,\n        `: between two items of a finding's rows or IDs (2.3 million of each on a whole sheet). */
function putItemBreak(b: Uint8Array, p: number): number {
  b[p] = 0x2c;
  b[p + 1] = 0x0a;
  for (let q = p + 2; q < p + 10; q++) b[q] = 0x20;
  return p + 10;
}

/** {@link writeFinding} piece by piece, each value escaped as JSON.stringify escapes it. */
function writeFindingPieces(
  json: JsonBytes,
  i: number,
  code: string,
  severity: string,
  rows: readonly number[],
  ids: readonly string[],
  field: string | undefined,
  sheet: string | undefined,
  message: string,
): void {
  json.ascii(i === 0 ? '\n    {\n      "code": ' : ',\n    {\n      "code": ');
  json.string(code);
  json.ascii(',\n      "severity": ');
  json.string(severity);
  if (rows.length === 0) json.ascii(',\n      "rows": [],\n      "ids": ');
  else {
    json.ascii(',\n      "rows": [\n        ');
    for (let r = 0; r < rows.length; r++) {
      if (r > 0) json.ascii(",\n        ");
      json.number(rows[r]);
    }
    json.ascii('\n      ],\n      "ids": ');
  }
  if (ids.length === 0) json.ascii("[]");
  else {
    json.ascii("[\n        ");
    for (let d = 0; d < ids.length; d++) {
      if (d > 0) json.ascii(",\n        ");
      json.string(ids[d]);
    }
    json.ascii("\n      ]");
  }
  if (field) {
    json.ascii(',\n      "field": ');
    json.string(field);
  }
  if (sheet !== undefined) {
    json.ascii(',\n      "sheet": ');
    json.string(sheet);
  }
  json.ascii(',\n      "message": ');
  json.string(message);
  json.ascii("\n    }");
}
