/**
 * The pane rendered in jsdom for the App tests: the whole App in Fluent's provider over a host the test makes (the
 * project's Excel fake behind the Excel adapter, or a file's source standing in for the workbook), and the waits.
 * Test files that read a workbook with exceljs keep their own `@jest-environment-options` (Node's export conditions).
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { TextDecoder, TextEncoder } from "node:util";
import { act } from "react";
import { createRoot, type Root } from "react-dom/client";
import { openWorkbookFile, type FileWorkbookSource } from "../../src/files";
import { App } from "../../src/taskpane/App";
import type { PaneHost } from "../../src/taskpane/host/paneHost";

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
// jsdom lacks the encoding API every browser has; the file reader needs it.
Object.assign(globalThis, { TextDecoder, TextEncoder });

/** Waits (in act) until `probe` gives something; past the timeout, fails naming `what` and the pane's text. */
export async function waitFor<T>(
  probe: () => T | null | undefined | false,
  what: string,
  timeoutMs = 10_000,
): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = probe();
    if (value) return value;
    if (Date.now() - started > timeoutMs)
      throw new Error(`Timed out waiting for ${what}:\n${document.body.textContent}`);
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
  }
}

/** jsdom has no layout: every element is 600 × 500, so the chart has room to draw its cards. */
export function giveChartRoom(): void {
  Object.defineProperty(HTMLElement.prototype, "clientWidth", { configurable: true, get: () => 600 });
  Object.defineProperty(HTMLElement.prototype, "clientHeight", { configurable: true, get: () => 500 });
}

/** A CSV file's source, standing in for the workbook behind the pane. */
export async function csvSource(csv: string, name = "people.csv"): Promise<FileWorkbookSource> {
  const opened = await openWorkbookFile(new TextEncoder().encode(csv), name);
  if (!opened.ok) throw new Error(opened.problem.code);
  return opened.source;
}

/** Renders the App over `host` in a container added to the page. */
export async function renderPane(host: PaneHost): Promise<Root> {
  const container = document.createElement("div");
  document.body.append(container);
  const root = createRoot(container);
  await act(async () => {
    root.render(
      <FluentProvider theme={webLightTheme}>
        <App host={host} />
      </FluentProvider>,
    );
  });
  return root;
}

/** Unmounts the pane and empties the page. */
export async function unmountPane(root: Root): Promise<void> {
  await act(async () => root.unmount());
  document.body.innerHTML = "";
}
