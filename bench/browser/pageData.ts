/** The rows the page was handed (fetched and parsed before any clock starts), kept for the scenarios. */
import type { SheetGrid } from "../../src/core/sheet/sheetGrid";
import type { PeerRow } from "./peerRow";

export interface PageData {
  grid?: SheetGrid;
  peerRows?: PeerRow[];
}

export const pageData: PageData = {};

/** Fetches and parses a JSON file of the bench server. */
export async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return JSON.parse(await response.text()) as T;
}

/** Sizes the chart's container (CSS px), at the page's top-left corner. */
export function chartContainer(width: number, height: number): HTMLElement {
  const container = document.getElementById("chart") as HTMLElement;
  container.style.width = `${width}px`;
  container.style.height = `${height}px`;
  return container;
}
