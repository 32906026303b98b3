import { createHash } from "node:crypto";
import { readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import readXlsxFile from "read-excel-file/node";
import { runCli } from "../../src/cli/runCli";
import type { CheckJson } from "../../src/cli/toCheckJson";
import { SETTING_ORG_RULES } from "../../src/core/checks/orgRulesSetting";
import { operationsCenterWorkbook } from "../../src/core/sample/operationsCenterWorkbook";
import { FileWorkbookSource } from "../../src/files/fileWorkbookSource";
import { makeTempDir, writeBytesFile } from "../fixtures/workbookFiles";
import { cellElement, childText, openXlsxParts } from "../files/xlsxParts";

const temp = makeTempDir();
afterAll(() => temp.remove());

async function run(argv: string[], env: Record<string, string> = {}) {
  let stdout = "";
  let stderr = "";
  const status = await runCli(argv, env, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) });
  return { status, stdout, stderr };
}

/** The sample workbook (Positions, Departments) saved as .xlsx, with the rules given saved in it. */
async function sampleFile(name: string, rules?: string): Promise<string> {
  const source = FileWorkbookSource.fromSheetSpecs(name, operationsCenterWorkbook("en"));
  if (rules !== undefined) await source.writeSetting(SETTING_ORG_RULES, rules);
  const path = temp.file(name);
  writeFileSync(path, await source.toXlsx());
  return path;
}

const digest = (path: string) => createHash("sha256").update(readFileSync(path)).digest("hex");

describe("orgwright check --out report.xlsx", () => {
  it("writes a copy of the workbook with the Org checks and Coverage sheets; the input is untouched", async () => {
    const input = await sampleFile("sample.xlsx");
    const before = digest(input);
    const out = temp.file("report.xlsx");

    const { status, stdout, stderr } = await run(["check", input, "--out", out]);

    expect({ status, stderr }).toEqual({ status: 0, stderr: "" });
    expect(digest(input)).toBe(before);
    const result = JSON.parse(stdout) as CheckJson;
    expect(result.report).toEqual({ file: out, sheets: ["Org checks", "Coverage"] });
    const parts = await openXlsxParts(new Uint8Array(readFileSync(out)));
    expect(parts.sheetNames).toEqual(["Positions", "Departments", "Org checks", "Coverage", "_orgwright"]);
    const sheets = await readXlsxFile(readFileSync(out));
    const orgChecks = sheets.find((sheet) => sheet.sheet === "Org checks")!.data;
    expect(orgChecks[0][0]).toBe("Rows read 35 = positions 35 + rows only in findings 0");
    // The positions are copied as they were.
    const positions = sheets.find((sheet) => sheet.sheet === "Positions")!.data;
    expect(positions).toHaveLength(36);
    expect(positions[1][0]).toBe("OC-001");
  });

  it("gains spans, the layer pyramid and the coverage in the JSON, and each finding's sheet", async () => {
    const input = await sampleFile("json.xlsx");
    const result = JSON.parse((await run(["check", input])).stdout) as CheckJson;
    expect(result.layers).toBe(4);
    expect(result.layerPyramid.map((layer) => layer.layer)).toEqual([1, 2, 3, 4]);
    expect(result.layerPyramid.reduce((sum, layer) => sum + layer.positions, 0)).toBe(35);
    expect(result.spans.bands.map((band) => band.band)).toEqual(["1", "2–3", "4–7", "8–12", "13–16", "17+"]);
    expect(result.spans.bands.reduce((sum, band) => sum + band.managers, 0)).toBe(result.spans.managers);
    expect(result.coverage.catalogue).toBe("default");
    expect(result.coverage.departments).toHaveLength(9);
    const acquisition = result.coverage.capabilities.find((capability) => capability.key === "acquisition")!;
    expect(acquisition).toMatchObject({ en: "Acquisition", zh: "拉新", area: { en: "User ops", zh: "用户运营" } });
    // Only the departments that hold it, their FTE adding up to the total.
    const held = Object.values(acquisition.byDepartment);
    expect(held.length).toBeGreaterThan(0);
    expect(held.reduce((sum, cell) => sum + cell.filledFte, 0)).toBeCloseTo(acquisition.total.filledFte, 6);
    for (const cell of held) expect(cell.filledPositions + cell.vacantPositions).toBeGreaterThan(0);
    const support = result.findings.filter((finding) => finding.code === "SUPPORT_MISSING");
    expect(support.length).toBeGreaterThan(0);
    for (const finding of support) expect(finding.sheet).toBe("Departments");
    for (const finding of result.findings.filter((f) => f.code !== "SUPPORT_MISSING"))
      expect(finding.sheet).toBeUndefined();
  });

  it("copies a CSV file's rows into the report, linked from the findings", async () => {
    const input = temp.file("岗位表.csv");
    writeBytesFile(input, "Position ID,Reports To,Name\nP1,,Ann\nP2,P1,Bo\nP2,P1,Bo\nP3,P9,Di\n");
    const out = temp.file("csv-report.xlsx");
    const { status, stdout } = await run(["check", input, "--out", out, "--format", "text"]);
    expect(status).toBe(0);
    expect(stdout).toContain(`Wrote ${out}: a copy of ${input} with the sheets “Org checks”, “Coverage”.`);
    const parts = await openXlsxParts(new Uint8Array(readFileSync(out)));
    expect(parts.sheetNames.slice(0, 3)).toEqual(["岗位表", "Org checks", "Coverage"]);
    const sheets = await readXlsxFile(readFileSync(out));
    expect(sheets[0].data).toEqual([
      ["Position ID", "Reports To", "Name"],
      ["P1", null, "Ann"],
      ["P2", "P1", "Bo"],
      ["P2", "P1", "Bo"],
      ["P3", "P9", "Di"],
    ]);
    const orgChecks = await parts.sheet("Org checks");
    const rows = sheets.find((sheet) => sheet.sheet === "Org checks")!.data;
    const duplicate = rows.findIndex((row) => row[2] === "DUPLICATE_ID");
    expect(rows[duplicate].slice(5, 8)).toEqual(["岗位表", 3, 4]);
    expect(childText(cellElement(orgChecks, `G${duplicate + 1}`)!, "f")).toBe(`HYPERLINK("#'岗位表'!A3:A4",3)`);
  });

  it("refuses to write the report over the file being checked, however it is named (exit 2)", async () => {
    const input = await sampleFile("precious.xlsx");
    const before = digest(input);
    const link = join(temp.path, "link.xlsx");
    symlinkSync(input, link);
    for (const out of [input, `${temp.path}/./sub/../precious.xlsx`, link]) {
      const { status, stdout, stderr } = await run(["check", input, "--out", out]);
      expect({ status, stdout }).toEqual({ status: 2, stdout: "" });
      expect(stderr).toBe(
        `--out “${out}” is the file being checked; name a new file: the report goes into a copy, never into the file itself.\n`,
      );
    }
    expect((await run(["check", input, "--out", input], { LANG: "zh_CN.UTF-8" })).stderr).toMatch(
      /^--out “.*”就是被检查的文件/,
    );
    expect(digest(input)).toBe(before);
    expect((await run(["check", input, "--out", temp.file("report.csv")])).status).toBe(2);
  });
});

