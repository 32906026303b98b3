/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 *
 * Issue 9 §1, cell-edit mode: while the user types in a cell, Excel fails every batch. A background refresh (after
 * an edit) that fails keeps the last good org on screen, says so quietly, tries again, and never stops following.
 * The workbook is the project's Excel fake behind the real Excel adapter.
 */
import { act } from "react";
import type { Root } from "react-dom/client";
import { ExcelWorkbookSource } from "../../src/excel/excelWorkbookSource";
import type { PositionsWatchHandlers } from "../../src/excel/watchPositions";
import type { PaneHost } from "../../src/taskpane/host/paneHost";
import { fakeExcelRun } from "../excel/fakeExcel/mockExcelContext";
import { FakeExcelError, FakeWorkbook } from "../excel/fakeExcel/fakeWorkbook";
import { giveChartRoom, renderPane, unmountPane, waitFor } from "./renderPane";

function card(id: string): SVGGElement | null {
  return document.querySelector<SVGGElement>(`[data-testid='org-chart'] [data-position-id='${id}']`);
}

const cellEditError = () =>
  new FakeExcelError("InvalidOperationInCellEditMode", "Excel is in cell-editing mode. Please exit the edit mode.");

describe("the pane while the user edits a cell in Excel", () => {
  let root: Root;
  let book: FakeWorkbook;
  let watched: PositionsWatchHandlers[];
  let stopped: number;

  beforeEach(async () => {
    giveChartRoom();
    book = new FakeWorkbook(["Staff"]);
    book.putTable("Staff", "People", "A1", [
      ["Position ID", "Title", "Reports To", "Name"],
      ["B", "Boss", "", "Bo"],
      ["L1", "Lead one", "B", "Li"],
      ["L2", "Lead two", "B", "Lu"],
    ]);
    const source = new ExcelWorkbookSource(fakeExcelRun(book));
    watched = [];
    stopped = 0;
    const host: PaneHost = {
      lang: "en",
      inExcel: true,
      openInitial: () => ({ source, origin: "excel" }),
      watchPositions: async (_target, handlers) => {
        watched.push(handlers);
        return async () => {
          stopped++;
        };
      },
    };
    root = await renderPane(host);
    await waitFor(() => card("L2") && watched.length === 1, "the chart and the watch");
  });

  afterEach(async () => unmountPane(root));

  test("a refresh refused in cell-edit mode keeps the org, says so quietly, retries and keeps following", async () => {
    // The user edits a title; Excel's change event fires while the cell is still in edit mode: the next batch fails.
    book.putCells("Staff", "B4", [["Lead two (acting)"]]);
    book.failingSync = { index: book.requests.length, error: cellEditError() };
    await act(async () => watched[0].onChanged());

    const stale = await waitFor(() => document.querySelector("[data-testid='stale-org']"), "the quiet note");
    expect(stale.textContent).toContain("showing the org as last read");
    // The last good org stays: the chart with its cards, no error banner, no problem.
    expect(card("B")).not.toBeNull();
    expect(card("L2")).not.toBeNull();
    expect(document.querySelector("[data-problem-code]")).toBeNull();
    expect(document.querySelector("[data-testid='notice']")).toBeNull();
    // Live follow is not lost.
    expect(stopped).toBe(0);

    // The retry (edit mode over) reads the edit.
    await waitFor(() => document.querySelector("[data-testid='stale-org']") === null, "the retry", 15_000);
    await waitFor(() => card("L2")?.textContent?.includes("Lead two (acting)"), "the edited title on the card");
    expect(stopped).toBe(0);
    expect(watched).toHaveLength(1);

    // Still following: the next edit is read.
    book.putCells("Staff", "B3", [["Lead one (new)"]]);
    await act(async () => watched[0].onChanged());
    await waitFor(() => card("L1")?.textContent?.includes("Lead one (new)"), "the next edit");
  });
});
