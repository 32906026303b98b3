/**
 * The browser bench's page: bundled by esbuild into one IIFE (buildPageBundle.ts) and driven from Node by
 * runBrowserBench.ts through `window.orgwrightBench`. Rows are loaded first (`load*`), then a scenario runs.
 */
import type { SheetGrid } from "../../src/core/sheet/sheetGrid";
import { oursFirstFrame, oursPanFrames, type OursPanOptions } from "./oursScenario";
import { oursEditRedraw } from "./editScenario";
import { chartContainer, fetchJson, pageData } from "./pageData";
import type { PeerRow } from "./peerRow";
import { peerFirstFrame, peerPanFrames } from "./peerScenario";

const api = {
  async loadGrid(url: string): Promise<number> {
    pageData.grid = await fetchJson<SheetGrid>(url);
    return pageData.grid.rows.length - 1;
  },
  async loadPeerRows(url: string): Promise<number> {
    pageData.peerRows = await fetchJson<PeerRow[]>(url);
    return pageData.peerRows.length;
  },
  oursFirstFrame(width: number, height: number) {
    if (!pageData.grid) throw new Error("loadGrid first");
    // The grid stays referenced (as the pane keeps what it read), so it counts in the memory figures.
    return oursFirstFrame(pageData.grid, chartContainer(width, height));
  },
  oursEditRedraw(width: number, height: number) {
    if (!pageData.grid) throw new Error("loadGrid first");
    return oursEditRedraw(pageData.grid, chartContainer(width, height), "/analysis-worker.js");
  },
  oursPanFrames(options: OursPanOptions) {
    return oursPanFrames(options);
  },
  peerFirstFrame(width: number, height: number) {
    if (!pageData.peerRows) throw new Error("loadPeerRows first");
    return peerFirstFrame(pageData.peerRows, chartContainer(width, height));
  },
  peerPanFrames(frames: number, stepPx: number) {
    return peerPanFrames(frames, stepPx);
  },
  domNodes(): number {
    return document.getElementsByTagName("*").length;
  },
};

export type BenchPageApi = typeof api;

(window as unknown as { orgwrightBench: BenchPageApi }).orgwrightBench = api;
