import assert from "node:assert";
import type { CheckJson, CheckJsonFinding } from "../../src/cli/toCheckJson";
import { writeCheckJson } from "../../src/cli/writeCheckJson";
import type { Finding, FindingParams } from "../../src/core/findings/finding";
import { FINDING_CODES, FINDING_REGISTRY, type ParamFormat } from "../../src/core/findings/findingRegistry";
import { findingMessage } from "../../src/core/findings/localizeFinding";

/** Texts JSON.stringify writes its own way: quotes, backslashes, control characters, lone and paired surrogates. */
const AWKWARD = [
  '"quoted" \n',
  "back\\slash\t",
  "\u0001\u001f\u007f",
  "lone \ud800 high",
  "lone \udfff low",
  "😀 pair",
  "é ü 部门 ©",
];

/** A result shaped like `check`'s, with `count` findings (their text made to need escaping). */
function resultWith(count: number): CheckJson {
  const findings: CheckJsonFinding[] = Array.from({ length: count }, (_, i) => ({
    code: "LAYERS_EXCEEDED",
    severity: "warning",
    rows: i % 7 === 0 ? [] : [i + 2, i + 3, 2 ** 31 + i, 0.5 * i, -i],
    ids: i % 5 === 0 ? [] : [`P${i}`, AWKWARD[i % AWKWARD.length]],
    ...(i % 3 === 0 ? { field: "reportsTo" as const } : {}),
    ...(i % 4 === 0 ? { sheet: `Sheet ${AWKWARD[i % AWKWARD.length]}` } : {}),
    message: `“Title ${i}” is on layer 11; "findings": [] {\n} 部门 ${AWKWARD[(i + 3) % AWKWARD.length]}`,
  }));
  return {
    file: 'a "findings": [] file.csv',
    sheet: "Positions",
    table: null,
    headerRow: 1,
    columns: { id: "Position ID" },
    missingColumns: [],
    rowsRead: count,
    positions: count,
    roots: ["P0"],
    layers: 3,
    accounting: { rowsRead: count, positions: count, rowsOnlyInFindings: 0, blankRowsSkipped: 0 },
    spans: {} as CheckJson["spans"],
    layerPyramid: [],
    coverage: { catalogue: "default", catalogueSheet: null, departments: ["研发"], capabilities: [], unknown: [] },
    summary: { error: 0, warning: count, info: 0 },
    findings,
    report: { file: "out.xlsx", sheets: ["Org checks"] },
    lang: "en",
  };
}

/** What was written as text (each piece decoded as it came) and as bytes (decoded once at the end). */
function written(
  result: CheckJson,
  findings?: Finding[],
  lang: "en" | "zh-CN" = "zh-CN",
): { text: string; bytes: string; pieces: number } {
  const pieces: string[] = [];
  writeCheckJson(result, { text: (text) => pieces.push(text) }, findings && { findings, lang });
  const chunks: Buffer[] = [];
  writeCheckJson(
    result,
    {
      text: (text) => chunks.push(Buffer.from(text)),
      bytes: (bytes) => {
        chunks.push(Buffer.from(bytes));
      },
    },
    findings && { findings, lang },
  );
  return { text: pieces.join(""), bytes: Buffer.concat(chunks).toString("utf8"), pieces: pieces.length };
}

