import { runCli } from "../../src/cli/runCli";
import type { CheckJson } from "../../src/cli/toCheckJson";
import { SETTING_COLUMN_MAPPING } from "../../src/core/sheet/workbookSource";
import { FileWorkbookSource } from "../../src/files/fileWorkbookSource";
import { ENGLISH_POSITIONS, makeTempDir, writeBytesFile, writeXlsxFile } from "../fixtures/workbookFiles";
import { writeFileSync } from "node:fs";

const temp = makeTempDir();
afterAll(() => temp.remove());

async function run(argv: string[], env: Record<string, string> = {}) {
  let stdout = "";
  let stderr = "";
  const status = await runCli(argv, env, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) });
  return { status, stdout, stderr };
}

async function check(name: string, csv: string, ...options: string[]): Promise<CheckJson> {
  const path = temp.file(name);
  writeBytesFile(path, csv);
  const { status, stdout, stderr } = await run(["check", path, ...options]);
  expect({ status, stderr }).toEqual({ status: 0, stderr: "" });
  return JSON.parse(stdout) as CheckJson;
}

const codes = (result: CheckJson) => result.findings.map((finding) => finding.code);

describe("runCli(['check', file]) on broken tables", () => {
  it("reports a reporting cycle as CYCLE, with its rows, and still exits 0", async () => {
    const result = await check(
      "cycle.csv",
      "Position ID,Reports To,Title\nP1,,Head\nP2,P4,Lead\nP3,P2,Analyst\nP4,P3,Analyst\n",
    );
    const cycle = result.findings.find((finding) => finding.code === "CYCLE");
    expect(cycle).toMatchObject({ severity: "error", rows: [3, 4, 5] });
    expect([...cycle!.ids].sort()).toEqual(["P2", "P3", "P4"]);
    expect(result.positions).toBe(4);
  });

  it("reports a duplicate ID as DUPLICATE_ID", async () => {
    const result = await check("duplicate.csv", "Position ID,Reports To\nP1,\nP2,P1\nP2,P1\n");
    expect(result.findings.find((finding) => finding.code === "DUPLICATE_ID")).toMatchObject({
      rows: [3, 4],
      ids: ["P2"],
    });
    expect(result).toMatchObject({ rowsRead: 3, positions: 2 });
  });

  it("reports a manager who is not in the table as UNKNOWN_MANAGER", async () => {
    const result = await check("unknown.csv", "Position ID,Reports To\nP1,\nP2,P9\n");
    expect(result.findings.find((finding) => finding.code === "UNKNOWN_MANAGER")).toMatchObject({
      rows: [3],
      ids: ["P2"],
    });
  });

  it("reports a missing Reports To column as MISSING_COLUMN; --map fixes it", async () => {
    const csv = "Position ID,Manager No.,Title\nP1,,Head\nP2,P1,Lead\n";
    const missing = await check("missing.csv", csv);
    expect(codes(missing)).toEqual(["MISSING_COLUMN"]);
    expect(missing.findings[0]).toMatchObject({ severity: "error", field: "reportsTo" });
    expect(missing).toMatchObject({ missingColumns: ["reportsTo"], positions: 0 });

    for (const field of ["reportsTo", "Reports To", "汇报对象"]) {
      const mapped = await check("missing.csv", csv, "--map", `${field}=Manager No.`);
      expect(mapped).toMatchObject({ missingColumns: [], positions: 2, roots: ["P1"], layers: 2 });
      expect(mapped.columns.reportsTo).toBe("Manager No.");
      // The table is read: no data problem is left (the org checks still speak about spans).
      expect(mapped.summary.error).toBe(0);
    }
  });

  it("applies the column mapping saved in the workbook, and --map wins over it", async () => {
    const source = FileWorkbookSource.fromSheetSpecs("saved.xlsx", [
      {
        name: "Org",
        columns: [{ header: "Seat" }, { header: "Boss" }, { header: "Other Boss" }],
        rows: [
          ["S1", null, "S2"],
          ["S2", "S1", null],
        ],
      },
    ]);
    await source.writeSetting(SETTING_COLUMN_MAPPING, JSON.stringify({ id: "Seat", reportsTo: "Boss" }));
    const path = temp.file("saved.xlsx");
    writeFileSync(path, await source.toXlsx());

    const saved = JSON.parse((await run(["check", path])).stdout) as CheckJson;
    expect(saved).toMatchObject({ columns: { id: "Seat", reportsTo: "Boss" }, roots: ["S1"], summary: { error: 0 } });
    const overridden = JSON.parse((await run(["check", path, "--map", "reportsTo=Other Boss"])).stdout) as CheckJson;
    expect(overridden).toMatchObject({ columns: { id: "Seat", reportsTo: "Other Boss" }, roots: ["S2"] });
  });
});

describe("runCli(['check', file.xlsx])", () => {
  it("reads the sheet named by --sheet, and fails with one line for a sheet that is not there", async () => {
    const path = temp.file("two.xlsx");
    await writeXlsxFile(path, (workbook) => {
      workbook.addWorksheet("Positions").addRows(ENGLISH_POSITIONS);
      workbook.addWorksheet("Old").addRows([
        ["Position ID", "Reports To"],
        ["X1", ""],
      ]);
    });
    const picked = JSON.parse((await run(["check", path])).stdout) as CheckJson;
    expect(picked).toMatchObject({ sheet: "Positions", positions: 4 });
    const old = JSON.parse((await run(["check", path, "--sheet", "Old"])).stdout) as CheckJson;
    expect(old).toMatchObject({ sheet: "Old", positions: 1, roots: ["X1"] });
    expect(await run(["check", path, "--sheet", "Nope"])).toEqual({
      status: 2,
      stdout: "",
      stderr: "There is no sheet named “Nope”.\n",
    });
    expect((await run(["check", path, "--sheet", "Nope"], { LANG: "zh_CN.UTF-8" })).stderr).toBe(
      "没有名为“Nope”的工作表。\n",
    );
  });

  it("fails with one line naming the file for a corrupt workbook", async () => {
    const path = temp.file("corrupt.xlsx");
    writeBytesFile(path, "PK\u0003\u0004 not really a zip");
    const { status, stdout, stderr } = await run(["check", path]);
    expect({ status, stdout }).toEqual({ status: 2, stdout: "" });
    expect(stderr).toMatch(/^“corrupt\.xlsx” could not be read as a workbook: .+\n$/);
    expect(stderr.split("\n")).toHaveLength(2);
  });

  it("fails with one line for a folder", async () => {
    const { status, stderr } = await run(["check", temp.path + "/"], { LANG: "en_US.UTF-8" });
    expect(status).toBe(2);
    expect(stderr.trimEnd().split("\n")).toHaveLength(1);
  });
});

describe("runCli(argv) arguments", () => {
  it("prints the help in the language asked for, with exit 0", async () => {
    const en = await run(["--help"]);
    expect(en.status).toBe(0);
    expect(en.stdout).toContain("Usage: orgwright check");
    expect(en.stdout).toContain("reportsTo");
    const zh = await run(["--help", "--lang", "zh-CN"]);
    expect(zh.stdout).toContain("用法：orgwright check");
  });

  it("fails bad arguments with the reason and the usage, exit 2", async () => {
    const { status, stdout, stderr } = await run(["check", "a.csv", "--format", "xml"]);
    expect({ status, stdout }).toEqual({ status: 2, stdout: "" });
    const [reason, usage] = stderr.split("\n");
    expect(reason).toBe("“xml” is not an output format; use json or text.");
    expect(usage).toMatch(/^Usage: orgwright check/);
  });
});
