/** @jest-environment jsdom */
import {
  OrgChartView,
  ZOOMING_CLASS,
  ZOOM_TEXT_DELAY_MS,
  type OrgChartViewOptions,
} from "../../src/chart/orgChartView";
import { chartStylesheet } from "../../src/chart/chartStyles";
import { estimateTextWidth } from "../../src/chart/textMeasure";
import { translatorFor } from "../../src/i18n";
import { generatedParents, paneOf, sceneOf, treeFromParents } from "./chartFixture";

const scene = sceneOf(treeFromParents(generatedParents(400)));

function setUp(options: Partial<OrgChartViewOptions> = {}) {
  const container = paneOf(800, 600);
  const view = new OrgChartView(container, {
    lang: "en",
    t: translatorFor("en"),
    measure: estimateTextWidth,
    animate: false,
    ...options,
  });
  view.setScene(scene);
  view.setViewState({ x: scene.layout.x[0], y: scene.layout.y[0], k: 1 });
  const root = container.querySelector(".oc-chart") as HTMLElement;
  const svg = container.querySelector(".oc-svg") as SVGSVGElement;
  return { container, view, root, svg };
}

function wheel(svg: SVGSVGElement, deltaY: number): void {
  svg.dispatchEvent(new WheelEvent("wheel", { deltaY, clientX: 400, clientY: 300, bubbles: true, cancelable: true }));
}

beforeEach(() => jest.useFakeTimers());
afterEach(() => {
  jest.useRealTimers();
  document.body.replaceChildren();
});

describe("OrgChartView hides card text while a zoom gesture runs", () => {
  test("the stylesheet hides card text under the zooming class, and only card text", () => {
    expect(chartStylesheet("sans-serif")).toContain(`.${ZOOMING_CLASS} .oc-card text { display: none; }`);
  });

  test("wheel zooming sets the class at once and removes it once the wheel has been still for the delay", () => {
    const { view, root, svg } = setUp();
    expect(root.classList.contains(ZOOMING_CLASS)).toBe(false);
    const k0 = view.viewState().k;
    wheel(svg, -100);
    expect(view.viewState().k).toBeGreaterThan(k0);
    expect(root.classList.contains(ZOOMING_CLASS)).toBe(true);
    // The cards are still drawn (only their text is hidden by the class).
    expect(root.querySelectorAll("[data-card]").length).toBeGreaterThan(0);
    // Each wheel event pushes the end of the gesture back.
    jest.advanceTimersByTime(ZOOM_TEXT_DELAY_MS - 50);
    wheel(svg, -100);
    jest.advanceTimersByTime(ZOOM_TEXT_DELAY_MS - 50);
    expect(root.classList.contains(ZOOMING_CLASS)).toBe(true);
    jest.advanceTimersByTime(60);
    expect(root.classList.contains(ZOOMING_CLASS)).toBe(false);
    view.destroy();
  });

  test("dragging to pan keeps the text (no change of scale)", () => {
    const { view, root, svg } = setUp();
    const before = view.viewState();
    svg.dispatchEvent(new MouseEvent("mousedown", { clientX: 100, clientY: 100, bubbles: true, view: window }));
    window.dispatchEvent(new MouseEvent("mousemove", { clientX: 160, clientY: 130, bubbles: true, view: window }));
    const after = view.viewState();
    expect(after.k).toBe(before.k);
    expect(after.x).not.toBe(before.x);
    expect(root.classList.contains(ZOOMING_CLASS)).toBe(false);
    window.dispatchEvent(new MouseEvent("mouseup", { clientX: 160, clientY: 130, bubbles: true, view: window }));
    jest.runOnlyPendingTimers();
    expect(root.classList.contains(ZOOMING_CLASS)).toBe(false);
    view.destroy();
  });

  test("an animated zoom hides the text until its last frame, which shows it again", () => {
    const { view, root } = setUp({ animate: true });
    const k0 = view.viewState().k;
    view.zoomIn();
    expect(root.classList.contains(ZOOMING_CLASS)).toBe(false);
    jest.advanceTimersByTime(32);
    expect(root.classList.contains(ZOOMING_CLASS)).toBe(true);
    jest.advanceTimersByTime(1000);
    expect(view.viewState().k).toBeCloseTo(k0 * 1.25);
    expect(root.classList.contains(ZOOMING_CLASS)).toBe(false);
    view.destroy();
  });

  test("calls that jump (setViewState, fit without animation) never hide the text", () => {
    const { view, root } = setUp();
    view.setViewState({ ...view.viewState(), k: 0.7 });
    expect(root.classList.contains(ZOOMING_CLASS)).toBe(false);
    view.zoomBy(1.5, { animate: false });
    expect(root.classList.contains(ZOOMING_CLASS)).toBe(false);
    view.destroy();
  });

  test("a new scene in the middle of a gesture brings the text back", () => {
    const { view, root, svg } = setUp({ animate: true });
    wheel(svg, -100);
    expect(root.classList.contains(ZOOMING_CLASS)).toBe(true);
    view.zoomIn();
    jest.advanceTimersByTime(32);
    view.setScene(scene);
    expect(root.classList.contains(ZOOMING_CLASS)).toBe(false);
    jest.runOnlyPendingTimers();
    expect(root.classList.contains(ZOOMING_CLASS)).toBe(false);
    view.destroy();
  });
});
