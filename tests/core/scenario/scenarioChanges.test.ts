import { buildOrgModel } from "../../../src/core/buildOrgModel";
import type { CellValue } from "../../../src/core/cells/cell";
import { applyChangesToGrid } from "../../../src/core/scenario/applyChangesToGrid";
import { expectedRowIds, invertChangeSet } from "../../../src/core/scenario/scenarioChange";
import { scenarioChanges } from "../../../src/core/scenario/scenarioChanges";
import type { ScenarioEdit } from "../../../src/core/scenario/scenarioEdit";
import type { SheetGrid } from "../../../src/core/sheet/sheetGrid";

const HEADER = ["Position ID", "Title", "Department", "Reports To", "Name", "FTE", "Base Salary", "Status"];
/** The table sits at C5 (a title above it), so rows and columns are Excel's, not the grid's. */
function grid(rows: CellValue[][] = ROWS): SheetGrid {
  return { sheetName: "Plan - A", tableName: "Scenario_1", firstRow: 5, firstColumn: 3, rows: [HEADER, ...rows] };
}
const ROWS: CellValue[][] = [
  ["P1", "Director", "Ops", "", "Li", 1, 900000, "Filled"],
  ["P2", "Lead", "Ops", "P1", "Zhang", 1, 400000, "Filled"],
  ["P3", "Analyst", "Ops", "P2", "Chen", 1, 200000, "Filled"],
  ["P4", "Analyst", "Ops", "P2", "", 1, 200000, "Vacant"],
  ["P5", "Manager", "Sales", "P1", "Wang", 1, 500000, "Filled"],
];

function changes(edit: ScenarioEdit, lang: "en" | "zh-CN" = "en", on = grid()) {
  const result = scenarioChanges(on, edit, { lang });
  if (!result.ok) throw new Error(result.refusal.message);
  return result;
}

function applied(edit: ScenarioEdit, on = grid()): SheetGrid {
  const result = applyChangesToGrid(on, changes(edit, "en", on).changes);
  if (!result.ok) throw new Error("not applied");
  return result.grid;
}

const managerOf = (g: SheetGrid) =>
  Object.fromEntries(buildOrgModel(g).model.positions.map((p) => [p.id, p.reportsTo]));

