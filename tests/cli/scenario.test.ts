import { readFileSync } from "node:fs";
import { parseArgs } from "../../src/cli/parseArgs";
import { runCli } from "../../src/cli/runCli";
import { buildOrgModel } from "../../src/core/buildOrgModel";
import { openWorkbookFile } from "../../src/files/openWorkbookFile";
import { ENGLISH_POSITIONS, loadXlsx, makeTempDir, writeBytesFile, writeXlsxFile } from "../fixtures/workbookFiles";

const temp = makeTempDir();
afterAll(() => temp.remove());

async function run(...argv: string[]) {
  let stdout = "";
  let stderr = "";
  const status = await runCli(argv, {}, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) });
  return { status, stdout, stderr };
}

async function positionsOf(file: string, sheet: string) {
  const opened = await openWorkbookFile(new Uint8Array(readFileSync(file)), file);
  if (!opened.ok) throw new Error("unreadable");
  const read = await opened.source.readPositions({ sheet });
  if (!read.ok) throw new Error(read.problem.code);
  return buildOrgModel(read.grid).model.positions;
}

/** The user's sheet's cells, to show they never change. */
async function userCells(file: string): Promise<string> {
  const workbook = await loadXlsx(new Uint8Array(readFileSync(file)));
  const cells: unknown[] = [];
  workbook.getWorksheet("Positions")!.eachRow((row) => row.eachCell((cell) => cells.push([cell.address, cell.value])));
  return JSON.stringify(cells);
}

