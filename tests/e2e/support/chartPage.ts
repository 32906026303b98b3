import type { Locator, Page } from "playwright-core";
import { openFileInPane } from "./paneBrowser";

/** The chart's box on the page (the clipped container the SVG fills). */
export const CHART = "[data-testid='org-chart']";
/** Every card element the chart has drawn (only the cards in view, plus a margin, are in the DOM). */
export const CHART_CARDS = `${CHART} [data-card]`;

/** A box in page px. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** One card the chart has drawn: where the layout put it (world px, from its transform) and where it is on the page. */
export interface DrawnCard {
  /** Position ID ("" for a virtual top or a department/team card). */
  id: string;
  card: number;
  /** The card's translate(x, y) inside the chart's viewport. */
  x: number;
  y: number;
  /** The card's box on the page. */
  box: Box;
  selected: boolean;
  expanded: string | null;
  level: number;
  label: string;
}

/** The card of one position. */
export function cardOf(page: Page, id: string): Locator {
  return page.locator(`${CHART} [data-position-id='${id}']`);
}

/** The cards the chart has drawn, in DOM order. */
export function drawnCards(page: Page): Promise<DrawnCard[]> {
  return page.locator(CHART_CARDS).evaluateAll((elements) =>
    elements.map((element) => {
      const match = /translate\(\s*(-?[\d.]+)[ ,]+(-?[\d.]+)\s*\)/.exec(element.getAttribute("transform") ?? "");
      const rect = element.querySelector(".oc-card-body")?.getBoundingClientRect() ?? element.getBoundingClientRect();
      return {
        id: element.getAttribute("data-position-id") ?? "",
        card: Number(element.getAttribute("data-card")),
        x: match ? Number(match[1]) : NaN,
        y: match ? Number(match[2]) : NaN,
        box: { x: rect.x, y: rect.y, width: rect.width, height: rect.height },
        selected: element.getAttribute("aria-selected") === "true",
        expanded: element.getAttribute("aria-expanded"),
        level: Number(element.getAttribute("aria-level")),
        label: (element.querySelector(":scope > title")?.textContent ?? "").split("\n")[0],
      };
    }),
  );
}

/** The position IDs of the cards drawn. */
export async function drawnCardIds(page: Page): Promise<string[]> {
  return (await drawnCards(page)).map((card) => card.id).filter((id) => id !== "");
}

/** The chart's box on the page. */
export async function chartBox(page: Page): Promise<Box> {
  const box = await page.locator(CHART).boundingBox();
  if (!box) throw new Error("the chart is not on the page");
  return box;
}

/** Whether `inner` lies wholly inside `outer` (1 px of rounding allowed). */
export function isInside(inner: Box, outer: Box): boolean {
  return (
    inner.x >= outer.x - 1 &&
    inner.y >= outer.y - 1 &&
    inner.x + inner.width <= outer.x + outer.width + 1 &&
    inner.y + inner.height <= outer.y + outer.height + 1
  );
}

/** The box of a card's body on the page. */
export async function cardBoxOf(page: Page, id: string): Promise<Box> {
  const box = await cardOf(page, id).locator(".oc-card-body").boundingBox();
  if (!box) throw new Error(`the card of ${id} is not drawn`);
  return box;
}

/** Whether a position's card is drawn wholly inside the chart's visible box. */
export async function cardIsInView(page: Page, id: string): Promise<boolean> {
  if ((await cardOf(page, id).count()) === 0) return false;
  return isInside(await cardBoxOf(page, id), await chartBox(page));
}

/** The zoom of the chart (the scale of its viewport's transform). */
export async function chartScale(page: Page): Promise<number> {
  const transform = (await page.locator(`${CHART} .oc-viewport`).getAttribute("transform")) ?? "";
  const match = /scale\(\s*(-?[\d.e-]+)\s*\)/.exec(transform);
  if (!match) throw new Error(`no scale in the chart's transform "${transform}"`);
  return Number(match[1]);
}

/** The chart's viewport transform, as written (changes with every pan and zoom). */
export async function chartTransform(page: Page): Promise<string> {
  return (await page.locator(`${CHART} .oc-viewport`).getAttribute("transform")) ?? "";
}

