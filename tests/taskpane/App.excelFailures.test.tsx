/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 *
 * (Node's export conditions: the workbook behind the pane is a FileWorkbookSource, whose exceljs and
 * uuid would otherwise resolve to their ES-module browser builds, which jest cannot load.)
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { TextDecoder, TextEncoder } from "node:util";
import { act } from "react";
import { createRoot, type Root } from "react-dom/client";
import { openWorkbookFile } from "../../src/files";
import { App } from "../../src/taskpane/App";
import type { PaneHost } from "../../src/taskpane/host/paneHost";

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
Object.assign(globalThis, { TextDecoder, TextEncoder });

const PEOPLE_CSV = "Position ID,Title,Reports To,Name\nU1,Owner,,Uma\nU2,Helper,U1,\n";

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

describe("failures in Excel the user must hear of", () => {
  let root: Root;

  afterEach(async () => {
    await act(async () => root.unmount());
    document.body.innerHTML = "";
  });

  test("a watch that cannot be registered is said in the pane, not swallowed", async () => {
    const opened = await openWorkbookFile(new TextEncoder().encode(PEOPLE_CSV), "people.csv");
    if (!opened.ok) throw new Error(opened.problem.code);
    const source = opened.source;
    const host: PaneHost = {
      lang: "en",
      inExcel: true,
      openInitial: () => ({ source, origin: "excel" }),
      watchPositions: () => Promise.reject(new Error("ItemNotFound: The requested resource doesn't exist.")),
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
    const message = await waitFor(
      () =>
        Array.from(document.querySelectorAll("[data-testid='notice']")).find((n) => /follow/.test(n.textContent ?? "")),
      "the notice",
    );
    expect(message.textContent).toContain(
      "The chart does not follow edits in Excel (ItemNotFound: The requested resource doesn't exist.). Refresh to try again.",
    );
  });
});
