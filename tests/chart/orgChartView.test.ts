/** @jest-environment jsdom */
import { READABLE_TEXT_PX } from "../../src/chart/levelOfDetail";
import { OrgChartView, CULL_MARGIN, CULL_STEP, type OrgChartViewOptions } from "../../src/chart/orgChartView";
import { estimateTextWidth } from "../../src/chart/textMeasure";
import {
  expandRect,
  READABLE_SCALE,
  TITLES_MIN_SCALE,
  viewRectOf,
  transformOfViewState,
} from "../../src/chart/viewMath";
import { cardsInRect } from "../../src/core/layout/cardsInRect";
import { translatorFor } from "../../src/i18n";
import { generatedParents, paneOf, sceneOf, treeFromParents } from "./chartFixture";

const WIDTH = 800;
const HEIGHT = 600;

function viewOf(container: HTMLElement, options: Partial<OrgChartViewOptions> = {}): OrgChartView {
  return new OrgChartView(container, {
    lang: "en",
    t: translatorFor("en"),
    measure: estimateTextWidth,
    animate: false,
    ...options,
  });
}

function drawnCards(container: HTMLElement): number[] {
  return Array.from(container.querySelectorAll("[data-card]"), (g) => Number(g.getAttribute("data-card"))).sort(
    (a, b) => a - b,
  );
}

afterEach(() => {
  document.body.replaceChildren();
});

describe("OrgChartView draws only what is in view", () => {
  const tree = treeFromParents(generatedParents(5000));
  const scene = sceneOf(tree);

  test("the drawn cards are the cards in the view plus its margin (and the focused card)", () => {
    const container = paneOf(WIDTH, HEIGHT);
    const view = viewOf(container);
    view.setScene(scene);
    const target = scene.layout.x[2500];
    view.setViewState({ x: target, y: scene.layout.y[2500], k: 1 });
    const stats = view.renderNow();
    expect(stats.lod).toBe("cards");
    const rect = expandRect(
      viewRectOf(transformOfViewState(view.viewState(), { width: WIDTH, height: HEIGHT }), {
        width: WIDTH,
        height: HEIGHT,
      }),
      CULL_MARGIN,
    );
    const expected = new Set(cardsInRect(scene.layout, rect));
    expected.add(0); // the keyboard's place stays drawn
    expect(drawnCards(container)).toEqual([...expected].sort((a, b) => a - b));
    expect(stats.cards).toBe(expected.size);
    expect(stats.cards).toBeLessThan(200);
    view.destroy();
  });
});

