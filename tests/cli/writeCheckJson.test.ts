import type { CheckJson, CheckJsonFinding } from "../../src/cli/toCheckJson";
import { writeCheckJson } from "../../src/cli/writeCheckJson";

/** A result shaped like `check`'s, with `count` findings (their text made to need escaping). */
function resultWith(count: number): CheckJson {
  const findings: CheckJsonFinding[] = Array.from({ length: count }, (_, i) => ({
    code: "LAYERS_EXCEEDED",
    severity: "warning",
    rows: [i + 2, i + 3],
    ids: [`P${i}`, `"quoted" \n ${i}`],
    ...(i % 3 === 0 ? { field: "reportsTo" as const } : {}),
    message: `“Title ${i}” is on layer 11; "findings": [] {\n} 部门`,
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

function written(result: CheckJson): { text: string; pieces: number } {
  const pieces: string[] = [];
  writeCheckJson(result, (text) => pieces.push(text));
  return { text: pieces.join(""), pieces: pieces.length };
}

describe("writeCheckJson", () => {
  test.each([0, 1, 1999, 2000, 2001, 4000, 6543])("writes what JSON.stringify writes, with %d findings", (count) => {
    const result = resultWith(count);
    expect(written(result).text).toBe(JSON.stringify(result, null, 2) + "\n");
  });

  test("writes many findings in pieces, none of them the whole", () => {
    const { text, pieces } = written(resultWith(10_000));
    expect(pieces).toBeGreaterThan(5);
    expect((JSON.parse(text) as CheckJson).findings).toHaveLength(10_000);
  });
});