/** The position ID of the element that has the keyboard focus ("" when it is not a card). */
export function focusedCardId(page: Page): Promise<string> {
  return page.evaluate(() => document.activeElement?.getAttribute("data-position-id") ?? "");
}

/** The dashed dotted-line path's `d` ("" when none is drawn). */
export async function dottedLinePath(page: Page): Promise<string> {
  return (await page.locator(`${CHART} path.oc-dotted`).getAttribute("d")) ?? "";
}

/** Opens the chart's options menu and waits for its items. */
export async function openChartOptions(page: Page): Promise<void> {
  await page.getByTestId("chart-options").click();
  await page.getByRole("menu").waitFor();
}

/** Types into the chart's search box and waits for the match of `id` in the list. */
export async function searchChart(page: Page, query: string, id: string): Promise<Locator> {
  const box = page.getByTestId("chart-search");
  const input = (await box.evaluate((element) => element.tagName)) === "INPUT" ? box : box.locator("input");
  await input.fill(query);
  const result = page.locator(`[data-search-result='${id}']`);
  await result.waitFor();
  return result;
}

/**
 * Presses one of the zoom buttons. The tests' browser asks for reduced motion, so the chart jumps to the new
 * view at once (no animation); a frame is let pass for the drawing.
 */
export async function pressZoom(page: Page, button: "zoom-in" | "zoom-out" | "zoom-fit"): Promise<void> {
  await page.getByTestId(button).click();
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
}

/** Zooms out with the button until the scale is at most `scale`. */
export async function zoomOutTo(page: Page, scale: number): Promise<void> {
  for (let i = 0; i < 40 && (await chartScale(page)) > scale; i++) await pressZoom(page, "zoom-out");
}

/** A CSV file as the pane reads it. */
export function csvFile(lines: string[]): Buffer {
  return Buffer.from(lines.join("\n") + "\n", "utf8");
}

/** One manager (W0) with `reports` reports (W1…Wn), none of whom manage anyone. */
export function wideSpanCsv(reports: number): Buffer {
  const lines = ["Position ID,Title,Department,Reports To,Name,Grade"];
  lines.push("W0,Head of Support,Support,,Mei Lin,Director");
  for (let i = 1; i <= reports; i++) lines.push(`W${i},Agent ${i},Support,W0,Person ${i},Specialist`);
  return csvFile(lines);
}

/** A reporting chain `layers` deep: L1 at the top, L{layers} at the bottom. */
export function chainCsv(layers: number): Buffer {
  const lines = ["Position ID,Title,Reports To,Name"];
  for (let i = 1; i <= layers; i++) lines.push(`L${i},Lead ${i},${i === 1 ? "" : `L${i - 1}`},Person ${i}`);
  return csvFile(lines);
}

/** Opens a CSV in the pane and waits for the chart to draw one of its positions. */
export async function openCsvChart(page: Page, name: string, buffer: Buffer, firstId: string): Promise<void> {
  await openFileInPane(page, name, "text/csv", buffer);
  await cardOf(page, firstId).waitFor({ state: "attached" });
}

/** The distinct values of a list, rounded to whole px, sorted. */
export function distinctPx(values: readonly number[]): number[] {
  return [...new Set(values.map((value) => Math.round(value)))].sort((a, b) => a - b);
}

/**
 * The accessible name Chromium computes for an element (what a screen reader is told), through the DevTools
 * protocol's accessibility tree. Cards are named by their SVG <title>, whose first line says title, holder and span.
 */
export async function accessibleName(page: Page, locator: Locator): Promise<string> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await locator.evaluate((element) => element.setAttribute("data-ax-probe", ""));
    const { root } = await cdp.send("DOM.getDocument", { depth: 0 });
    const { nodeId } = await cdp.send("DOM.querySelector", { nodeId: root.nodeId, selector: "[data-ax-probe]" });
    const { nodes } = await cdp.send("Accessibility.getPartialAXTree", { nodeId, fetchRelatives: false });
    return String(nodes[0]?.name?.value ?? "");
  } finally {
    await locator.evaluate((element) => element.removeAttribute("data-ax-probe"));
    await cdp.detach();
  }
}
