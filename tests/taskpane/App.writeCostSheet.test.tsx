/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 *
 * (Node's export conditions: the workbook behind the pane is a FileWorkbookSource, whose exceljs and
 * uuid would otherwise resolve to their ES-module browser builds, which jest cannot load.)
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import ExcelJS from "exceljs";
import { TextDecoder, TextEncoder } from "node:util";
import { act } from "react";
import { createRoot, type Root } from "react-dom/client";
import { FileWorkbookSource, openWorkbookFile } from "../../src/files";
import { App } from "../../src/taskpane/App";
import type { PaneHost } from "../../src/taskpane/host/paneHost";
import { loadXlsx } from "../fixtures/workbookFiles";

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
Object.assign(globalThis, { TextDecoder, TextEncoder });

/** A user's workbook (numbers as numbers, as Excel holds them). */
async function staffWorkbook(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet("Staff").addRows([
    ["Position ID", "Title", "Reports To", "Department", "Base Salary", "Bonus %", "Location"],
    ["A", "Head", "", "Ops", 600000, 10, "Beijing"],
    ["B", "Clerk", "A", "Ops", 60000, null, "Beijing"],
  ]);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

async function waitFor<T>(probe: () => T | null | undefined | false, what: string, timeoutMs = 10_000): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = probe();
    if (value) return value;
    if (Date.now() - started > timeoutMs)
      throw new Error(`Timed out waiting for ${what}:\n${document.body.textContent}`);
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
  }
}

const byTestId = (id: string) => document.querySelector<HTMLButtonElement>(`[data-testid='${id}']`);

describe("the Cost tab's Write cost sheet, in the pane", () => {
  let root: Root;
  let source: FileWorkbookSource;

  afterEach(async () => {
    await act(async () => root.unmount());
    document.body.innerHTML = "";
  });

  test.each([true, false])(
    "in Excel %s: the button writes the Headcount cost sheet of live formulas",
    async (inExcel) => {
      const opened = await openWorkbookFile(await staffWorkbook(), "staff.xlsx");
      if (!opened.ok) throw new Error(opened.problem.code);
      source = opened.source;
      const host: PaneHost = {
        lang: "en",
        inExcel,
        openInitial: () => ({ source, origin: inExcel ? "excel" : "file" }),
      };
      const container = document.createElement("div");
      document.body.append(container);
      root = createRoot(container);
      await act(async () => {
        root.render(
          <FluentProvider theme={webLightTheme}>
            <App host={host} />
          </FluentProvider>,
        );
      });
      const tab = await waitFor(() => document.querySelector<HTMLElement>("[data-tab='cost']"), "the Cost tab");
      act(() => tab.click());
      const write = await waitFor(() => byTestId("write-cost-sheet"), "Write cost sheet");
      await waitFor(() => !write.disabled, "the first read");
      await act(async () => write.click());
      await waitFor(() => document.querySelector("[data-testid='notice']"), "the notice");
      expect(document.querySelector("[data-testid='notice']")!.textContent).toContain("“Headcount cost”");
      await expect(source.listSheets()).resolves.toEqual(["Staff", "Headcount cost"]);
      const saved = await loadXlsx(await source.toXlsx());
      const formulas: string[] = [];
      saved.getWorksheet("Headcount cost")!.eachRow((row) =>
        row.eachCell((cell) => {
          const value = cell.value as { formula?: string };
          if (value && typeof value === "object" && value.formula) formulas.push(value.formula);
        }),
      );
      expect(formulas).toContain("ROUND('Staff'!$E$2,4)");
      expect(formulas).toContain("N('Staff'!$F$2)");
    },
  );
});