describe("scenario edits as cell changes", () => {
  test("move: the Reports To cell, in Excel's row and column", () => {
    const result = changes({ kind: "move", id: "P3", newManager: "P5" });
    expect(result.changes).toEqual({
      idColumn: 3,
      firstColumn: 3,
      changes: [{ kind: "set", row: 8, id: "P3", cells: [{ column: 6, before: "P2", after: "P5" }] }],
    });
    expect(result.inverse.changes[0]).toEqual({
      kind: "set",
      row: 8,
      id: "P3",
      cells: [{ column: 6, before: "P5", after: "P2" }],
    });
    expect(managerOf(applied({ kind: "move", id: "P3", newManager: "P5" })).P3).toBe("P5");
    expect(changes({ kind: "move", id: "P3", newManager: "P2" }).changes.changes).toEqual([]);
  });

  test("moving a position under its own report, or itself, is refused with a clear reason in both languages", () => {
    const under = scenarioChanges(grid(), { kind: "move", id: "P1", newManager: "P3" }, { lang: "en" });
    expect(under).toMatchObject({
      ok: false,
      refusal: { code: "SCENARIO_MOVE_UNDER_OWN_REPORT", id: "P1", rows: [6] },
    });
    expect(!under.ok && under.refusal.message).toBe(
      "“P1” cannot move under “P3”: “P3” reports to “P1” (directly or further down), so the org would loop.",
    );
    const zh = scenarioChanges(grid(), { kind: "move", id: "P2", newManager: "P4" }, { lang: "zh-CN" });
    expect(!zh.ok && zh.refusal.message).toBe("“P2”不能调到“P4”之下：“P4”（直接或间接）向“P2”汇报，组织会形成循环。");
    expect(scenarioChanges(grid(), { kind: "move", id: "P2", newManager: "P2" }, { lang: "en" })).toMatchObject({
      ok: false,
      refusal: { code: "SCENARIO_MOVE_UNDER_SELF" },
    });
    expect(scenarioChanges(grid(), { kind: "move", id: "P9", newManager: "P1" }, { lang: "en" })).toMatchObject({
      ok: false,
      refusal: { code: "SCENARIO_UNKNOWN_POSITION", message: "There is no position “P9” in this scenario." },
    });
    expect(scenarioChanges(grid(), { kind: "move", id: "P2", newManager: "X" }, { lang: "en" })).toMatchObject({
      ok: false,
      refusal: { code: "SCENARIO_UNKNOWN_MANAGER" },
    });
  });

  test("add: a new vacant row at the end with a unique ID, in the manager's department", () => {
    const result = changes({ kind: "add", manager: "P5" });
    expect(result.id).toBe("P5-1");
    expect(result.changes.changes).toEqual([
      {
        kind: "insertRow",
        row: 11,
        id: "P5-1",
        cells: ["P5-1", "New position", "Sales", "P5", null, 1, null, "Vacant"],
      },
    ]);
    const after = applied({ kind: "add", manager: "P5" });
    expect(buildOrgModel(after).model.positions.at(-1)).toMatchObject({
      id: "P5-1",
      status: "vacant",
      reportsTo: "P5",
    });
    // The next one under P5 is P5-2; a table of numeric IDs gets the next number; a given ID must be free.
    expect(changes({ kind: "add", manager: "P5" }, "en", after).id).toBe("P5-2");
    const numeric = grid([
      ["1", "Director", "Ops", "", "Li", 1, 1, ""],
      ["12", "Lead", "Ops", "1", "", 1, 1, ""],
    ]);
    expect(changes({ kind: "add", manager: "1" }, "en", numeric).id).toBe("13");
    expect(changes({ kind: "add", manager: "", fields: { id: "NEW9", title: "Chief of Staff" } }).id).toBe("NEW9");
    expect(scenarioChanges(grid(), { kind: "add", manager: "P1", fields: { id: "P2" } }, { lang: "en" })).toMatchObject(
      {
        ok: false,
        refusal: { code: "SCENARIO_ID_TAKEN" },
      },
    );
    // In Chinese the status word and the title are Chinese (the core reads both).
    expect(changes({ kind: "add", manager: "P1" }, "zh-CN").changes.changes[0]).toMatchObject({
      cells: ["P1-1", "新岗位", "Ops", "P1", null, 1, null, "空缺"],
    });
  });

  test("remove: the reports move up to its manager, the row goes; the inverse puts everything back", () => {
    const result = changes({ kind: "remove", id: "P2" });
    expect(result.changes.changes.map((c) => [c.kind, c.row, c.id])).toEqual([
      ["set", 8, "P3"],
      ["set", 9, "P4"],
      ["deleteRow", 7, "P2"],
    ]);
    const after = applied({ kind: "remove", id: "P2" });
    expect(managerOf(after)).toEqual({ P1: "", P3: "P1", P4: "P1", P5: "P1" });
    const undone = applyChangesToGrid(after, result.inverse);
    expect(undone.ok && undone.grid.rows).toEqual(grid().rows);
  });

  test("status, FTE and salary: one cell each; vacant or planned empties the holder's name", () => {
    expect(changes({ kind: "setStatus", id: "P3", status: "vacant" }).changes.changes[0]).toEqual({
      kind: "set",
      row: 8,
      id: "P3",
      cells: [
        { column: 10, before: "Filled", after: "Vacant" },
        { column: 7, before: "Chen", after: null },
      ],
    });
    const planned = buildOrgModel(applied({ kind: "setStatus", id: "P3", status: "planned" })).model.positions[2];
    expect(planned).toMatchObject({ id: "P3", status: "planned", name: "" });
    expect(buildOrgModel(applied({ kind: "setFte", id: "P3", fte: 0.5 })).model.positions[2].fte).toBe(0.5);
    const paid = buildOrgModel(applied({ kind: "setSalary", id: "P3", baseSalary: 250000 })).model.positions[2];
    expect(paid.baseSalary).toBe(250000);
    expect(scenarioChanges(grid(), { kind: "setFte", id: "P3", fte: -1 }, { lang: "zh-CN" })).toMatchObject({
      ok: false,
      refusal: { code: "SCENARIO_BAD_NUMBER", message: "-1 不是有效的编制（应为 0 或更大的数）。" },
    });
  });

  test("vacant empties both parts of a holder's name split over two columns", () => {
    const split: SheetGrid = {
      sheetName: "S",
      firstRow: 1,
      firstColumn: 1,
      rows: [
        ["ID", "Reports To", "First Name", "Last Name", "Status"],
        ["A", "", "Steven", "King", "Filled"],
      ],
    };
    const result = scenarioChanges(split, { kind: "setStatus", id: "A", status: "vacant" }, { lang: "en" });
    if (!result.ok) throw new Error(result.refusal.message);
    const after = applyChangesToGrid(split, result.changes);
    if (!after.ok) throw new Error("not applied");
    expect(after.grid.rows[1]).toEqual(["A", "", null, null, "Vacant"]);
    expect(buildOrgModel(after.grid).model.positions[0]).toMatchObject({ status: "vacant", name: "" });
  });

  test("a table without a Status column: setStatus is refused, naming the column", () => {
    const bare: SheetGrid = {
      sheetName: "S",
      firstRow: 1,
      firstColumn: 1,
      rows: [
        ["ID", "Reports To"],
        ["A", ""],
      ],
    };
    expect(scenarioChanges(bare, { kind: "setStatus", id: "A", status: "vacant" }, { lang: "en" })).toMatchObject({
      ok: false,
      refusal: {
        code: "SCENARIO_MISSING_COLUMN",
        message: "This scenario has no “Status” column; add one to the sheet to make this change.",
      },
    });
  });

  test("a shared post (two rows, one ID): a move takes both rows, an FTE change is refused", () => {
    const shared = grid([...ROWS, ["P3", "Analyst", "Ops", "P2", "Zhou", 0.5, 100000, "Filled"]]);
    expect(changes({ kind: "move", id: "P3", newManager: "P5" }, "en", shared).changes.changes).toHaveLength(2);
    expect(scenarioChanges(shared, { kind: "setFte", id: "P3", fte: 1 }, { lang: "en" })).toMatchObject({
      ok: false,
      refusal: { code: "SCENARIO_SHARED_POST" },
    });
  });

  test("a grid that changed since the edit was made is refused, untouched", () => {
    const made = changes({ kind: "move", id: "P4", newManager: "P5" });
    const sorted = grid([ROWS[0], ROWS[1], ROWS[3], ROWS[2], ROWS[4]]);
    expect(applyChangesToGrid(sorted, made.changes)).toEqual({ ok: false, row: 9, expected: "P4", found: "P3" });
  });

  test("expected IDs are checked where the rows were before the set's own inserts and deletes", () => {
    const set = {
      idColumn: 1,
      firstColumn: 1,
      changes: [
        { kind: "deleteRow" as const, row: 3, id: "B", cells: [] },
        { kind: "set" as const, row: 3, id: "C", cells: [] },
        { kind: "insertRow" as const, row: 2, id: "N", cells: [] },
        { kind: "set" as const, row: 2, id: "N", cells: [] },
        { kind: "set" as const, row: 5, id: "D", cells: [] },
      ],
    };
    expect(expectedRowIds(set)).toEqual([
      { row: 3, id: "B" },
      { row: 4, id: "C" },
      { row: 5, id: "D" },
    ]);
    expect(invertChangeSet(invertChangeSet(set))).toEqual(set);
  });
});

describe("every edit and its inverse: applying both gives the grid back", () => {
  const edits: ScenarioEdit[] = [
    { kind: "move", id: "P4", newManager: "P5" },
    { kind: "move", id: "P2", newManager: "" },
    { kind: "add", manager: "P2", fields: { title: "Engineer", fte: 0.8, baseSalary: 300000 } },
    { kind: "remove", id: "P1" },
    { kind: "remove", id: "P4" },
    { kind: "setStatus", id: "P1", status: "closed" },
    { kind: "setFte", id: "P5", fte: 0 },
    { kind: "setSalary", id: "P5", baseSalary: null },
  ];
  test.each(edits.map((edit) => [edit.kind, edit]))("%s", (_kind, edit) => {
    const made = changes(edit);
    const after = applyChangesToGrid(grid(), made.changes);
    if (!after.ok) throw new Error("not applied");
    expect(after.grid.rows).not.toEqual(grid().rows);
    const back = applyChangesToGrid(after.grid, made.inverse);
    expect(back.ok && back.grid.rows.map((row) => row.map((cell) => cell ?? null))).toEqual(grid().rows);
  });
});
