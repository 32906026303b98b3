/**
 * The screen draws the layout the exports draw, in Chromium: on the sample's chart of a plan (changed, added and
 * removed cards), English and Chinese, every drawn card's `<text>`/`<tspan>` lines — text, place and font size — are
 * the lines `layOutCard` gives with a canvas measurer in the chart's font, full cards at 100 % and reduced cards
 * zoomed out; and each line drawn lies inside its card.
 */
import { chromium, type Browser, type Page } from "playwright-core";
import type { CardLayout } from "../../src/chart/cardLayout";
import type { Lang } from "../../src/i18n";
import { openChartEditPage } from "./support/chartEditHarness";
import { CHROMIUM_PATH } from "./support/paneBrowser";

let browser: Browser;

beforeAll(async () => {
  browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
  });
});

afterAll(async () => {
  await browser?.close();
});

interface DrawnLine {
  role: string;
  text: string;
  x: number;
  y: number;
  size: number;
  /** The line's end as Chromium lays it out (x + its computed text length). */
  right: number;
}

interface DrawnCardText {
  card: number;
  width: number;
  lines: DrawnLine[];
  layout: CardLayout;
}

/** Every drawn card's visible text lines, read from the DOM, with the layout the page's `layOutCard` gives it. */
function drawnCards(page: Page): Promise<DrawnCardText[]> {
  return page.evaluate(() => {
    const w = window as unknown as { chartCardLayout(card: number): CardLayout };
    const cards = Array.from(document.querySelectorAll<SVGGElement>("[data-testid='org-chart'] g[data-card]"));
    return cards.map((g) => {
      const lines: DrawnLine[] = [];
      const add = (role: string, node: SVGTextContentElement, text: SVGTextElement) => {
        const x = Number(node.getAttribute("x"));
        lines.push({
          role,
          text: node.textContent ?? "",
          x,
          y: Number(node.getAttribute("y")),
          size: parseFloat(getComputedStyle(text).fontSize),
          right: x + node.getComputedTextLength(),
        });
      };
      const title = g.querySelector<SVGTextElement>(":scope > .oc-card-title")!;
      for (const tspan of Array.from(title.querySelectorAll("tspan")))
        if (tspan.textContent !== "") add("title", tspan, title);
      for (const role of ["name", "detail"]) {
        const text = g.querySelector<SVGTextElement>(`:scope > .oc-card-${role}`);
        if (text && text.getAttribute("display") !== "none") add(role, text, text);
      }
      const card = Number(g.getAttribute("data-card"));
      const width = Number(g.querySelector(".oc-card-body")!.getAttribute("width"));
      return { card, width, lines, layout: w.chartCardLayout(card) };
    });
  });
}

function expectScreenIsLayout(cards: DrawnCardText[]): void {
  for (const { card, width, lines, layout } of cards) {
    const drawn = lines.map(({ role, text, x, y, size }) => ({ card, role, text, x, y, size }));
    const laidOut = layout.lines.map((line) => ({
      card,
      role: line.role,
      text: line.text,
      x: line.x,
      y: line.y,
      size: line.style.size,
    }));
    expect(drawn).toEqual(laidOut);
    // The canvas measurer and Chromium's text layout agree closely enough that no line runs past the card's edge.
    for (const line of lines) expect(line.right).toBeLessThanOrEqual(width + 0.5);
  }
}

describe.each<Lang>(["en", "zh-CN"])("the chart's cards are the export's card layout (%s)", (lang) => {
  test("full cards at 100 % and reduced cards zoomed out draw exactly the layout's lines", async () => {
    const page = await openChartEditPage(browser, { lang, width: 1000, height: 640 });
    await page.evaluate(() => {
      const w = window as unknown as { chartView: { setViewState(s: object, o: object): void; viewState(): object } };
      w.chartView.setViewState({ ...w.chartView.viewState(), k: 1 }, { animate: false });
    });
    const full = await drawnCards(page);
    expect(full.length).toBeGreaterThan(5);
    expect(full.every(({ layout }) => layout.lines.every((line) => line.style.size <= 13))).toBe(true);
    // Cards of more than one line (the title, the holder, the detail); in English some title wraps to a second line.
    expect(full.some(({ lines }) => lines.length >= 3)).toBe(true);
    if (lang === "en")
      expect(full.some(({ lines }) => lines.filter((l) => l.role === "title").length === 2)).toBe(true);
    expectScreenIsLayout(full);

    // Zoomed out to the reduced cards (titles in a bigger font, see levelOfDetail).
    await page.evaluate(() => {
      const w = window as unknown as {
        chartView: { setViewState(s: object, o: object): void; viewState(): object; renderNow(): { lod: string } };
      };
      w.chartView.setViewState({ ...w.chartView.viewState(), k: 0.4 }, { animate: false });
      if (w.chartView.renderNow().lod !== "titles") throw new Error("not at the reduced cards");
    });
    const reduced = await drawnCards(page);
    expect(reduced.length).toBeGreaterThan(full.length);
    expect(reduced.some(({ layout }) => layout.lines[0].style.size > 13)).toBe(true);
    expectScreenIsLayout(reduced);
    await page.context().close();
  });
});
