/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 *
 * The Plan tab's state on a real workbook behind the WorkbookSource interface — the file adapter (the browser's
 * in-memory workbook) and the Excel adapter on the Excel fake: a plan created from the current table, shown, edited
 * (each edit written to the plan's sheet, never to the user's table), undone and redone.
 */
import { TextDecoder, TextEncoder } from "node:util";
import { act } from "react";
import { createRoot, type Root } from "react-dom/client";
import { operationsCenterWorkbook } from "../../../src/core";
import { cellText } from "../../../src/core/cells/cellText";
import type { SheetGrid } from "../../../src/core/sheet/sheetGrid";
import type { WorkbookSource } from "../../../src/core/sheet/workbookSource";
import { ExcelWorkbookSource } from "../../../src/excel/excelWorkbookSource";
import { FileWorkbookSource } from "../../../src/files";
import { translate, type Lang } from "../../../src/i18n";
import type { PaneHost, PaneWorkbook } from "../../../src/taskpane/host/paneHost";
import { usePlans, type PlansActions, type PlansState } from "../../../src/taskpane/hooks/usePlans";
import { loadOrgWorkbook, type LoadedWorkbook } from "../../../src/taskpane/loadOrgWorkbook";
import { textIn } from "../../../src/taskpane/paneNotice";
import { FakeWorkbook } from "../../excel/fakeExcel/fakeWorkbook";
import { fakeExcelRun } from "../../excel/fakeExcel/mockExcelContext";

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
Object.assign(globalThis, { TextDecoder, TextEncoder });

async function waitFor<T>(probe: () => T | null | undefined | false, what: string, timeoutMs = 10_000): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = probe();
    if (value) return value;
    if (Date.now() - started > timeoutMs) throw new Error(`Timed out waiting for ${what}`);
    await act(() => new Promise((resolve) => setTimeout(resolve, 10)));
  }
}

interface Harness {
  state: PlansState;
  actions: PlansActions;
}

function Probe(props: { host: PaneHost; workbook: PaneWorkbook; current: LoadedWorkbook; out: Harness }) {
  const [state, actions] = usePlans(props.host, props.workbook, props.current);
  props.out.state = state;
  props.out.actions = actions;
  return null;
}

/** A position's Reports To in a grid read from the workbook (header detected by its text). */
function reportsToOf(grid: SheetGrid, lang: Lang, id: string): string {
  const header = grid.rows.findIndex((row) =>
    row.some((cell) => cellText(cell) === translate(lang, "field.reportsTo")),
  );
  const idColumn = grid.rows[header].findIndex((cell) => cellText(cell) === translate(lang, "field.id"));
  const column = grid.rows[header].findIndex((cell) => cellText(cell) === translate(lang, "field.reportsTo"));
  const row = grid.rows.find((cells) => cellText(cells[idColumn]) === id);
  if (!row) throw new Error(`no row ${id}`);
  return cellText(row[column]);
}

type Kind = "file" | "excel";

async function workbookFor(
  kind: Kind,
  lang: Lang,
): Promise<{ source: WorkbookSource; origin: PaneWorkbook["origin"] }> {
  if (kind === "file")
    return { source: FileWorkbookSource.fromSheetSpecs("Sample", operationsCenterWorkbook(lang)), origin: "sample" };
  const book = new FakeWorkbook(["Sheet1"]);
  const source = new ExcelWorkbookSource(fakeExcelRun(book));
  for (const spec of operationsCenterWorkbook(lang)) await source.writeSheet(spec);
  return { source, origin: "excel" };
}