describe("writeCheckJson", () => {
  test.each([0, 1, 7, 1999, 2000, 2001, 6543])("writes what JSON.stringify writes, with %d findings", (count) => {
    const result = resultWith(count);
    const expected = JSON.stringify(result, null, 2) + "\n";
    const { text, bytes } = written(result);
    expect(text).toBe(expected);
    expect(bytes).toBe(expected);
  });

  test("writes many findings in pieces of bytes, none of them the whole", () => {
    const { text, pieces } = written(resultWith(40_000));
    expect(pieces).toBeGreaterThan(5);
    expect((JSON.parse(text) as CheckJson).findings).toHaveLength(40_000);
  });

  test("chunks are written over only when the output says it is done with them", () => {
    const result = resultWith(40_000);
    const expected = JSON.stringify(result, null, 2) + "\n";
    // Kept as handed over (no copy) and not declared done: every chunk must be a chunk of its own.
    const kept: Uint8Array[] = [];
    writeCheckJson(result, { text: () => assert.fail("bytes expected"), bytes: (bytes) => void kept.push(bytes) });
    expect(kept.length).toBeGreaterThan(5);
    expect(Buffer.concat(kept).toString("utf8")).toBe(expected);
    // Copied and declared done: the same chunk comes back, written over, and the output is the same.
    const copies: Buffer[] = [];
    const seen = new Set<ArrayBufferLike>();
    writeCheckJson(result, {
      text: () => assert.fail("bytes expected"),
      bytes: (bytes) => {
        copies.push(Buffer.from(bytes));
        seen.add(bytes.buffer);
        return true;
      },
    });
    expect(copies.length).toBe(kept.length);
    expect(seen.size).toBeLessThan(copies.length);
    expect(Buffer.concat(copies).toString("utf8")).toBe(expected);
  });

  test("a finding larger than a piece (a million rows) is written whole", () => {
    const result = resultWith(3);
    result.findings[1].rows = Array.from({ length: 1_000_000 }, (_, i) => i + 2);
    const { text, bytes } = written(result);
    expect(text).toBe(JSON.stringify(result, null, 2) + "\n");
    expect(bytes).toBe(text);
  });

  test("the analysis's findings, each message made as it is written, read as the objects would", () => {
    const findings: Finding[] = Array.from({ length: 5000 }, (_, i) => ({
      code: i % 2 ? "UNKNOWN_MANAGER" : "MISSING_ID",
      severity: "error",
      rows: [i + 2],
      ids: i % 2 ? [AWKWARD[i % AWKWARD.length]] : [],
      ...(i % 2 ? { field: "reportsTo" as const } : {}),
      params: { row: i + 2, id: `P${i}`, manager: AWKWARD[i % AWKWARD.length] },
    }));
    const result = { ...resultWith(0), lang: "zh-CN" as const, summary: { error: 5000, warning: 0, info: 0 } };
    const expected = {
      ...result,
      findings: findings.map(({ code, severity, rows, ids, field }) => ({
        code,
        severity,
        rows,
        ids,
        ...(field ? { field } : {}),
        message: "",
      })),
    };
    expected.findings.forEach((finding, i) => (finding.message = findingMessage(findings[i], "zh-CN")));
    const { text, bytes } = written(result, findings);
    expect(text).toBe(JSON.stringify(expected, null, 2) + "\n");
    expect(bytes).toBe(text);
  });

  /** Param values of each format, plain and awkward (text JSON escapes, CJK, numbers Intl groups). */
  const VALUES: Record<ParamFormat, readonly (string | number)[]> = {
    text: ["Ops", "", 12345, ...AWKWARD],
    title: ["Analyst", "", ...AWKWARD],
    row: [10234, 7],
    integer: [12345, 3, 1_048_576],
    number: [1234.5678, 0.5],
    money: [1234.505, 12],
    percent: [0.255, 1],
    date: ["2026-01-31", "not a date"],
  };

  test.each(["en", "zh-CN"] as const)(
    "every code's message in %s written from its pieces reads as the message made whole",
    (lang) => {
      const findings: Finding[] = [];
      for (const code of FINDING_CODES) {
        const declared = Object.entries(FINDING_REGISTRY[code].params as Record<string, string>);
        for (let pick = 0; pick < 9; pick++) {
          const params: FindingParams = {};
          for (const [name, format] of declared) {
            const values = VALUES[format.replace("?", "") as ParamFormat];
            params[name] =
              name === "currency" ? ["USD", "CNY", "XYZ"][pick % 3] : values[(pick + name.length) % values.length];
          }
          findings.push({ code, severity: "warning", rows: [pick + 2], ids: [`P${pick}`], params });
        }
        findings.push({ code, severity: "info", rows: [], ids: [], params: {}, sheet: "Lines" });
      }
      const result = { ...resultWith(0), lang, summary: { error: 0, warning: findings.length, info: 0 } };
      const expected = {
        ...result,
        findings: findings.map((finding) => ({
          code: finding.code,
          severity: finding.severity,
          rows: finding.rows,
          ids: finding.ids,
          ...(finding.sheet !== undefined ? { sheet: finding.sheet } : {}),
          message: findingMessage(finding, lang),
        })),
      };
      const { text, bytes } = written(result, findings, lang);
      expect(text).toBe(JSON.stringify(expected, null, 2) + "\n");
      expect(bytes).toBe(text);
    },
  );
});
