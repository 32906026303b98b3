/** @jest-environment jsdom */
import { OrgChartView } from "../../src/chart/orgChartView";
import { estimateTextWidth } from "../../src/chart/textMeasure";
import type { ChartOrientation } from "../../src/core/layout/chartLayout";
import { translatorFor } from "../../src/i18n";
import { paneOf, sceneOf, treeFromParents } from "./chartFixture";

// 0 ─┬─ 1 ─┬─ 2
//    │     └─ 3
//    ├─ 4 ─── 5
//    └─ 6 (collapsed: 4 hidden reports)
const tree = treeFromParents([-1, 0, 1, 1, 0, 4, 0], new Map([[6, 4]]));

function setUp(orientation: ChartOrientation = "topDown") {
  const container = paneOf(1200, 800);
  const activated: number[] = [];
  const toggled: number[] = [];
  const view = new OrgChartView(container, {
    lang: "en",
    t: translatorFor("en"),
    measure: estimateTextWidth,
    animate: false,
    onActivate: (card) => activated.push(card),
    onToggle: (card) => toggled.push(card),
  });
  view.setScene(sceneOf(tree, { orientation }));
  const card = (index: number) => container.querySelector<SVGGElement>(`[data-card="${index}"]`) as SVGGElement;
  const press = (key: string) => {
    const target = document.activeElement ?? container;
    target.dispatchEvent(new KeyboardEvent("keydown", { key, bubbles: true, cancelable: true }));
  };
  return { container, view, activated, toggled, card, press };
}

function focusedCard(): string | null | undefined {
  return document.activeElement?.getAttribute("data-card");
}

afterEach(() => document.body.replaceChildren());

describe("OrgChartView keyboard", () => {
  test("arrow keys move to the first child, siblings and the parent (top-down)", () => {
    const { view, press, container } = setUp();
    view.focusCard(0);
    expect(focusedCard()).toBe("0");
    press("ArrowDown");
    expect(focusedCard()).toBe("1");
    press("ArrowDown");
    expect(focusedCard()).toBe("2");
    press("ArrowRight");
    expect(focusedCard()).toBe("3");
    press("ArrowRight"); // no next sibling: stays
    expect(focusedCard()).toBe("3");
    press("ArrowLeft");
    expect(focusedCard()).toBe("2");
    press("ArrowUp");
    expect(focusedCard()).toBe("1");
    press("ArrowRight");
    expect(focusedCard()).toBe("4");
    press("Home");
    expect(focusedCard()).toBe("0");
    press("ArrowUp"); // no parent
    expect(focusedCard()).toBe("0");
    const tabbable = container.querySelectorAll('[tabindex="0"]');
    expect(tabbable).toHaveLength(1);
    expect(tabbable[0].getAttribute("data-card")).toBe("0");
    expect(view.focusedCard()).toBe(0);
  });

  test("left-to-right transposes the arrows", () => {
    const { view, press } = setUp("leftRight");
    view.focusCard(0);
    press("ArrowRight");
    expect(focusedCard()).toBe("1");
    press("ArrowDown");
    expect(focusedCard()).toBe("4");
    press("ArrowUp");
    expect(focusedCard()).toBe("1");
    press("ArrowLeft");
    expect(focusedCard()).toBe("0");
  });

  test("the tab stop follows the keyboard: exactly one card is tabbable", () => {
    const { view, press, card } = setUp();
    view.focusCard(0);
    press("ArrowDown");
    press("ArrowRight");
    expect(card(4).getAttribute("tabindex")).toBe("0");
    expect(card(0).getAttribute("tabindex")).toBe("-1");
    expect(card(1).getAttribute("tabindex")).toBe("-1");
    expect(document.querySelectorAll('[data-card][tabindex="0"]')).toHaveLength(1);
  });

  test("Enter toggles an expandable card; Space selects and activates", () => {
    const { view, press, toggled, activated, card } = setUp();
    view.focusCard(6);
    press("Enter");
    expect(toggled).toEqual([6]);
    press("ArrowLeft");
    press(" ");
    expect(activated).toEqual([4]);
    expect(card(4).getAttribute("aria-selected")).toBe("true");
    expect(card(6).getAttribute("aria-selected")).toBe("false");
    expect(view.selectedCard()).toBe(4);
    view.focusCard(5);
    press("Enter"); // a leaf: nothing to toggle
    expect(toggled).toEqual([6]);
  });

  test("+, - and 0 zoom in, out and fit", () => {
    const { view, press } = setUp();
    view.focusCard(0);
    const k = view.viewState().k;
    press("-");
    expect(view.viewState().k).toBeCloseTo(k / 1.25);
    press("+");
    expect(view.viewState().k).toBeCloseTo(k);
    view.zoomBy(3);
    press("0");
    expect(view.viewState().k).toBeCloseTo(k);
  });

  test("aria: level, expanded state and label per card", () => {
    const { card } = setUp();
    expect(card(0).getAttribute("aria-level")).toBe("1");
    expect(card(2).getAttribute("aria-level")).toBe("3");
    expect(card(1).getAttribute("aria-expanded")).toBe("true");
    expect(card(6).getAttribute("aria-expanded")).toBe("false");
    expect(card(5).hasAttribute("aria-expanded")).toBe(false);
    expect(card(3).querySelector(":scope > title")!.textContent!.split("\n")[0]).toBe(
      "Title 3, Vacant, 0 direct reports",
    );
    expect(card(4).getAttribute("aria-posinset")).toBe("2");
    expect(card(4).getAttribute("aria-setsize")).toBe("3");
  });
});

describe("OrgChartView pointer", () => {
  test("a click on a card selects and activates it; on its control toggles it", () => {
    const { activated, toggled, card, view } = setUp();
    card(4)
      .querySelector(".oc-card-title")
      ?.dispatchEvent(new MouseEvent("click", { bubbles: true }));
    expect(activated).toEqual([4]);
    expect(card(4).classList.contains("oc-selected")).toBe(true);
    expect(view.selectedCard()).toBe(4);
    card(6)
      .querySelector(".oc-card-toggle text")
      ?.dispatchEvent(new MouseEvent("click", { bubbles: true }));
    expect(toggled).toEqual([6]);
    expect(activated).toEqual([4]);
  });

  test("keyboard focus survives a new scene (after Enter the pane redraws)", () => {
    const { view, press, container } = setUp();
    view.focusCard(6);
    press("Enter");
    const expanded = treeFromParents([-1, 0, 1, 1, 0, 4, 0, 6, 6, 6, 6]);
    view.setScene(sceneOf(expanded), { view: view.viewState(), selected: 6 });
    expect(focusedCard()).toBe("6");
    expect(container.querySelector('[data-card="6"]')?.getAttribute("aria-expanded")).toBe("true");
    expect(container.querySelectorAll("[data-card]")).toHaveLength(11);
  });

  test("destroy removes the chart and ignores later calls", () => {
    const { view, container } = setUp();
    view.destroy();
    expect(container.querySelector("svg")).toBeNull();
    expect(() => view.renderNow()).not.toThrow();
  });
});