describe.each<[Kind, Lang]>([
  ["file", "en"],
  ["excel", "zh-CN"],
])("usePlans on the %s adapter (%s)", (kind, lang) => {
  let root: Root;
  let container: HTMLDivElement;

  beforeEach(() => {
    container = document.createElement("div");
    document.body.append(container);
    root = createRoot(container);
  });
  afterEach(async () => {
    await act(async () => root.unmount());
    container.remove();
  });

  test("creates a plan from the current table, edits its sheet only, undoes and redoes", async () => {
    const { source, origin } = await workbookFor(kind, lang);
    const workbook: PaneWorkbook = { source, origin };
    const host: PaneHost = { lang, inExcel: kind === "excel", openInitial: () => workbook };
    const loaded = await loadOrgWorkbook(source, { lang });
    if (!loaded.ok) throw new Error(loaded.problem.code);
    const current = loaded.loaded;
    const userSheet = current.grid.sheetName;
    const userBefore = await source.readPositions({ sheet: userSheet });
    const out = {} as Harness;
    await act(async () => root.render(<Probe host={host} workbook={workbook} current={current} out={out} />));

    // No plans yet; one is created from the current table and shown.
    await waitFor(() => out.state && out.state.plans.length === 0 && !out.state.busy, "the (empty) list");
    act(() => out.actions.create("Reorg 2026", false));
    const shown = await waitFor(() => out.state.shown?.loaded && out.state.shown, "the new plan shown");
    expect(out.state.plans.map((plan) => plan.title)).toEqual(["Reorg 2026"]);
    const sheet = shown.info.sheetName;
    expect(sheet).not.toBe(userSheet);
    expect(shown.loaded!.analysis.model.positions.length).toBe(current.analysis.model.positions.length);
    expect(out.state.notice?.intent).toBe("success");

    // A move from the chart: the plan's cells first (re-analysed), then its sheet; the user's table never.
    act(() => out.actions.edit({ kind: "move", id: "OC-016", newManager: "OC-011" }));
    await waitFor(() => out.state.history.done.length === 1 && !out.state.busy, "the move written");
    const planModel = () => out.state.shown!.loaded!.analysis.model;
    const managerOf = (id: string) => {
      const model = planModel();
      const index = model.indexById.get(id)!;
      return model.positions[index].reportsTo;
    };
    await waitFor(() => managerOf("OC-016") === "OC-011", "the plan re-analysed");
    const readPlan = async () => {
      const read = await source.readPositions({ sheet, mapping: current.mapping });
      if (!read.ok) throw new Error(read.problem.code);
      return read.grid;
    };
    expect(reportsToOf(await readPlan(), lang, "OC-016")).toBe("OC-011");
    const userAfter = await source.readPositions({ sheet: userSheet });
    expect(userAfter).toEqual(userBefore);

    // A move under one's own report is refused with the reason, and nothing is written.
    act(() => out.actions.edit({ kind: "move", id: "OC-010", newManager: "OC-016" }));
    await waitFor(() => out.state.notice?.intent === "error", "the refusal");
    expect(out.state.history.done).toHaveLength(1);

    // Undo puts the cell back; redo moves it again.
    act(() => out.actions.undo());
    await waitFor(() => out.state.history.undone.length === 1 && !out.state.busy, "the undo");
    expect(reportsToOf(await readPlan(), lang, "OC-016")).toBe("OC-014");
    await waitFor(() => managerOf("OC-016") === "OC-014", "the plan re-analysed after the undo");
    act(() => out.actions.redo());
    await waitFor(() => out.state.history.done.length === 1 && !out.state.busy, "the redo");
    expect(reportsToOf(await readPlan(), lang, "OC-016")).toBe("OC-011");

    // Back to the current org: no plan shown, the plan stays listed.
    act(() => out.actions.backToCurrent());
    expect(out.state.shown).toBeUndefined();
    expect(out.state.plans).toHaveLength(1);
    expect(await source.readPositions({ sheet: userSheet })).toEqual(userBefore);
  });

  test("edits and undos pressed back to back each see the one before (before React renders)", async () => {
    const { source, origin } = await workbookFor(kind, lang);
    const workbook: PaneWorkbook = { source, origin };
    const host: PaneHost = { lang, inExcel: kind === "excel", openInitial: () => workbook };
    const loaded = await loadOrgWorkbook(source, { lang });
    if (!loaded.ok) throw new Error(loaded.problem.code);
    const current = loaded.loaded;
    const out = {} as Harness;
    await act(async () => root.render(<Probe host={host} workbook={workbook} current={current} out={out} />));
    await waitFor(() => out.state && out.state.plans.length === 0 && !out.state.busy, "the (empty) list");
    act(() => out.actions.create("Quick", false));
    const shown = await waitFor(() => out.state.shown?.loaded && out.state.shown, "the plan shown");
    const readPlan = async () => {
      const read = await source.readPositions({ sheet: shown.info.sheetName, mapping: current.mapping });
      if (!read.ok) throw new Error(read.problem.code);
      return read.grid;
    };

    // Two moves and then two undos, all queued in one go: the second undo takes back the first move, not the second
    // one again.
    act(() => {
      out.actions.edit({ kind: "move", id: "OC-016", newManager: "OC-011" });
      out.actions.edit({ kind: "move", id: "OC-019", newManager: "OC-010" });
    });
    await waitFor(() => out.state.history.done.length === 2 && !out.state.busy, "both moves written");
    act(() => {
      out.actions.undo();
      out.actions.undo();
    });
    await waitFor(() => out.state.history.undone.length === 2 && !out.state.busy, "both undos");
    expect(out.state.history.done).toHaveLength(0);
    const grid = await readPlan();
    expect(reportsToOf(grid, lang, "OC-016")).toBe("OC-014");
    expect(reportsToOf(grid, lang, "OC-019")).toBe("OC-017");
  });

  test("deletes a plan: its sheet goes, the pane goes back to the current org if it was shown, the table stays", async () => {
    const { source, origin } = await workbookFor(kind, lang);
    const workbook: PaneWorkbook = { source, origin };
    const host: PaneHost = { lang, inExcel: kind === "excel", openInitial: () => workbook };
    const loaded = await loadOrgWorkbook(source, { lang });
    if (!loaded.ok) throw new Error(loaded.problem.code);
    const current = loaded.loaded;
    const userSheet = current.grid.sheetName;
    const userBefore = await source.readPositions({ sheet: userSheet });
    const out = {} as Harness;
    await act(async () => root.render(<Probe host={host} workbook={workbook} current={current} out={out} />));
    await waitFor(() => out.state && out.state.plans.length === 0 && !out.state.busy, "the (empty) list");

    act(() => out.actions.create("A", false));
    await waitFor(() => out.state.shown?.info.title === "A" && out.state.shown.loaded, "plan A shown");
    act(() => out.actions.create("B", false));
    const b = await waitFor(
      () => out.state.shown?.info.title === "B" && out.state.shown.loaded && out.state.shown,
      "B",
    );
    await waitFor(() => out.state.plans.length === 2 && !out.state.busy, "both plans listed");
    const a = out.state.plans.find((plan) => plan.title === "A")!;

    // A plan not shown: its sheet goes, the shown one stays shown.
    act(() => out.actions.remove(a));
    await waitFor(() => out.state.plans.length === 1 && !out.state.busy, "A deleted");
    expect(out.state.shown?.info.sheetName).toBe(b.info.sheetName);
    expect(out.state.notice?.intent).toBe("success");
    expect(textIn(out.state.notice!.text, lang)).toContain(a.sheetName);
    expect(await source.listSheets()).not.toContain(a.sheetName);
    expect((await source.listScenarios()).map((plan) => plan.title)).toEqual(["B"]);

    // The plan shown: the pane goes back to the current org.
    act(() => out.actions.remove(b.info));
    await waitFor(() => out.state.plans.length === 0 && !out.state.busy, "B deleted");
    expect(out.state.shown).toBeUndefined();
    expect(out.state.history.done).toHaveLength(0);
    expect(await source.listSheets()).not.toContain(b.info.sheetName);
    expect(await source.listScenarios()).toEqual([]);

    // The user's own table is not a plan: refused, and left as it was.
    act(() => out.actions.remove({ sheetName: userSheet, title: userSheet, source: "", created: "" }));
    await waitFor(() => out.state.notice?.intent === "error" && !out.state.busy, "the refusal");
    expect(await source.listSheets()).toContain(userSheet);
    expect(await source.readPositions({ sheet: userSheet })).toEqual(userBefore);
  });
});