describe("OrgChartView pools and moves card elements", () => {
  const tree = treeFromParents(generatedParents(5000));
  const scene = sceneOf(tree);
  const size = { width: WIDTH, height: HEIGHT };

  test("a small pan inside the drawn margin moves one transform and touches no card", () => {
    const container = paneOf(WIDTH, HEIGHT);
    const view = viewOf(container);
    view.setScene(scene);
    view.setViewState({ x: scene.layout.x[1200], y: scene.layout.y[1200], k: 1 });
    const before = Array.from(container.querySelectorAll("[data-card]"));
    const viewport = container.querySelector(".oc-viewport") as SVGGElement;
    const transformBefore = viewport.getAttribute("transform");
    const state = view.viewState();
    view.setViewState({ ...state, x: state.x + 30 });
    view.renderNow();
    const after = Array.from(container.querySelectorAll("[data-card]"));
    expect(after).toEqual(before);
    expect(viewport.getAttribute("transform")).not.toBe(transformBefore);
    view.destroy();
  });

  test("cards leaving the view hand their elements to the cards coming in, refilled", () => {
    const container = paneOf(WIDTH, HEIGHT);
    const view = viewOf(container);
    view.setScene(scene);
    view.setViewState({ x: scene.layout.x[1200], y: scene.layout.y[1200], k: 1 });
    const before = new Set(container.querySelectorAll("[data-card]"));
    view.setViewState({ x: scene.layout.x[3800], y: scene.layout.y[3800], k: 1 });
    const after = Array.from(container.querySelectorAll<SVGGElement>("[data-card]"));
    const reused = after.filter((g) => before.has(g) && g.getAttribute("data-card") !== "0");
    expect(reused.length).toBeGreaterThan(5);
    for (const g of reused) {
      const card = Number(g.getAttribute("data-card"));
      expect(g.getAttribute("data-position-id")).toBe(`P${String(card).padStart(5, "0")}`);
      expect(g.querySelector(".oc-card-title")?.textContent).toBe(`Title ${card}`);
    }
    const rect = expandRect(viewRectOf(transformOfViewState(view.viewState(), size), size), CULL_MARGIN);
    const expected = new Set(cardsInRect(scene.layout, rect));
    expected.add(0);
    expect(drawnCards(container)).toEqual([...expected].sort((a, b) => a - b));
    view.destroy();
  });

  test("moving past the cull step brings in only the strip that entered; cards still in the area keep their elements", () => {
    const container = paneOf(WIDTH, HEIGHT);
    const view = viewOf(container);
    view.setScene(scene);
    view.setViewState({ x: scene.layout.x[1200], y: scene.layout.y[1200], k: 1 });
    const before = new Map(
      Array.from(container.querySelectorAll<SVGGElement>("[data-card]"), (g) => [g.getAttribute("data-card"), g]),
    );
    const state = view.viewState();
    view.setViewState({ ...state, x: state.x + WIDTH * CULL_STEP * 1.5 });
    const rect = expandRect(viewRectOf(transformOfViewState(view.viewState(), size), size), CULL_MARGIN);
    const expected = new Set(cardsInRect(scene.layout, rect));
    expected.add(0);
    expect(drawnCards(container)).toEqual([...expected].sort((a, b) => a - b));
    let kept = 0;
    for (const g of container.querySelectorAll<SVGGElement>("[data-card]")) {
      const previous = before.get(g.getAttribute("data-card"));
      if (previous) {
        expect(previous).toBe(g);
        kept++;
      }
    }
    expect(kept).toBeGreaterThan(expected.size / 2);
    view.destroy();
  });

  test("only the focusable and the selected card carry a focus ring", () => {
    const container = paneOf(WIDTH, HEIGHT);
    const view = viewOf(container);
    view.setScene(scene);
    const ringed = () =>
      Array.from(container.querySelectorAll(".oc-card-ring"), (ring) => ring.parentElement?.getAttribute("data-card"));
    expect(ringed()).toEqual(["0"]);
    // Selecting a card also makes it the keyboard's place.
    view.select(3);
    expect(ringed()).toEqual(["3"]);
    view.focusCard(5);
    expect(ringed().sort()).toEqual(["3", "5"]);
    view.select(-1);
    expect(ringed()).toEqual(["5"]);
    view.destroy();
  });

  test("every drawn card carries data-position-id and exactly one card is tabbable", () => {
    const container = paneOf(WIDTH, HEIGHT);
    const view = viewOf(container);
    view.setScene(scene);
    view.setViewState({ x: scene.layout.x[2000], y: scene.layout.y[2000], k: 0.8 });
    const cards = Array.from(container.querySelectorAll("[data-card]"));
    expect(cards.length).toBeGreaterThan(3);
    for (const g of cards) expect(g.getAttribute("data-position-id")).toMatch(/^P\d{5}$/);
    expect(container.querySelectorAll('[data-card][tabindex="0"]')).toHaveLength(1);
    expect(container.querySelector('[tabindex="0"]')?.getAttribute("data-card")).toBe("0");
    const svg = container.querySelector("svg") as SVGSVGElement;
    expect(svg.getAttribute("role")).toBe("tree");
    expect(svg.getAttribute("aria-label")).toBe("Org chart");
    view.destroy();
  });

  test("connectors are one path; dotted lines are drawn only when shown", () => {
    const container = paneOf(WIDTH, HEIGHT);
    const view = viewOf(container);
    const dottedLines = [{ from: 2000, to: 2001 }];
    view.setScene(
      { ...scene, dottedLines, showDottedLines: true },
      { view: { x: scene.layout.x[2000], y: scene.layout.y[2000], k: 1 } },
    );
    const connectors = container.querySelectorAll(".oc-connectors");
    expect(connectors).toHaveLength(1);
    expect(connectors[0].getAttribute("d")).toMatch(/^M[-\d.]+ [-\d.]+L/);
    expect(container.querySelector(".oc-dotted")?.getAttribute("d")).toMatch(/^M[-\d.]+ [-\d.]+L/);
    view.setScene({ ...scene, dottedLines, showDottedLines: false }, { view: view.viewState() });
    expect(container.querySelector(".oc-dotted")?.getAttribute("d")).toBe("");
    view.destroy();
  });
});

