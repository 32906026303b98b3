import { buildOrgModel } from "../../src/core/buildOrgModel";
import { scenarioChanges } from "../../src/core/scenario/scenarioChanges";
import type { ScenarioEdit } from "../../src/core/scenario/scenarioEdit";
import type { SheetSpec } from "../../src/core/sheet/sheetSpec";
import { SETTING_CREATED_SHEETS } from "../../src/core/sheet/workbookSource";
import { OWNER_NAME, parseCreatedSheets } from "../../src/excel/createdSheets";
import { ExcelWorkbookSource } from "../../src/excel/excelWorkbookSource";
import { FakeWorkbook } from "./fakeExcel/fakeWorkbook";
import { fakeExcelRun } from "./fakeExcel/mockExcelContext";

const POSITIONS = [
  ["Position ID", "Title", "Department", "Reports To", "Name", "Base Salary", "Status"],
  ["P001", "Head of Operations", "Operations", "", "Li Wei", 900000, "Filled"],
  ["P002", "Moderation Lead", "Content Safety", "P001", "Zhang Min", 420000, "Filled"],
  ["P003", "Moderator", "Content Safety", "P002", "Chen Jie", 180000, "Filled"],
  ["P004", "Community Manager", "Community", "P001", "Wang Fang", 300000, "Filled"],
  ["007", "Analyst", "Community", "P004", "", 200000, "Vacant"],
];

function userWorkbook(): FakeWorkbook {
  const book = new FakeWorkbook(["Positions", "Notes"]);
  book.putCells("Positions", "A1", [["Org 2026"]]);
  book.putTable("Positions", "tblPositions", "A3", POSITIONS);
  book.putCells("Notes", "A1", [["My notes"]]);
  return book;
}

/** The user's sheet as stored: every cell and its table. */
function userState(book: FakeWorkbook): string {
  return sheetState(book, "Positions");
}

/** A sheet as stored: every cell and its tables. */
function sheetState(book: FakeWorkbook, sheet: string): string {
  return JSON.stringify({
    rows: book.sheet(sheet).rows,
    tables: book.tables.filter((t) => t.sheetId === book.sheet(sheet).id),
  });
}

async function edit(excel: ExcelWorkbookSource, sheet: string, scenarioEdit: ScenarioEdit) {
  const read = await excel.readPositions({ sheet });
  if (!read.ok) throw new Error(read.problem.code);
  const made = scenarioChanges(read.grid, scenarioEdit, { lang: "en" });
  if (!made.ok) throw new Error(made.refusal.message);
  const applied = await excel.applyScenarioChanges(sheet, made.changes);
  expect(applied).toEqual({ ok: true, hostUndo: true });
  return made;
}

async function planModel(excel: ExcelWorkbookSource, sheet: string) {
  const read = await excel.readPositions({ sheet });
  if (!read.ok) throw new Error(read.problem.code);
  return buildOrgModel(read.grid).model;
}