describe("orgwright scenario", () => {
  test("create, list and edit, each to a new file; the positions table never changes", async () => {
    const input = temp.file("org.xlsx");
    await writeXlsxFile(input, (workbook) => {
      const sheet = workbook.addWorksheet("Positions");
      ENGLISH_POSITIONS.forEach((row) => sheet.addRow(row));
    });
    const original = await userCells(input);
    const planned = temp.file("planned.xlsx");
    const created = await run("scenario", "create", input, "--name", "2026 reorg", "--out", planned);
    expect(created).toMatchObject({ status: 0, stderr: "" });
    expect(JSON.parse(created.stdout)).toMatchObject({
      out: planned,
      scenario: { sheetName: "Plan - 2026 reorg", title: "2026 reorg", source: "Positions" },
    });

    const listed = await run("scenario", "list", planned, "--format", "text");
    expect(listed.stdout).toMatch(/^Plan - 2026 reorg: “2026 reorg”, a copy of Positions made \d{4}-\d\d-\d\d\n$/);
    expect(JSON.parse((await run("scenario", "list", input)).stdout).scenarios).toEqual([]);

    const edited = temp.file("edited.xlsx");
    const result = await run(
      "scenario",
      "edit",
      planned,
      "--plan-sheet",
      "Plan - 2026 reorg",
      "--move",
      "P004",
      "--to",
      "P002",
      "--add-under",
      "P002",
      "--title",
      "Analyst",
      "--remove",
      "P003",
      "--status",
      "P004",
      "vacant",
      "--fte",
      "P002",
      "0.5",
      "--salary",
      "P001",
      "950000",
      "--out",
      edited,
    );
    expect(result).toMatchObject({ status: 0, stderr: "" });
    expect(JSON.parse(result.stdout).edits).toEqual([
      { kind: "move", id: "P004", cells: 1, rows: 0 },
      { kind: "add", id: "P002-1", cells: 0, rows: 1 },
      { kind: "remove", id: "P003", cells: 0, rows: 1 },
      { kind: "setStatus", id: "P004", cells: 2, rows: 0 },
      { kind: "setFte", id: "P002", cells: 1, rows: 0 },
      { kind: "setSalary", id: "P001", cells: 1, rows: 0 },
    ]);
    const plan = await positionsOf(edited, "Plan - 2026 reorg");
    expect(plan.map((p) => [p.id, p.reportsTo, p.status])).toEqual([
      ["P001", "", "filled"],
      ["P002", "P001", "filled"],
      ["P004", "P002", "vacant"],
      ["P002-1", "P002", "vacant"],
    ]);
    expect(plan.find((p) => p.id === "P002")?.fte).toBe(0.5);
    expect(plan.find((p) => p.id === "P001")?.baseSalary).toBe(950000);
    for (const file of [input, planned, edited]) expect(await userCells(file)).toBe(original);
  });

  test("a refused edit says why (in the user's language) and writes nothing", async () => {
    const input = temp.file("cycle.xlsx");
    await writeXlsxFile(input, (workbook) => {
      const sheet = workbook.addWorksheet("Positions");
      ENGLISH_POSITIONS.forEach((row) => sheet.addRow(row));
    });
    const planned = temp.file("cycle-plan.xlsx");
    await run("scenario", "create", input, "--name", "A", "--out", planned);
    const out = temp.file("never.xlsx");
    const refused = await run(
      "scenario",
      "edit",
      planned,
      "--plan-sheet",
      "Plan - A",
      "--move",
      "P001",
      "--to",
      "P003",
      "--out",
      out,
      "--lang",
      "zh-CN",
    );
    expect(refused.status).toBe(2);
    expect(refused.stderr).toBe("“P001”不能调到“P003”之下：“P003”（直接或间接）向“P001”汇报，组织会形成循环。\n");
    expect(() => readFileSync(out)).toThrow();
    // The user's own sheet is never edited.
    const own = await run("scenario", "edit", planned, "--plan-sheet", "Positions", "--remove", "P003", "--out", out);
    expect(own).toMatchObject({ status: 2 });
    expect(own.stderr).toContain("is not a scenario sheet Orgwright created");
  });

  test("a CSV becomes an .xlsx with its scenario", async () => {
    const csv = temp.file("org.csv");
    writeBytesFile(csv, ENGLISH_POSITIONS.map((row) => row.join(",")).join("\n"));
    const out = temp.file("from-csv.xlsx");
    expect(await run("scenario", "create", csv, "--name", "Lean", "--lang", "zh-CN", "--out", out)).toMatchObject({
      status: 0,
    });
    const workbook = await loadXlsx(new Uint8Array(readFileSync(out)));
    expect(workbook.worksheets.map((sheet) => sheet.name).slice(0, 2)).toEqual(["org", "方案：Lean"]);
  });

  test("arguments", () => {
    const problem = (...argv: string[]) => {
      const parsed = parseArgs(argv, "en");
      return parsed.ok ? undefined : parsed.problem.key;
    };
    expect(problem("scenario")).toBe("scenario.cli.error.noAction");
    expect(problem("scenario", "create", "a.xlsx", "--out", "b.xlsx")).toBe("scenario.cli.error.missingName");
    expect(problem("scenario", "create", "a.xlsx", "--name", "X")).toBe("scenario.cli.error.missingOut");
    expect(problem("scenario", "edit", "a.xlsx", "--plan-sheet", "P", "--out", "b.xlsx")).toBe(
      "scenario.cli.error.noEdit",
    );
    expect(problem("scenario", "edit", "a.xlsx", "--plan-sheet", "P", "--move", "A", "--out", "b.xlsx")).toBe(
      "scenario.cli.error.moveWithoutTo",
    );
    expect(problem("scenario", "edit", "a.xlsx", "--plan-sheet", "P", "--status", "A", "gone", "--out", "b.xlsx")).toBe(
      "scenario.cli.error.badStatus",
    );
    expect(problem("scenario", "edit", "a.xlsx", "--plan-sheet", "P", "--fte", "A", "--out", "b.xlsx")).toBe(
      "cli.error.missingValue",
    );
    expect(problem("scenario", "list", "a.xlsx", "--move", "A")).toBe("cli.error.unknownOption");
    const parsed = parseArgs(
      [
        "--lang",
        "zh-CN",
        "scenario",
        "edit",
        "a.xlsx",
        "--plan-sheet",
        "P",
        "--salary",
        "A",
        "none",
        "--out",
        "b.xlsx",
      ],
      "en",
    );
    expect(parsed).toMatchObject({
      lang: "zh-CN",
      ok: true,
      command: { action: "edit", edits: [{ kind: "setSalary", id: "A", baseSalary: null }] },
    });
  });

  test("the unknown-command message lists every command", async () => {
    const { status, stderr } = await run("frobnicate");
    expect(status).toBe(2);
    for (const command of ["check", "cost", "compare", "export", "sample", "scenario"])
      expect(stderr).toContain(command);
    expect((await run("--help")).stdout).toContain("scenario edit FILE --plan-sheet NAME");
  });
});
