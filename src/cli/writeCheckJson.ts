import type { Finding } from "../core/findings/finding";
import { findingMessage } from "../core/findings/localizeFinding";
import type { Lang } from "../i18n";
import { JsonBytes } from "./jsonBytes";
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

/** Finding number `i` of the list, written as `JSON.stringify` writes {@link checkJsonFinding}'s object there. */
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