describe("orgwright check: the rules", () => {
  const strict = JSON.stringify({ maxLayers: 2 });

  it("applies the rules saved in the workbook", async () => {
    const saved = await sampleFile("strict.xlsx", strict);
    const plain = await sampleFile("plain.xlsx");
    const codes = async (path: string, ...options: string[]) =>
      (JSON.parse((await run(["check", path, ...options])).stdout) as CheckJson).findings.map(
        (finding) => finding.code,
      );
    expect(await codes(plain)).not.toContain("LAYERS_EXCEEDED");
    expect(await codes(saved)).toContain("LAYERS_EXCEEDED");

    // --rules wins over the saved rules.
    const rulesFile = temp.file("default-rules.json");
    writeFileSync(rulesFile, "\ufeff{}");
    expect(await codes(saved, "--rules", rulesFile)).not.toContain("LAYERS_EXCEEDED");
    const strictFile = temp.file("strict-rules.json");
    writeFileSync(strictFile, strict);
    expect(await codes(plain, "--rules", strictFile)).toContain("LAYERS_EXCEEDED");
  });

  it("fails with one line for a rules file that is missing or not JSON", async () => {
    const plain = await sampleFile("plain2.xlsx");
    const broken = temp.file("broken.json");
    writeFileSync(broken, "maxLayers: 2");
    const bad = await run(["check", plain, "--rules", broken]);
    expect({ status: bad.status, stdout: bad.stdout }).toEqual({ status: 2, stdout: "" });
    expect(bad.stderr).toMatch(/^“.*broken\.json” is not a rules file \(JSON\): .+\n$/);
    const missing = await run(["check", plain, "--rules", temp.file("none.json")]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/none\.json” does not exist\.\n$/);
  });
});
