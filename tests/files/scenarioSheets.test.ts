import type ExcelJS from "exceljs";
import { scenarioChanges } from "../../src/core/scenario/scenarioChanges";
import type { ScenarioEdit } from "../../src/core/scenario/scenarioEdit";
import { buildOrgModel } from "../../src/core/buildOrgModel";
import type { SheetGrid } from "../../src/core/sheet/sheetGrid";
import { FileWorkbookSource } from "../../src/files/fileWorkbookSource";
import { openWorkbookFile } from "../../src/files/openWorkbookFile";
import {
  CHINESE_POSITIONS,
  ENGLISH_POSITIONS,
  loadXlsx,
  makeTempDir,
  writeBytesFile,
  writeXlsxFile,
} from "../fixtures/workbookFiles";
import { elements, openXlsxParts } from "./xlsxParts";

const temp = makeTempDir();
afterAll(() => temp.remove());

async function open(bytes: Uint8Array, name: string): Promise<FileWorkbookSource> {
  const opened = await openWorkbookFile(bytes, name);
  if (!opened.ok) throw new Error(`could not open ${name}: ${opened.problem.code}`);
  return opened.source;
}

function buildPositions(workbook: ExcelJS.Workbook, rows = ENGLISH_POSITIONS): void {
  const sheet = workbook.addWorksheet("Positions");
  sheet.getCell("A1").value = "Org 2026 — positions";
  sheet.addTable({
    name: "tblPositions",
    ref: "A3",
    columns: rows[0].map((name) => ({ name: String(name), filterButton: true })),
    rows: rows.slice(1),
  });
}

/** Every cell of a sheet (value, formula, format) and its tables, to show it did not change. */
function snapshot(worksheet: ExcelJS.Worksheet): string {
  const cells: unknown[] = [];
  worksheet.eachRow({ includeEmpty: true }, (row) =>
    row.eachCell({ includeEmpty: true }, (cell) => cells.push([cell.address, cell.value, cell.numFmt])),
  );
  const tables = worksheet.getTables().map((table) => {
    const model = (table as unknown as { table: { name: string; ref: string; tableRef?: string } }).table;
    return [model.name, model.tableRef ?? model.ref];
  });
  return JSON.stringify({ cells, tables });
}

async function readGrid(source: FileWorkbookSource, sheet?: string): Promise<SheetGrid> {
  const read = await source.readPositions(sheet === undefined ? {} : { sheet });
  if (!read.ok) throw new Error(read.problem.code);
  return read.grid;
}

async function edit(source: FileWorkbookSource, sheet: string, scenarioEdit: ScenarioEdit) {
  const made = scenarioChanges(await readGrid(source, sheet), scenarioEdit, { lang: "en" });
  if (!made.ok) throw new Error(made.refusal.message);
  const applied = await source.applyScenarioChanges(sheet, made.changes);
  expect(applied).toEqual({ ok: true, hostUndo: false });
  return made;
}

