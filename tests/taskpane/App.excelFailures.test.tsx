/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 *
 * (Node's export conditions: the workbook behind the pane is a FileWorkbookSource, whose exceljs and
 * uuid would otherwise resolve to their ES-module browser builds, which jest cannot load.)
 */
import type { Root } from "react-dom/client";
import type { PaneHost } from "../../src/taskpane/host/paneHost";
import { csvSource, renderPane, unmountPane, waitFor } from "./renderPane";

const PEOPLE_CSV = "Position ID,Title,Reports To,Name\nU1,Owner,,Uma\nU2,Helper,U1,\n";

describe("failures in Excel the user must hear of", () => {
  let root: Root;

  afterEach(async () => unmountPane(root));

  test("a watch that cannot be registered is said in the pane, not swallowed", async () => {
    const source = await csvSource(PEOPLE_CSV);
    const host: PaneHost = {
      lang: "en",
      inExcel: true,
      openInitial: () => ({ source, origin: "excel" }),
      watchPositions: () => Promise.reject(new Error("ItemNotFound: The requested resource doesn't exist.")),
    };
    root = await renderPane(host);
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
