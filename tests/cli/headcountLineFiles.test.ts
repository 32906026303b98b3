import { readFileSync } from "node:fs";
import { runCli } from "../../src/cli/runCli";
import type { CheckJson } from "../../src/cli/toCheckJson";
import type { CostJson } from "../../src/core/cost/costJson";
import { UK_JUNIOR_HEADER, UK_JUNIOR_ROWS, UK_ORGANOGRAM_HEADER, UK_ORGANOGRAM_ROWS } from "../fixtures/ukOrganogram";
import { makeTempDir, writeBytesFile, writeXlsxFile } from "../fixtures/workbookFiles";

const temp = makeTempDir();
afterAll(() => temp.remove());

async function run(argv: string[]) {
  let stdout = "";
  let stderr = "";
  const status = await runCli(argv, {}, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) });
  return { status, stdout, stderr };
}

function csvOf(rows: (string | number)[][]): string {
  const quote = (cell: string | number) =>
    /[",\n]/.test(String(cell)) ? `"${String(cell).replace(/"/g, '""')}"` : String(cell);
  return rows.map((row) => row.map(quote).join(",")).join("\r\n") + "\r\n";
}

describe("orgwright check/cost FILE LINES…: headcount lines in a second file join the first file's org", () => {
  let senior = "";
  let junior = "";
  beforeAll(async () => {
    senior = temp.file("senior.xlsx");
    await writeXlsxFile(senior, (workbook) => {
      workbook.addWorksheet("Senior").addRows([UK_ORGANOGRAM_HEADER, ...UK_ORGANOGRAM_ROWS]);
    });
    junior = temp.file("junior.csv");
    writeBytesFile(junior, csvOf([UK_JUNIOR_HEADER, ...UK_JUNIOR_ROWS]));
  });

  test("check: the lines are positions under their senior posts, counted in the spans; findings name the junior file's rows", async () => {
    const alone = JSON.parse((await run(["check", senior])).stdout) as CheckJson;
    const { status, stdout, stderr } = await run(["check", senior, junior]);
    expect({ status, stderr }).toEqual({ status: 0, stderr: "" });
    const result = JSON.parse(stdout) as CheckJson;
    expect(result.accounting.rowsRead).toBe(alone.accounting.rowsRead + 3);
    expect(result.positions).toBe(alone.positions + 3);
    // 3 EOs, 3 people for 2.5 FTE of HEOs and 1 AO: 7 more in the pyramid, 6.5 more FTE.
    const people = (json: CheckJson) => json.layerPyramid.reduce((sum, layer) => sum + layer.positions, 0);
    const fte = (json: CheckJson) => json.layerPyramid.reduce((sum, layer) => sum + layer.fte, 0);
    expect(people(result)).toBe(people(alone) + 7);
    expect(fte(result)).toBeCloseTo(fte(alone) + 6.5, 6);
    expect(result.spans.widest).toBeGreaterThanOrEqual(4);
    const unknown = result.findings.filter((finding) => finding.code === "UNKNOWN_MANAGER");
    expect(unknown).toMatchObject([{ sheet: "junior", rows: [4] }]);
    expect(unknown[0].message).toContain("“ZZ9”");
    expect(result.findings.filter((finding) => finding.code === "LINE_ID_GENERATED")).toHaveLength(3);
  });

  test("cost: each line is a position of the JSON with its posts, costed at its pay scale", async () => {
    const { status, stdout } = await run(["cost", senior, junior, "--year", "2025"]);
    expect(status).toBe(0);
    const json = JSON.parse(stdout) as CostJson;
    const eo = json.positions.find((position) => position.id === "DG1/Executive Officer/junior!2")!;
    expect(eo).toMatchObject({ posts: 3, fte: 3 });
    // Mid point of 28,000–32,000 × 3 posts = 90,000 a year in pay, plus the UK's default on-costs (no Location: none).
    expect(eo.months[0].pay).toBe(7500);
  });

  test("a further file without a table of headcount lines is an error, not silently left out", async () => {
    const { status, stderr } = await run(["check", senior, senior, "--lang", "en"]);
    expect(status).toBe(2);
    expect(stderr).toContain("has no table of headcount lines");
  });

  test("export: a workbook's second sheet of lines is drawn, each line one card “3 × …”", async () => {
    const both = temp.file("organogram.xlsx");
    await writeXlsxFile(both, (workbook) => {
      workbook.addWorksheet("Senior").addRows([UK_ORGANOGRAM_HEADER, ...UK_ORGANOGRAM_ROWS]);
      workbook.addWorksheet("Junior").addRows([UK_JUNIOR_HEADER, ...UK_JUNIOR_ROWS]);
    });
    const svg = temp.file("organogram.svg");
    const { status, stderr } = await run(["export", both, "--out", svg, "--lang", "en"]);
    expect({ status, stderr }).toEqual({ status: 0, stderr: "" });
    const drawn = readFileSync(svg, "utf8");
    expect(drawn).toContain("3 × Executive Officer");
    expect(drawn).toContain("3 × Higher Executive Officer"); // 2.5 posts in FTE: at least 3 people
  });
});
