import type { Finding } from "../core/findings/finding";
import {
  findingMessage as importedFindingMessage,
  messageShapeOf as importedMessageShapeOf,
  shapeParamText as importedShapeParamText,
  type MessageShape,
} from "../core/findings/localizeFinding";
import { FINDING_REGISTRY } from "../core/findings/findingRegistry";
import type { FindingSpec } from "../core/findings/findingSpec";
import type { Lang } from "../i18n";
import {
  asciiBytes,
  JsonBytes,
  putAscii as importedPutAscii,
  putNumber as importedPutNumber,
  putString as importedPutString,
  putStringBody as importedPutStringBody,
} from "./jsonBytes";
import { checkJsonFinding, type CheckJson } from "./toCheckJson";

/** Where the JSON goes: as text, or as UTF-8 bytes when the output takes them (the command line's does). */
export interface JsonOutput {
  text(text: string): void;
  /** True when done with the bytes once it returns (nothing kept): the writer may then reuse them. */
  bytes?(bytes: Uint8Array): boolean | void;
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
  const json = new JsonBytes(
    output.bytes ??
      ((bytes) => {
        output.text(decoder.decode(bytes, { stream: true }));
        return true; // decoded: the decoder keeps a copy of an unfinished character, not the bytes
      }),
  );
  json.text(outline.slice(0, at) + '\n  "findings": [');
  if (analysis) {
    const { findings, lang } = analysis;
    const shapes = new Map<MessageShape, ShapeBytes | null>();
    // The findings come sorted by code: the shape of the last code is kept while its findings follow (a code whose
    // message has no variants has one shape per language).
    let lastCode: string | undefined;
    let lastBytes: ShapeBytes | null = null;
    for (let i = 0; i < findings.length; i++) {
      const finding = findings[i];
      const { code, severity, rows, ids, field, sheet } = finding;
      let bytes: ShapeBytes | null | undefined;
      if (code === lastCode) bytes = lastBytes;
      else {
        const shape = messageShapeOf(finding, lang);
        bytes = shape && shapes.get(shape);
        if (shape && bytes === undefined) shapes.set(shape, (bytes = shapeBytesOf(shape)));
        bytes ??= null;
        const spec: FindingSpec | undefined = registry[code];
        lastCode = spec !== undefined && spec.variantOf === undefined ? code : undefined;
        lastBytes = bytes;
      }
      if (bytes) writeFinding(json, i, code, severity, rows, ids, field, sheet, undefined, finding, bytes);
      else writeFinding(json, i, code, severity, rows, ids, field, sheet, findingMessage(finding, lang));
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
const putStringBody = importedPutStringBody;
const findingMessage = importedFindingMessage;
const messageShapeOf = importedMessageShapeOf;
const shapeParamText = importedShapeParamText;
const registry = FINDING_REGISTRY;

/**
 * A message shape's text between its placeholders as the bytes `JSON.stringify` writes for it inside the message's
 * string (escaped, UTF-8), made once per shape: a finding's message is then written from these and its params'
 * texts, without the message made as a string (460,000 of them on a whole sheet).
 */
interface ShapeBytes {
  shape: MessageShape;
  /** For each even `i`, `shape.pieces[i]`'s bytes. */
  pieces: Uint8Array[];
  /** Their bytes together. */
  length: number;
}

const encoder = new TextEncoder();

/** Null when a piece holds a surrogate (escaped on its own it could differ from the joined message's escaping). */
function shapeBytesOf(shape: MessageShape): ShapeBytes | null {
  const pieces: Uint8Array[] = [];
  let length = 0;
  for (let i = 0; i < shape.pieces.length; i += 2) {
    const piece = shape.pieces[i];
    if (/[\ud800-\udfff]/.test(piece)) return null;
    const bytes = encoder.encode(JSON.stringify(piece).slice(1, -1));
    pieces[i] = bytes;
    length += bytes.length;
  }
  return { shape, pieces, length };
}

/** The texts of the params of the finding being written (reused: no list made per finding). */
const paramTexts: string[] = [];

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
  message: string | undefined,
  finding?: Finding,
  shaped?: ShapeBytes,
): void {
  let room = FINDING_FRAME_BYTES + 3 * (code.length + severity.length) + 20 * rows.length;
  if (message !== undefined) room += 3 * message.length;
  else {
    const { shape } = shaped!;
    room += shaped!.length;
    for (let k = 1; k < shape.pieces.length; k += 2) {
      const text = shapeParamText(shape, k, finding!);
      paramTexts[k] = text;
      room += 3 * text.length;
    }
  }
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
  if (p >= 0 && message !== undefined) p = putString(b, putAscii(b, p, MESSAGE), message);
  else if (p >= 0) p = putShapedMessage(b, putAscii(b, p, MESSAGE), shaped!);
  if (p >= 0) json.at = putAscii(b, p, CLOSE);
  else {
    const text = message ?? findingMessage(finding!, shaped!.shape.lang);
    writeFindingPieces(json, i, code, severity, rows, ids, field, sheet, text);
  }
}

/** The message as a JSON string from its shape's bytes and the params' texts ({@link paramTexts}); -1 to escape. */
function putShapedMessage(b: Uint8Array, p: number, shaped: ShapeBytes): number {
  const { pieces } = shaped;
  const count = shaped.shape.pieces.length;
  b[p++] = 0x22;
  p = putAscii(b, p, pieces[0]);
  for (let k = 1; k < count && p >= 0; k += 2) {
    p = putStringBody(b, p, paramTexts[k]);
    if (p >= 0) p = putAscii(b, p, pieces[k + 1]);
  }
  if (p < 0) return -1;
  b[p++] = 0x22;
  return p;
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
