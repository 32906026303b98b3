/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 *
 * The chart inside Excel, with the workbook behind the WorkbookSource interface and the host's Excel operations
 * recorded: a card selects its row, a selected row selects its card, an edit re-reads the table and keeps the chart.
 */
import { act } from "react";
import { createRoot, type Root } from "react-dom/client";
import { type FileWorkbookSource } from "../../src/files";
import type { PositionsWatchHandlers } from "../../src/excel/watchPositions";
import type { PaneHost } from "../../src/taskpane/host/paneHost";
import { csvSource, giveChartRoom, renderPane, unmountPane, waitFor } from "./renderPane";

// A small org that fits a 600 × 500 chart: the boss, two leads, a member each.
const CSV =
  "Position ID,Title,Reports To,Name\nB,Boss,,Bo\nL1,Lead one,B,Li\nL2,Lead two,B,Lu\nM1,Member,L1,Mo\nM2,Member,L2,\n";

function card(id: string): SVGGElement | null {
  return document.querySelector<SVGGElement>(`[data-testid='org-chart'] [data-position-id='${id}']`);
}

describe("the chart inside Excel", () => {
  let root: Root;
  let source: FileWorkbookSource;
  let selected: [string, number][];
  let watched: { target: { sheet: string; table?: string }; handlers: PositionsWatchHandlers }[];
  let stopped: number;
  let reads: number;
  /** What selecting a row does: undefined selects it, an error rejects. */
  let selectFailure: Error | undefined;

  beforeEach(async () => {
    giveChartRoom();
    source = await csvSource(CSV);
    const readPositions = source.readPositions.bind(source);
    reads = 0;
    source.readPositions = (options) => {
      reads++;
      return readPositions(options);
    };
    selected = [];
    selectFailure = undefined;
    watched = [];
    stopped = 0;
    const host: PaneHost = {
      lang: "en",
      inExcel: true,
      openInitial: () => ({ source, origin: "excel" }),
      selectSourceRow: async (sheet, row) => {
        selected.push([sheet, row]);
        if (selectFailure) throw selectFailure;
        return true;
      },
      watchPositions: async (target, handlers) => {
        watched.push({ target, handlers });
        return async () => {
          stopped++;
        };
      },
    };
    root = await renderPane(host);
    await waitFor(() => card("M2"), "the chart's cards");
  });

  afterEach(async () => unmountPane(root));

  test("the pane follows the positions sheet it read, and stops when it goes", async () => {
    expect(watched.map((watch) => watch.target)).toEqual([{ sheet: "people", table: undefined }]);
    await act(async () => root.unmount());
    await waitFor(() => stopped === 1, "the watch to stop");
    root = createRoot(document.createElement("div"));
  });

  test("clicking a card selects its row in Excel", async () => {
    await act(async () => card("L2")!.dispatchEvent(new MouseEvent("click", { bubbles: true })));
    await waitFor(() => selected.length > 0, "the row to be selected");
    expect(selected).toEqual([["people", 4]]);
    expect(card("L2")!.getAttribute("aria-selected")).toBe("true");
  });

  test("a card click whose row cannot be selected in Excel says so in the pane", async () => {
    selectFailure = Object.assign(new Error("InvalidSelection: The current selection is invalid."), {
      code: "InvalidSelection",
    });
    await act(async () => card("L2")!.dispatchEvent(new MouseEvent("click", { bubbles: true })));
    const notice = await waitFor(
      () =>
        Array.from(document.querySelectorAll("[data-testid='notice']")).find((n) => /Row 4/.test(n.textContent ?? "")),
      "the notice",
    );
    expect(notice.textContent).toContain(
      "Row 4 of “people” could not be selected in Excel: InvalidSelection: The current selection is invalid.",
    );
  });

  test("selecting a row in the sheet selects its card; a row that is no position changes nothing", async () => {
    await act(async () => watched[0].handlers.onSelectRow(5));
    await waitFor(() => card("M1")?.getAttribute("aria-selected") === "true", "M1's card selected");
    await act(async () => watched[0].handlers.onSelectRow(99));
    expect(card("M1")!.getAttribute("aria-selected")).toBe("true");
    // No row was selected back in Excel: the selection came from there.
    expect(selected).toEqual([]);
  });

  test("an edit re-reads the table and keeps what was collapsed and selected", async () => {
    // Collapse L1 with the control under its card.
    const toggle = card("L1")!.querySelector(".oc-card-toggle")!;
    await act(async () => toggle.dispatchEvent(new MouseEvent("click", { bubbles: true })));
    await waitFor(() => card("M1") === null, "L1's reports hidden");
    await act(async () => watched[0].handlers.onSelectRow(6));
    await waitFor(() => card("M2")?.getAttribute("aria-selected") === "true", "M2 selected");
    const before = reads;
    await act(async () => watched[0].handlers.onChanged());
    await waitFor(
      () => reads > before && document.querySelector("main")?.getAttribute("aria-busy") === "false",
      "the re-read",
    );
    await waitFor(() => card("M2"), "the chart after the re-read");
    expect(card("M1")).toBeNull();
    expect(card("L1")!.getAttribute("aria-expanded")).toBe("false");
    expect(card("M2")!.getAttribute("aria-selected")).toBe("true");
  });
});