describe("scenario sheets in a file (.xlsx written by exceljs)", () => {
  test("create, list, read, edit, undo and save: the user's table never changes", async () => {
    const bytes = await writeXlsxFile(temp.file("org.xlsx"), (workbook) => buildPositions(workbook));
    const source = await open(bytes, "org.xlsx");
    const userBefore = snapshot((await loadXlsx(bytes)).getWorksheet("Positions")!);

    const created = await source.createScenario({ title: "2026 reorg", lang: "en", created: "2026-12-07T05:00:00Z" });
    expect(created).toEqual({
      ok: true,
      scenario: {
        sheetName: "Plan - 2026 reorg",
        title: "2026 reorg",
        source: "Positions",
        created: "2026-12-07T05:00:00Z",
      },
    });
    // A second scenario of the same title goes beside it, never over it.
    const second = await source.createScenario({ title: "2026 reorg", lang: "en" });
    expect(second.ok && second.scenario.sheetName).toBe("Plan - 2026 reorg (2)");
    expect((await source.listScenarios()).map((s) => [s.sheetName, s.title])).toEqual([
      ["Plan - 2026 reorg", "2026 reorg"],
      ["Plan - 2026 reorg (2)", "2026 reorg"],
    ]);

    // Without a sheet, the positions are still the user's table; by name, the scenario's.
    expect((await readGrid(source)).sheetName).toBe("Positions");
    const plan = await readGrid(source, "Plan - 2026 reorg");
    expect(plan.tableName).toBe("Scenario_1");
    expect(plan.firstRow).toBe(3);
    expect(plan.rows[0]).toEqual([...ENGLISH_POSITIONS[0], "Status", "FTE"]);
    expect(plan.rows.slice(1).map((row) => row.slice(0, 6))).toEqual(
      ENGLISH_POSITIONS.slice(1).map((row) => row.map((cell) => (cell === "" ? null : cell))),
    );

    await edit(source, "Plan - 2026 reorg", { kind: "move", id: "P004", newManager: "P002" });
    const added = await edit(source, "Plan - 2026 reorg", {
      kind: "add",
      manager: "P002",
      fields: { title: "Analyst" },
    });
    expect(added.id).toBe("P002-1");
    const removed = await edit(source, "Plan - 2026 reorg", { kind: "remove", id: "P002" });
    await edit(source, "Plan - 2026 reorg", { kind: "setSalary", id: "P003", baseSalary: 200000 });

    let model = buildOrgModel(await readGrid(source, "Plan - 2026 reorg")).model;
    const managerOf = (id: string) => model.positions.find((p) => p.id === id)?.reportsTo;
    expect(model.positions.map((p) => p.id)).toEqual(["P001", "P003", "P004", "P002-1"]);
    expect([managerOf("P003"), managerOf("P004"), managerOf("P002-1")]).toEqual(["P001", "P001", "P001"]);
    expect(model.positions.find((p) => p.id === "P002-1")).toMatchObject({ title: "Analyst", status: "vacant" });

    // The pane's undo: the remove's inverse puts the row back where it was.
    const undo = await source.applyScenarioChanges("Plan - 2026 reorg", removed.inverse);
    expect(undo.ok).toBe(true);
    model = buildOrgModel(await readGrid(source, "Plan - 2026 reorg")).model;
    expect(model.positions.map((p) => p.id)).toEqual(["P001", "P002", "P003", "P004", "P002-1"]);
    expect(model.positions.find((p) => p.id === "P004")?.reportsTo).toBe("P002");

    // The user's own sheet is refused.
    const refused = await source.applyScenarioChanges("Positions", removed.changes);
    expect(refused).toEqual({ ok: false, problem: { code: "NOT_A_SCENARIO", subject: "Positions" } });

    const saved = writeBytesFile(temp.file("saved.xlsx"), await source.toXlsx());
    const reread = await loadXlsx(saved);
    expect(snapshot(reread.getWorksheet("Positions")!)).toBe(userBefore);
    const parts = await openXlsxParts(saved);
    const [table] = await parts.tables("Plan - 2026 reorg");
    expect(elements(table, "table")[0].getAttribute("name")).toBe("Scenario_1");
    expect(elements(table, "table")[0].getAttribute("ref")).toBe("A3:H8");

    // Saved and opened again: the scenarios are still listed and still edited, the user's table still read.
    const again = await open(saved, "saved.xlsx");
    expect((await again.listScenarios()).map((s) => s.title)).toEqual(["2026 reorg", "2026 reorg"]);
    expect((await readGrid(again)).sheetName).toBe("Positions");
    await edit(again, "Plan - 2026 reorg", { kind: "setStatus", id: "P003", status: "planned" });
    const finalBytes = writeBytesFile(temp.file("final.xlsx"), await again.toXlsx());
    expect(snapshot((await loadXlsx(finalBytes)).getWorksheet("Positions")!)).toBe(userBefore);
  });

  test("a Chinese scenario is named 方案：… (full-width colon, which Excel allows) and adds 状态", async () => {
    const bytes = await writeXlsxFile(temp.file("zh.xlsx"), (workbook) => buildPositions(workbook, CHINESE_POSITIONS));
    const source = await open(bytes, "zh.xlsx");
    const created = await source.createScenario({ title: "2026 重组", lang: "zh-CN" });
    expect(created.ok && created.scenario.sheetName).toBe("方案：2026 重组");
    const plan = await readGrid(source, "方案：2026 重组");
    expect(plan.rows[0].slice(-2)).toEqual(["状态", "编制"]);
  });

  test("a CSV gets its scenario in memory and is saved as .xlsx", async () => {
    const csv = ENGLISH_POSITIONS.map((row) => row.join(",")).join("\n");
    const source = await open(new TextEncoder().encode(csv), "org.csv");
    const created = await source.createScenario({ title: "Lean", lang: "en" });
    expect(created.ok).toBe(true);
    await edit(source, "Plan - Lean", { kind: "remove", id: "P003" });
    const saved = await loadXlsx(await source.toXlsx());
    expect(saved.worksheets.map((sheet) => sheet.name)).toEqual(["org", "Plan - Lean", "_orgwright"]);
    expect(saved.getWorksheet("org")!.getCell("A4").value).toBe("P003");
  });

  test("a scenario copied from another scenario carries its edits, and no second Status column", async () => {
    const bytes = await writeXlsxFile(temp.file("from-plan.xlsx"), (workbook) => buildPositions(workbook));
    const source = await open(bytes, "from-plan.xlsx");
    await source.createScenario({ title: "A", lang: "en" });
    await edit(source, "Plan - A", { kind: "remove", id: "P003" });
    const copied = await source.createScenario({ title: "B", lang: "en", from: "Plan - A" });
    expect(copied.ok && copied.scenario).toMatchObject({ sheetName: "Plan - B", source: "Plan - A" });
    const b = await readGrid(source, "Plan - B");
    expect(b.tableName).toBe("Scenario_2");
    expect(b.rows).toEqual(await readGrid(source, "Plan - A").then((a) => a.rows));
  });

  test("a scenario is deleted from the workbook and its list; the user's sheet is refused", async () => {
    const bytes = await writeXlsxFile(temp.file("delete.xlsx"), (workbook) => buildPositions(workbook));
    const source = await open(bytes, "delete.xlsx");
    await source.createScenario({ title: "A", lang: "en" });
    await source.createScenario({ title: "B", lang: "en" });
    expect(await source.deleteScenario("Positions")).toEqual({
      ok: false,
      problem: { code: "NOT_A_SCENARIO", subject: "Positions" },
    });
    expect(await source.deleteScenario("Plan - A")).toEqual({ ok: true });
    expect((await source.listScenarios()).map((s) => s.sheetName)).toEqual(["Plan - B"]);
    const saved = await loadXlsx(await source.toXlsx());
    expect(saved.worksheets.map((sheet) => sheet.name)).toEqual(["Positions", "Plan - B", "_orgwright"]);
  });

  test("an edit made for rows that changed since is refused, nothing written", async () => {
    const bytes = await writeXlsxFile(temp.file("race.xlsx"), (workbook) => buildPositions(workbook));
    const source = await open(bytes, "race.xlsx");
    await source.createScenario({ title: "A", lang: "en" });
    const grid = await readGrid(source, "Plan - A");
    const stale = scenarioChanges(grid, { kind: "move", id: "P003", newManager: "P001" }, { lang: "en" });
    await edit(source, "Plan - A", { kind: "remove", id: "P002" });
    if (!stale.ok) throw new Error("expected changes");
    expect(await source.applyScenarioChanges("Plan - A", stale.changes)).toEqual({
      ok: false,
      problem: { code: "SCENARIO_CHANGED", subject: "Plan - A" },
    });
  });
});