describe("scenario sheets in Excel (the fake, with Office.js's shapes)", () => {
  it("creates a tagged, recorded scenario: a full copy of the positions as a table", async () => {
    const book = userWorkbook();
    const excel = new ExcelWorkbookSource(fakeExcelRun(book));
    const before = userState(book);
    const created = await excel.createScenario({ title: "2026 reorg", lang: "en", created: "2026-12-07T05:00:00Z" });
    expect(created).toEqual({
      ok: true,
      scenario: {
        sheetName: "Plan - 2026 reorg",
        title: "2026 reorg",
        source: "Positions",
        created: "2026-12-07T05:00:00Z",
      },
    });
    const sheet = book.sheet("Plan - 2026 reorg");
    const entry = parseCreatedSheets(book.settings.get(SETTING_CREATED_SHEETS) as string).find(
      (e) => e.id === sheet.id,
    );
    expect(entry).toMatchObject({ role: "scenario", scenario: { title: "2026 reorg", source: "Positions" } });
    expect(sheet.names.get(OWNER_NAME)).toBe(`="${entry!.guid}"`);
    const table = book.tables.find((t) => t.sheetId === sheet.id)!;
    expect(table.name).toBe("Scenario_1");
    expect(book.values("Plan - 2026 reorg", "A3:H3")[0]).toEqual([...POSITIONS[0], "FTE"]);
    // Text IDs stay text ("007" is not turned into 7).
    expect(book.values("Plan - 2026 reorg", "A8")[0][0]).toBe("007");
    expect(userState(book)).toBe(before);
    // Two scenarios of the same title: the second goes beside the first, never over it.
    const again = await excel.createScenario({ title: "2026 reorg", lang: "en" });
    expect(again.ok && again.scenario.sheetName).toBe("Plan - 2026 reorg (2)");
    expect(book.tables.map((t) => t.name)).toEqual(["tblPositions", "Scenario_1", "Scenario_2"]);
    expect((await excel.listScenarios()).map((s) => s.sheetName)).toEqual([
      "Plan - 2026 reorg",
      "Plan - 2026 reorg (2)",
    ]);
  });

  it("never takes a scenario as THE positions, and does not remember a scenario read by name", async () => {
    const book = userWorkbook();
    const excel = new ExcelWorkbookSource(fakeExcelRun(book));
    await excel.createScenario({ title: "A", lang: "en" });
    // A fresh source (the pane reopened) with no remembered table.
    const fresh = new ExcelWorkbookSource(fakeExcelRun(book));
    const plan = await fresh.readPositions({ sheet: "Plan - A" });
    expect(plan.ok && plan.grid.tableName).toBe("Scenario_1");
    const positions = await fresh.readPositions();
    expect(positions.ok && positions.grid.tableName).toBe("tblPositions");
    // Even with the user's table gone, the scenario is not chosen.
    book.deleteTable(book.tables.find((t) => t.name === "tblPositions")!.id);
    const other = await new ExcelWorkbookSource(fakeExcelRun(book)).readPositions();
    expect(other.ok && other.grid.sheetName).not.toBe("Plan - A");
  });

  it("writes edits as small range and table-row writes in one undo group, and undoes them", async () => {
    const book = userWorkbook();
    const excel = new ExcelWorkbookSource(fakeExcelRun(book));
    const before = userState(book);
    await excel.createScenario({ title: "Plan", lang: "en" });
    const settings = book.settings.get(SETTING_CREATED_SHEETS);
    const requests = book.requests.length;

    await edit(excel, "Plan", { kind: "move", id: "P003", newManager: "P004" });
    // A move is one cell: no request carried more than a few hundred bytes.
    expect(Math.max(...book.requests.slice(requests).map((r) => r.requestBytes))).toBeLessThan(200);
    expect(book.runRequests.at(-1)).toEqual({ mergeUndoGroup: true });
    const added = await edit(excel, "Plan", { kind: "add", manager: "P004", fields: { title: "Planner" } });
    expect(added.id).toBe("P004-1");
    const removed = await edit(excel, "Plan", { kind: "remove", id: "P004" });
    await edit(excel, "Plan", { kind: "setStatus", id: "P002", status: "vacant" });
    await edit(excel, "Plan", { kind: "setFte", id: "P002", fte: 0.5 });

    let model = await planModel(excel, "Plan");
    const position = (id: string) => model.positions.find((p) => p.id === id);
    expect(model.positions.map((p) => p.id)).toEqual(["P001", "P002", "P003", "007", "P004-1"]);
    expect(["P003", "007", "P004-1"].map((id) => position(id)?.reportsTo)).toEqual(["P001", "P001", "P001"]);
    expect(position("P002")).toMatchObject({ status: "vacant", name: "", fte: 0.5 });
    expect(book.tables.find((t) => t.name === "Scenario_1")!.area.rowCount).toBe(6);

    // The pane's undo of the remove: the row is back in its place, its reports under it again.
    expect(await excel.applyScenarioChanges("Plan", removed.inverse)).toEqual({ ok: true, hostUndo: true });
    model = await planModel(excel, "Plan");
    expect(model.positions.map((p) => p.id)).toEqual(["P001", "P002", "P003", "P004", "007", "P004-1"]);
    expect(position("P003")?.reportsTo).toBe("P004");

    // Edits never write Workbook.settings (which would clear Excel's undo stack), nor the user's sheet.
    expect(book.settings.get(SETTING_CREATED_SHEETS)).toBe(settings);
    expect(userState(book)).toBe(before);
  });

  it("refuses the user's table, a report, a sheet merely named like a scenario, and stale rows", async () => {
    const book = userWorkbook();
    const excel = new ExcelWorkbookSource(fakeExcelRun(book));
    await excel.createScenario({ title: "A", lang: "en" });
    const read = await excel.readPositions({ sheet: "Plan - A" });
    if (!read.ok) throw new Error("unread");
    const made = scenarioChanges(read.grid, { kind: "move", id: "P003", newManager: "P001" }, { lang: "en" });
    if (!made.ok) throw new Error("refused");
    const report: SheetSpec = { name: "Org checks", columns: [{ header: "Code" }], rows: [["X"]] };
    await excel.writeSheet(report);
    book.addWorksheet("Plan - B");
    const before = userState(book);
    for (const sheet of ["Positions", "Org checks", "Plan - B", "Nowhere"])
      expect(await excel.applyScenarioChanges(sheet, made.changes)).toEqual({
        ok: false,
        problem: { code: "NOT_A_SCENARIO", subject: sheet },
      });
    expect(userState(book)).toBe(before);

    // The user sorted the scenario since it was read: nothing is written.
    const sheet = book.sheet("Plan - A");
    const cells = JSON.stringify(sheet.rows);
    [sheet.rows[4], sheet.rows[5]] = [sheet.rows[5], sheet.rows[4]];
    const swapped = JSON.stringify(sheet.rows);
    expect(cells).not.toBe(swapped);
    expect(await excel.applyScenarioChanges("Plan - A", made.changes)).toEqual({
      ok: false,
      problem: { code: "SCENARIO_CHANGED", subject: "Plan - A" },
    });
    expect(JSON.stringify(sheet.rows)).toBe(swapped);
  });

  it("follows the scenario when the user turned its table back into a range (whole rows)", async () => {
    const book = userWorkbook();
    const excel = new ExcelWorkbookSource(fakeExcelRun(book));
    await excel.createScenario({ title: "A", lang: "en" });
    const table = book.tables.find((t) => t.name === "Scenario_1")!;
    book.tables.splice(book.tables.indexOf(table), 1);
    await edit(excel, "Plan - A", { kind: "remove", id: "P002" });
    await edit(excel, "Plan - A", { kind: "add", manager: "P001" });
    const model = await planModel(excel, "Plan - A");
    expect(model.positions.map((p) => p.id)).toEqual(["P001", "P003", "P004", "007", "P001-1"]);
  });

  it("copies a big table with long Chinese text in requests within Excel on the web's limit", async () => {
    const rows: (string | number)[][] = [["岗位编号", "岗位名称", "汇报对象", "部门"]];
    const title = "负责内容安全审核与社区运营协同的高级专员岗位".repeat(8);
    for (let i = 1; i <= 3000; i++)
      rows.push([`P${i}`, `${title}${i}`, i === 1 ? "" : `P${Math.ceil(i / 8)}`, "运营中心"]);
    const book = new FakeWorkbook(["岗位表"]);
    book.putTable("岗位表", "tblPositions", "A1", rows);
    book.payloadLimit = 300_000;
    const excel = new ExcelWorkbookSource(fakeExcelRun(book), { byteBudget: 200_000 });
    const before = sheetState(book, "岗位表");
    const created = await excel.createScenario({ title: "2026 重组", lang: "zh-CN" });
    expect(created.ok && created.scenario.sheetName).toBe("方案：2026 重组");
    expect(book.requests.some((request) => request.refused)).toBe(false);
    expect(Math.max(...book.requests.map((request) => request.requestBytes))).toBeLessThanOrEqual(300_000);
    expect(book.requests.filter((request) => request.cellsWritten > 1000).length).toBeGreaterThan(3);
    const read = await excel.readPositions({ sheet: "方案：2026 重组" });
    expect(read.ok && read.grid.rows.length).toBe(3001);
    expect(read.ok && read.grid.rows[3000].slice(0, 4)).toEqual(rows[3000]);
    expect(sheetState(book, "岗位表")).toBe(before);
  });

  it("deletes a scenario, and only a scenario", async () => {
    const book = userWorkbook();
    const excel = new ExcelWorkbookSource(fakeExcelRun(book));
    await excel.createScenario({ title: "A", lang: "en" });
    await excel.createScenario({ title: "B", lang: "en" });
    const before = userState(book);
    expect(await excel.deleteScenario("Positions")).toEqual({
      ok: false,
      problem: { code: "NOT_A_SCENARIO", subject: "Positions" },
    });
    expect(await excel.deleteScenario("plan - a")).toEqual({ ok: true });
    expect(book.sheetNames()).toEqual(["Positions", "Notes", "Plan - B"]);
    expect((await excel.listScenarios()).map((s) => s.title)).toEqual(["B"]);
    const entries = parseCreatedSheets(book.settings.get(SETTING_CREATED_SHEETS) as string);
    expect(entries.map((e) => e.name)).toEqual(["Plan - B"]);
    expect(userState(book)).toBe(before);
  });

  it("hostUndo is false where Excel has no undo groups (ExcelApi < 1.20)", async () => {
    const book = userWorkbook();
    const excel = new ExcelWorkbookSource(fakeExcelRun(book));
    await excel.createScenario({ title: "A", lang: "en" });
    const office = globalThis as { Office?: unknown };
    office.Office = {
      context: { requirements: { isSetSupported: (_: string, version: string) => Number(version.split(".")[1]) < 20 } },
    };
    try {
      const read = await excel.readPositions({ sheet: "Plan - A" });
      if (!read.ok) throw new Error("unread");
      const made = scenarioChanges(read.grid, { kind: "setSalary", id: "P003", baseSalary: 1 }, { lang: "en" });
      if (!made.ok) throw new Error("refused");
      expect(await excel.applyScenarioChanges("Plan - A", made.changes)).toEqual({ ok: true, hostUndo: false });
    } finally {
      delete office.Office;
    }
  });
});