describe("OrgChartView at the size of a big org", () => {
  const tree = treeFromParents(generatedParents(20_000, 9));
  const scene = sceneOf(tree, { compact: false });

  test("the layout is far wider than float32 resolves, yet SVG coordinates stay small", () => {
    expect(scene.layout.bounds.maxX - scene.layout.bounds.minX).toBeGreaterThan(1_000_000);
    const container = paneOf(WIDTH, HEIGHT);
    const view = viewOf(container);
    view.setScene(scene);
    const far = tree.count - 10;
    view.setViewState({ x: scene.layout.x[far], y: scene.layout.y[far], k: 0.6 });
    const coordinates: number[] = [];
    const viewport = container.querySelector(".oc-viewport") as SVGGElement;
    for (const g of container.querySelectorAll<SVGGElement>(".oc-cards > [data-card]")) {
      if (g.getAttribute("data-card") === "0") continue; // the keyboard's place stays drawn where it is
      const match = /translate\(([-\d.e]+),([-\d.e]+)\)/.exec(g.getAttribute("transform") ?? "");
      coordinates.push(Math.abs(Number(match?.[1])), Math.abs(Number(match?.[2])));
    }
    const viewportMatch = /translate\(([-\d.e]+),([-\d.e]+)\)/.exec(viewport.getAttribute("transform") ?? "");
    coordinates.push(Math.abs(Number(viewportMatch?.[1])), Math.abs(Number(viewportMatch?.[2])));
    expect(scene.layout.x[far]).toBeGreaterThan(1_000_000);
    expect(coordinates.length).toBeGreaterThanOrEqual(6);
    expect(Math.max(...coordinates)).toBeLessThan(60_000);
    view.destroy();
  });

  test("opens at the top of the tree at a scale where titles are readable instead of fitting it", () => {
    const container = paneOf(WIDTH, HEIGHT);
    const view = viewOf(container);
    view.setScene(scene);
    const state = view.viewState();
    expect(state.k).toBeGreaterThanOrEqual(TITLES_MIN_SCALE);
    expect(state.k).toBeLessThanOrEqual(READABLE_SCALE);
    expect(view.renderNow().lod).not.toBe("blocks");
    const rect = viewRectOf(transformOfViewState(state, { width: WIDTH, height: HEIGHT }), {
      width: WIDTH,
      height: HEIGHT,
    });
    expect(scene.layout.x[0]).toBeGreaterThanOrEqual(rect.minX);
    expect(scene.layout.x[0] + scene.layout.cardWidth).toBeLessThanOrEqual(rect.maxX);
    expect(scene.layout.y[0]).toBeGreaterThanOrEqual(rect.minY);
    expect(scene.layout.y[0]).toBeLessThan(rect.minY + 100);
    view.destroy();
  });

  test("zoomed out the cards lose their text: titles only, coloured blocks, then density cells", () => {
    const container = paneOf(WIDTH, HEIGHT);
    const view = viewOf(container);
    view.setScene(scene, { view: { x: scene.layout.x[10_000], y: scene.layout.y[10_000], k: 0.8 } });
    expect(view.renderNow().lod).toBe("cards");
    expect(container.querySelectorAll("text").length).toBeGreaterThan(10);
    expect(container.querySelectorAll(".oc-card-detail:not([display])").length).toBeGreaterThan(10);

    // Reduced cards: the title alone, in a font that stays readable on screen (8 px at least), no badges.
    view.setViewState({ ...view.viewState(), k: 0.3 });
    const titles = view.renderNow();
    expect(titles.lod).toBe("titles");
    expect(titles.cards).toBeGreaterThan(10);
    const sizes = Array.from(
      container.querySelectorAll<SVGTextElement>(".oc-card:not(.oc-card-far) .oc-card-title"),
      (t) => parseFloat(t.style.fontSize),
    );
    expect(sizes.length).toBe(titles.cards);
    for (const size of sizes) expect(size * 0.3).toBeGreaterThanOrEqual(READABLE_TEXT_PX);
    expect(container.querySelectorAll(".oc-card-detail:not([display])")).toHaveLength(0);
    expect(container.querySelectorAll(".oc-card-badge")).toHaveLength(0);
    // Zooming in again gives the full cards back (the same elements, refilled).
    view.setViewState({ ...view.viewState(), k: 0.8 });
    expect(view.renderNow().lod).toBe("cards");
    expect(container.querySelector<SVGTextElement>(".oc-card-title")?.style.fontSize).toBe("");
    expect(container.querySelectorAll(".oc-card-detail:not([display])").length).toBeGreaterThan(10);

    view.setViewState({ ...view.viewState(), k: 0.15 });
    const blocks = view.renderNow();
    expect(blocks.lod).toBe("blocks");
    expect(blocks.cards).toBe(1); // only the keyboard's place, drawn as an outline
    expect(container.querySelectorAll(".oc-card:not(.oc-card-far) text")).toHaveLength(0);
    const blockPaths = Array.from(container.querySelectorAll(".oc-block")).filter((p) => p.getAttribute("d"));
    expect(blockPaths.length).toBeGreaterThanOrEqual(1);
    for (const path of blockPaths) expect(path.getAttribute("fill")).toMatch(/^#/);
    expect(container.querySelector(".oc-connectors")?.getAttribute("d")).not.toBe("");

    view.setViewState({ ...view.viewState(), k: 0.01 });
    const density = view.renderNow();
    expect(density.lod).toBe("density");
    expect(container.querySelectorAll(".oc-card:not(.oc-card-far) text")).toHaveLength(0);
    expect(container.querySelector(".oc-connectors")?.getAttribute("d")).toBe("");
    const cells = Array.from(container.querySelectorAll(".oc-density"))
      .map((p) => (p.getAttribute("d") ?? "").split("M").length - 1)
      .reduce((a, b) => a + b, 0);
    expect(cells).toBeGreaterThan(10);
    // Bounded by the pane's pixels (cells of at least 6 px over the view and its margin), not by the org.
    expect(cells).toBeLessThanOrEqual(((WIDTH * 1.5) / 6 + 2) * ((HEIGHT * 1.5) / 6 + 2));
    expect(container.querySelectorAll(".oc-block[d]:not([d=''])")).toHaveLength(0);

    view.setViewState({ ...view.viewState(), k: 1 });
    expect(view.renderNow().lod).toBe("cards");
    expect(container.querySelectorAll(".oc-card:not(.oc-card-far) text").length).toBeGreaterThan(10);
    view.destroy();
  });
});

describe("OrgChartView's view state", () => {
  const tree = treeFromParents(generatedParents(3000));
  const scene = sceneOf(tree);

  test("round-trips through viewState / setViewState and survives a new scene", () => {
    const container = paneOf(WIDTH, HEIGHT);
    const changes: number[] = [];
    const view = viewOf(container, { onViewChange: () => changes.push(1) });
    view.setScene(scene);
    const state = { x: scene.layout.x[900] + 17.25, y: scene.layout.y[900] - 3.5, k: 0.7321 };
    view.setViewState(state);
    const read = view.viewState();
    expect(read.x).toBeCloseTo(state.x, 6);
    expect(read.y).toBeCloseTo(state.y, 6);
    expect(read.k).toBeCloseTo(state.k, 9);
    expect(changes.length).toBeGreaterThan(0);

    const other = paneOf(WIDTH, HEIGHT);
    const restored = viewOf(other);
    restored.setScene(sceneOf(tree), { view: read, selected: 900 });
    expect(restored.viewState().x).toBeCloseTo(state.x, 6);
    expect(restored.viewState().k).toBeCloseTo(state.k, 9);
    expect(other.querySelector('[data-card="900"]')?.getAttribute("aria-selected")).toBe("true");
    expect(other.querySelector('[data-card="900"]')?.classList.contains("oc-selected")).toBe(true);
    view.destroy();
    restored.destroy();
  });

  test("a small chart opens fitted (never above 100 %) and hides the minimap", () => {
    jest.useFakeTimers();
    try {
      const small = sceneOf(treeFromParents([-1, 0, 0, 1, 1, 2]));
      const container = paneOf(WIDTH, HEIGHT);
      const view = viewOf(container);
      view.setScene(small);
      expect(view.viewState().k).toBe(1);
      jest.advanceTimersByTime(100);
      expect((container.querySelector(".oc-minimap") as HTMLElement).style.display).toBe("none");
      expect(drawnCards(container)).toEqual([0, 1, 2, 3, 4, 5]);
      view.destroy();
    } finally {
      jest.useRealTimers();
    }
  });

  test("the minimap shows the whole chart once, and the view's rectangle each frame", () => {
    jest.useFakeTimers();
    try {
      const container = paneOf(WIDTH, HEIGHT);
      const view = viewOf(container);
      view.setScene(scene);
      const minimap = container.querySelector(".oc-minimap") as HTMLElement;
      const cells = minimap.querySelector(".oc-minimap-cells") as SVGPathElement;
      expect(cells.getAttribute("d")).toBeNull(); // drawn after the first frame
      jest.advanceTimersByTime(100);
      expect(cells.getAttribute("d")).toMatch(/^M/);
      expect(minimap.style.display).toBe("");
      const rect = minimap.querySelector(".oc-minimap-view") as HTMLElement;
      const before = rect.style.transform;
      expect(before).toMatch(/^translate\(/);
      view.setViewState({ ...view.viewState(), x: view.viewState().x + 3000 });
      expect(rect.style.transform).not.toBe(before);
      view.fit(); // the top levels, readable: the chart is still bigger than the pane
      expect(minimap.style.display).toBe("");
      view.fit(); // pressed again: the whole chart
      expect(minimap.style.display).toBe("none");
      view.destroy();
    } finally {
      jest.useRealTimers();
    }
  });

  test("reveal pans a card into view; zoomBy and fit change the scale", () => {
    const container = paneOf(WIDTH, HEIGHT);
    const view = viewOf(container);
    view.setScene(scene);
    const card = tree.count - 1;
    view.select(card, { reveal: true });
    const size = { width: WIDTH, height: HEIGHT };
    const rect = viewRectOf(transformOfViewState(view.viewState(), size), size);
    expect(scene.layout.x[card]).toBeGreaterThanOrEqual(rect.minX);
    expect(scene.layout.x[card] + scene.layout.cardWidth).toBeLessThanOrEqual(rect.maxX);
    expect(scene.layout.y[card] + scene.layout.cardHeight).toBeLessThanOrEqual(rect.maxY);
    expect(container.querySelector(`[data-card="${card}"]`)?.classList.contains("oc-selected")).toBe(true);
    const k = view.viewState().k;
    view.zoomBy(2);
    expect(view.viewState().k).toBeCloseTo(Math.min(2, k * 2));
    // Too big to fit readably: Fit shows the top levels with readable titles, and pressed again, the whole chart.
    view.fit();
    expect(view.viewState().k).toBeGreaterThanOrEqual(TITLES_MIN_SCALE);
    expect(view.viewState().k).toBeLessThanOrEqual(READABLE_SCALE);
    view.fit();
    expect(view.viewState().k).toBeLessThan(0.1);
    view.fit();
    expect(view.viewState().k).toBeGreaterThanOrEqual(TITLES_MIN_SCALE);
    view.destroy();
  });
});

describe("OrgChartView before its first scene", () => {
  test("loads the card fonts in a task of their own after it is made, not while a scene is drawn", () => {
    jest.useFakeTimers();
    try {
      const measured: string[] = [];
      const container = paneOf(WIDTH, HEIGHT);
      const view = viewOf(container, {
        measure: (text, style) => {
          measured.push(`${text}@${style.size}${style.bold ? "b" : ""}${style.italic ? "i" : ""}`);
          return estimateTextWidth(text, style);
        },
      });
      expect(measured).toEqual([]);
      jest.advanceTimersByTime(0);
      expect(measured).toEqual(expect.arrayContaining(["A中@13b", "A中@12", "A中@12i", "A中@11", "A中@10"]));
      view.destroy();
    } finally {
      jest.useRealTimers();
    }
  });
});
