/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 *
 * (Node's export conditions: the workbook behind the pane is a FileWorkbookSource, whose exceljs and
 * uuid would otherwise resolve to their ES-module browser builds, which jest cannot load.)
 */
import { act } from "react";
import type { Root } from "react-dom/client";
import { operationsCenterWorkbook } from "../../src/core";
import { FileWorkbookSource } from "../../src/files";
import type { PaneHost } from "../../src/taskpane/host/paneHost";
import { csvSource, renderPane, unmountPane, waitFor } from "./renderPane";

const PEOPLE_CSV = "Position ID,Title,Reports To,Name\nU1,Owner,,Uma\nU2,Helper,U1,\n";

/** The positions the Overview tab's outline lists (the pane opens on the chart, which draws only the cards in view). */
function positionIds(): string[] {
  const overview = document.querySelector<HTMLElement>("[data-tab='overview']");
  if (overview && overview.getAttribute("aria-selected") !== "true") act(() => overview.click());
  return Array.from(document.querySelectorAll("[data-testid='positions'] [data-position-id]"), (item) =>
    item.getAttribute("data-position-id")!,
  );
}

function button(name: string): HTMLButtonElement | undefined {
  return Array.from(document.querySelectorAll("button")).find((element) => element.textContent?.trim() === name);
}

describe("App in Excel (the workbook behind the WorkbookSource interface)", () => {
  let root: Root;
  let source: FileWorkbookSource;

  beforeEach(async () => {
    source = await csvSource(PEOPLE_CSV);
    const host: PaneHost = { lang: "en", inExcel: true, openInitial: () => ({ source, origin: "excel" }) };
    root = await renderPane(host);
  });

  afterEach(async () => unmountPane(root));

  test("reads the workbook, offers Insert sample and Refresh, and no file actions", async () => {
    await waitFor(() => positionIds().length === 2, "the workbook's positions");
    expect(positionIds()).toEqual(["U1", "U2"]);
    expect(document.querySelector("[data-testid='source-description']")?.textContent).toBe(
      "Data: Excel · sheet people",
    );
    expect(button("Insert sample")).toBeDefined();
    expect(button("Refresh")).toBeDefined();
    expect(button("Open file…")).toBeUndefined();
    expect(document.querySelector("[data-testid='open-file']")).toBeNull();
  });

  test("Insert sample writes a new sheet and reads it; the user's sheet is left as it was", async () => {
    await waitFor(() => button("Insert sample") && !button("Insert sample")!.disabled, "the first read");
    await act(async () => button("Insert sample")!.click());
    await waitFor(() => positionIds().length === 35, "the sample's positions");
    expect(document.body.textContent).toContain("The sample was written to the sheets “Positions”, “Departments”.");
    expect(document.querySelector("[data-testid='source-description']")?.textContent).toBe(
      "Data: Excel · sheet Positions · table Positions",
    );
    await expect(source.listSheets()).resolves.toEqual(["people", "Positions", "Departments"]);
    const people = await source.readPositions({ sheet: "people" });
    expect(people.ok && people.grid.rows).toEqual([
      ["Position ID", "Title", "Reports To", "Name"],
      ["U1", "Owner", "", "Uma"],
      ["U2", "Helper", "U1", ""],
    ]);

    // Refresh reads the sheet the pane wrote, not the first one.
    await act(async () => button("Refresh")!.click());
    await waitFor(() => !button("Refresh")!.disabled, "the refresh");
    expect(positionIds()).toHaveLength(35);

    // A second insert replaces the add-in's own sheets instead of adding others.
    await act(async () => button("Insert sample")!.click());
    await waitFor(() => !button("Insert sample")!.disabled, "the second insert");
    await expect(source.listSheets()).resolves.toEqual(["people", "Positions", "Departments"]);
  });

  test("Write report writes the Org checks and Coverage sheets; writing again replaces them", async () => {
    await waitFor(() => button("Write report") && !button("Write report")!.disabled, "the first read");
    await act(async () => button("Write report")!.click());
    await waitFor(() => document.querySelector("[data-testid='notice']"), "the report's notice");
    expect(document.querySelector("[data-testid='notice']")!.textContent).toContain(
      "The report was written to the sheets “Org checks”, “Coverage”.",
    );
    await expect(source.listSheets()).resolves.toEqual(["people", "Org checks", "Coverage"]);
    await waitFor(() => !button("Write report")!.disabled, "the write");
    await act(async () => button("Write report")!.click());
    await waitFor(
      () => !button("Write report")!.disabled && document.querySelector("[data-testid='notice']"),
      "the rewrite",
    );
    await expect(source.listSheets()).resolves.toEqual(["people", "Org checks", "Coverage"]);
    // Inside Excel the notice offers no download: the sheets are in the open workbook.
    expect(button("Download .xlsx")).toBeUndefined();
  });
});

describe("App in Excel: a finding takes the user to its row", () => {
  let root: Root;
  const selected: [string, number][] = [];

  beforeEach(async () => {
    selected.length = 0;
    const source = FileWorkbookSource.fromSheetSpecs("Book", operationsCenterWorkbook("en"));
    const host: PaneHost = {
      lang: "en",
      inExcel: true,
      openInitial: () => ({ source, origin: "excel" }),
      selectSourceRow: async (sheet, row) => {
        selected.push([sheet, row]);
        return sheet !== "Departments";
      },
    };
    root = await renderPane(host);
    await waitFor(() => positionIds().length === 35, "the sample's positions");
    const checksTab = document.querySelector<HTMLElement>("[data-tab='checks']")!;
    await act(async () => checksTab.click());
    await waitFor(() => document.querySelector("[data-testid='checks']"), "the Checks view");
  });

  afterEach(async () => unmountPane(root));

  function findingButton(code: string, index = 0): HTMLButtonElement {
    return document.querySelectorAll<HTMLButtonElement>(`[data-finding-code='${code}'] button`)[index];
  }

  test("a span finding selects its position's row on the positions sheet and marks the position", async () => {
    const button = findingButton("SPAN_TOO_NARROW");
    expect(button.textContent).toContain("(OC-011)");
    await act(async () => button.click());
    await waitFor(() => document.querySelector("[data-testid='finding-status']"), "the finding's status");
    expect(selected).toEqual([["Positions", 5]]);
    expect(document.querySelector("[data-testid='finding-status']")!.textContent).toBe(
      "Row 5 of “Positions” is selected in Excel.",
    );
    expect(document.querySelector("[data-focused='true']")?.getAttribute("data-position-id")).toBe("OC-011");
    // Inside Excel the row is shown in the sheet; the outline does not repeat it.
    expect(document.querySelector("[data-testid='focused-row']")).toBeNull();
  });

  test("a finding about the Departments table selects its row there; a sheet gone since the read is said so", async () => {
    await act(async () => findingButton("SUPPORT_MISSING").click());
    await waitFor(() => document.querySelector("[data-testid='finding-status']"), "the finding's status");
    expect(selected[0][0]).toBe("Departments");
    expect(selected[0][1]).toBeGreaterThan(1);
    expect(document.querySelector("[data-testid='finding-status']")!.textContent).toBe(
      "The sheet “Departments” is no longer in the workbook. Refresh to read it again.",
    );
  });
});
