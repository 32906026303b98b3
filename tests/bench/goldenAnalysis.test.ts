import { findingMessage } from "../../src/core/findings/localizeFinding";
/**
 * Golden digests of the whole analysis of generated orgs, so that work on speed cannot change what the analysis
 * says: the model (tree arrays, every position's fields, the typed columns), every finding (code, severity, rows,
 * ids, field, params), the checks' summaries and the coverage matrix, and apart from them the localized messages.
 * Two inputs: the generated grid as Excel hands it over (numbers and date serials as numbers) and the same org
 * read back from a CSV file (every cell text, as papaparse gives it).
 *
 * When a change is MEANT to change the analysis of these orgs (a new finding, a new rule, a reworded message),
 * check the new figures are right by other tests, then replace the digest below with the one the failure prints.
 */
import { createHash } from "node:crypto";
import { analyzeWorkbook, type WorkbookAnalysis } from "../../src/core/analyzeWorkbook";
import type { CellValue } from "../../src/core/cells/cell";
import type { SheetGrid } from "../../src/core/sheet/sheetGrid";
import { readCsv } from "../../src/files/readCsv";
import { generateOrg } from "../../bench/generateOrg";
import { orgCsvText } from "../../bench/writeOrgCsv";

const SIZE = 10_000;

function digest(value: unknown): string {
  const json = JSON.stringify(value, (_key, v: unknown) =>
    ArrayBuffer.isView(v) ? Array.from(v as unknown as ArrayLike<number>) : v,
  );
  return createHash("sha256").update(json).digest("hex").slice(0, 16);
}

/** Everything the analysis says but the messages. */
function structureOf(analysis: WorkbookAnalysis): unknown {
  const { model, findings, columns, accounting, checks, coverage, catalogue } = analysis;
  return {
    columns,
    accounting,
    tree: [model.parent, model.layer, model.childStart, model.childIndex, model.roots, model.layerCount],
    dottedLines: model.dottedLines,
    positions: model.positions.map((position) => JSON.stringify(position)),
    positionColumns: model.positionColumns,
    findings: findings.map((finding) => ({ ...finding, message: undefined })),
    checks: { spans: checks.spans, layers: checks.layers, span: checks.span },
    coverage,
    catalogue: catalogue.source,
  };
}

function figures(grid: SheetGrid): { structure: string; en: string; zh: string } {
  const en = analyzeWorkbook({ positions: grid }, { lang: "en" });
  const zh = analyzeWorkbook({ positions: grid }, { lang: "zh-CN" });
  return {
    structure: digest(structureOf(en)),
    en: digest(en.findings.map((finding) => findingMessage(finding, "en"))),
    zh: digest(zh.findings.map((finding) => findingMessage(finding, "zh-CN"))),
  };
}

/** The same org with problems of every kind sprinkled over it, deterministically (one row in 20 or so). */
function withProblems(grid: SheetGrid): SheetGrid {
  const rows = grid.rows.map((row) => [...row]);
  const [id, reportsTo, name, title, , , , , grade, fte, salary, start, status] = [...Array(14).keys()];
  const edits: ((row: CellValue[], r: number) => void)[] = [
    (row) => (row[fte] = "abc"),
    (row) => (row[salary] = " 1,200.50 "),
    (row) => (row[salary] = "12万"),
    (row) => (row[start] = "2024/3/1"),
    (row) => (row[start] = "31/12/2019"),
    (row) => (row[start] = "not a date"),
    (row) => (row[reportsTo] = { error: "#N/A" }),
    (row) => (row[fte] = { error: "#DIV/0!" }),
    (row) => (row[id] = ""),
    (row, r) => (row[id] = rows[r - 7][id]),
    (row) => (row[reportsTo] = "NOBODY"),
    (row) => (row[reportsTo] = row[id]),
    (row) => (row[name] = "Vacant"),
    (row) => (row[status] = "Planned"),
    (row) => (row[title] = ""),
    (row) => (row[grade] = "M9"),
    (row) => row.fill(""),
    (row) => (row[fte] = "  0.5 "),
    (row) => (row[salary] = "-3"),
    (row) => (row[start] = 45000.5),
  ];
  for (let r = 20, k = 0; r < rows.length; r += 19, k++) edits[k % edits.length](rows[r], r);
  // A reporting cycle.
  rows[30][reportsTo] = rows[31][id];
  rows[31][reportsTo] = rows[32][id];
  rows[32][reportsTo] = rows[30][id];
  return { ...grid, rows };
}

const EXPECTED = { structure: "11a6efbba7c15bb0", en: "23b6444e049248ba", zh: "2c24e842ff0e2d61" };
// With "31/12/2019" among its start dates the sheet writes dates day first: one DAY_FIRST_DATES info finding.
const EXPECTED_WITH_PROBLEMS = { structure: "b5257d77be62ec22", en: "e5ee70c0c3272739", zh: "d9d1ee9a67e1cf02" };

describe("the analysis of generated orgs (golden digests)", () => {
  const org = generateOrg(SIZE, 42);

  test("as Excel hands the rows over", () => {
    expect(figures(org.grid)).toEqual(EXPECTED);
  });

  test("read back from a CSV file", () => {
    expect(figures(readCsv(orgCsvText(org.grid), "Positions"))).toEqual(EXPECTED);
  });

  test("with problems of every kind", () => {
    expect(figures(withProblems(org.grid))).toEqual(EXPECTED_WITH_PROBLEMS);
  });
});
