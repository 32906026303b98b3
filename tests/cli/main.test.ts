/**
 * The real command line, as users run it: `tsx src/cli/main.ts …` in a child process. Each spawn
 * costs about a second, so only what needs the process (exit status, streams, environment) is here;
 * the rest is in runCli.test.ts.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { CheckJson } from "../../src/cli/toCheckJson";
import { loadXlsx, makeTempDir, writeBytesFile } from "../fixtures/workbookFiles";

jest.setTimeout(60_000);

const ROOT = join(__dirname, "..", "..");
/** d3-org-chart's sample (Oracle HR employees), a real export with foreign headers; see its SOURCE.md. */
const DATASET = join(ROOT, "tests", "fixtures", "datasets", "d3-org-chart-sample.csv");
const temp = makeTempDir();
afterAll(() => temp.remove());

function orgwright(args: string[], env: Record<string, string> = {}) {
  const inherited = { ...process.env };
  for (const name of ["LANG", "LC_ALL", "LC_MESSAGES"]) delete inherited[name];
  const result = spawnSync(join(ROOT, "node_modules/.bin/tsx"), ["src/cli/main.ts", ...args], {
    cwd: ROOT,
    env: { ...inherited, ...env },
    encoding: "utf8",
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("orgwright (the command line)", () => {
  (existsSync(DATASET) ? it : it.skip)(
    "checks a real export (d3-org-chart's sample) through the aliases, as JSON",
    () => {
      const { status, stdout, stderr } = orgwright(["check", DATASET]);
      expect({ status, stderr }).toEqual({ status: 0, stderr: "" });
      const result = JSON.parse(stdout) as CheckJson;
      expect(result).toMatchObject({
        file: DATASET,
        sheet: "d3-org-chart-sample",
        table: null,
        headerRow: 1,
        rowsRead: 107,
        positions: 107,
        roots: ["100"],
        missingColumns: [],
        accounting: { rowsRead: 107, positions: 107, rowsOnlyInFindings: 0, blankRowsSkipped: 0 },
        lang: "en",
      });
      expect(result.columns).toMatchObject({
        id: "id",
        reportsTo: "parentId",
        name: "name",
        baseSalary: "salary",
        department: "department_name",
        title: "position",
        // The export splits the holder's name: "name" is the given name beside "lastName".
        familyName: "lastName",
      });
      expect(result.layers).toBeGreaterThanOrEqual(3);
      expect(result.findings.filter((finding) => finding.severity === "error")).toEqual([]);
      for (const finding of result.findings)
        expect(Object.keys(finding)).toEqual(expect.arrayContaining(["code", "severity", "rows", "ids", "message"]));
    },
  );

  it("prints a Chinese text report with one line per finding", () => {
    const path = temp.file("岗位表.csv");
    writeBytesFile(
      path,
      "\ufeff岗位编号,汇报对象,岗位名称\r\nP1,,负责人\r\nP2,P1,组长\r\nP2,P1,重复\r\nP3,P9,专员\r\n",
    );
    const { status, stdout, stderr } = orgwright(["check", path, "--format", "text", "--lang", "zh-CN"]);
    expect({ status, stderr }).toEqual({ status: 0, stderr: "" });
    const lines = stdout.trimEnd().split("\n");
    expect(lines[0]).toBe(`${path}：工作表“岗位表”，表头在第 1 行`);
    expect(lines[1]).toBe("读取行数：4 · 岗位：4 · 顶层岗位：2 · 层级：2");
    const findingLines = lines.slice(lines.findIndex((line) => line.startsWith("发现的问题：")) + 1);
    expect(findingLines.some((line) => /^错误 DUPLICATE_ID 第 3-4 行：.*P2/.test(line))).toBe(true);
    expect(findingLines.some((line) => /^\S+ UNKNOWN_MANAGER 第 5 行：.*P9/.test(line))).toBe(true);
    expect(stdout).not.toMatch(/[A-Za-z]{4,} [a-z]{3,}/); // no English sentences
  });

  it("exits 2 with one localized line for a missing file", () => {
    const missing = temp.file("nowhere.xlsx");
    expect(orgwright(["check", missing], { LANG: "zh_CN.UTF-8" })).toEqual({
      status: 2,
      stdout: "",
      stderr: `文件“${missing}”不存在。\n`,
    });
  });

  it("exits 2 with one line for an unsupported file", () => {
    const path = temp.file("old.xls");
    writeBytesFile(path, new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]));
    expect(orgwright(["check", path], { LANG: "en_US.UTF-8" })).toEqual({
      status: 2,
      stdout: "",
      stderr: "“old.xls” is not an .xlsx or .csv file.\n",
    });
  });

  it("writes the sample as a real .xlsx that check then reads without errors", async () => {
    const out = temp.file("sample.xlsx");
    const written = orgwright(["sample", "--lang", "zh-CN", "--out", out]);
    expect(written.status).toBe(0);
    expect(written.stdout).toContain(out);

    const workbook = await loadXlsx(new Uint8Array(readFileSync(out)));
    expect(workbook.getWorksheet("岗位表")!.getTables()).toHaveLength(1);

    const { status, stdout, stderr } = orgwright(["check", out]);
    expect({ status, stderr }).toEqual({ status: 0, stderr: "" });
    const result = JSON.parse(stdout) as CheckJson;
    expect(result).toMatchObject({ sheet: "岗位表", table: "Positions", headerRow: 1, missingColumns: [] });
    expect(result.positions).toBeGreaterThanOrEqual(30);
    expect(result.positions).toBeLessThanOrEqual(40);
    expect(result.roots).toHaveLength(1);
    expect(result.findings.filter((finding) => finding.severity === "error")).toEqual([]);
  });
});
