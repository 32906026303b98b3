/** @jest-environment jsdom */
import { act } from "react";
import type { Finding } from "../../../src/core";
import { FindingRows } from "../../../src/taskpane/components/FindingRows";
import type { FindingSelection } from "../../../src/taskpane/findings/findingSelection";
import { mountPaneComponents } from "../paneComponent";
import { fakeLayout } from "./fakeLayout";

const pane = mountPaneComponents();
const layout = fakeLayout();

function findings(count: number): Finding[] {
  return Array.from({ length: count }, (_, i) => ({
    code: "DUPLICATE_ID",
    severity: "error",
    rows: [i + 2],
    ids: [],
    params: { id: `P${i + 1}` },
  }));
}

/** The rendered rows' places (aria-posinset). */
const rendered = () =>
  [...pane.container.querySelectorAll("li[data-finding-code]")].map((row) => Number(row.getAttribute("aria-posinset")));
const list = () => pane.container.querySelector<HTMLUListElement>("ul[data-virtual-list]")!;
const focusedPlace = () => Number(document.activeElement?.closest("li")?.getAttribute("aria-posinset"));
const press = (key: string) =>
  act(() => {
    document.activeElement!.dispatchEvent(new KeyboardEvent("keydown", { key, bubbles: true }));
  });

describe("FindingRows (a virtual list of findings)", () => {
  const all = findings(10_000);

  test("renders only the rows near the viewport, each with its place among all of them", async () => {
    pane.render("en", <FindingRows findings={all} />);
    await layout.frames();
    const places = rendered();
    // 600 px of viewport and 400 px of overscan below, at 60 + 4 px a row: 16 rows, not 10,000.
    expect(places).toEqual(Array.from({ length: 16 }, (_, i) => i + 1));
    const first = pane.container.querySelector("li[data-finding-code]")!;
    expect(first.getAttribute("aria-setsize")).toBe("10000");
    expect(list().getAttribute("role")).toBe("list");
    // The rest stands in as space at the estimated height.
    expect(Number.parseFloat(list().style.paddingBottom)).toBe(10_000 * 64 - 4 - 16 * 64 + 4);
  });

  test("scrolling renders the rows then in view (and keeps the tab stop's row); measured rows move the others", async () => {
    pane.render("en", <FindingRows findings={all} />);
    await layout.frames();
    layout.listTop = [-64 * 5000];
    await layout.scroll();
    const places = rendered();
    expect(places[0]).toBe(1);
    // 400 px above and below the 600 px in view, at 64 px a row: from y 319,600 (row 4994) to 321,000 (row 5016).
    expect(places.slice(1)).toEqual(Array.from({ length: 5016 - 4994 + 1 }, (_, i) => 4994 + i));
    const space = pane.container.querySelector<HTMLElement>("li[data-virtual-space]")!;
    expect(space.getAttribute("aria-hidden")).toBe("true");
    // Row 4994 starts at 4993 * 64: the space holds rows 2 to 4993, less the gaps around the space itself.
    expect(Number.parseFloat(space.style.height)).toBe(4992 * 64 - 4);

    // Rendered rows turn out 100 px high: the estimate for the others follows, so the list grows.
    const before = Number.parseFloat(list().style.paddingBottom);
    layout.deliverSizes(() => 100);
    expect(Number.parseFloat(list().style.paddingBottom)).toBeGreaterThan(before);
  });

  test("a list below the viewport renders its tab stop's row only", async () => {
    layout.listTop = [5000];
    pane.render("en", <FindingRows findings={all} />);
    await layout.frames();
    expect(rendered()).toEqual([1]);
  });

  test("the arrow keys, End and Home move the focus through every row, rendering the row gone to", async () => {
    pane.render("en", <FindingRows findings={all} selection={{ onSelect: () => undefined }} />);
    await layout.frames();
    const buttons = [...pane.container.querySelectorAll<HTMLButtonElement>("li[data-finding-code] button")];
    // One tab stop: the first row.
    expect(buttons.map((button) => button.tabIndex)).toEqual([0, ...Array(buttons.length - 1).fill(-1)]);
    act(() => buttons[0].focus());
    press("ArrowDown");
    expect(focusedPlace()).toBe(2);
    press("End");
    expect(focusedPlace()).toBe(10_000);
    expect(rendered()).toContain(10_000);
    expect(document.activeElement!.getAttribute("tabindex")).toBe("0");
    press("ArrowUp");
    expect(focusedPlace()).toBe(9_999);
    press("Home");
    expect(focusedPlace()).toBe(1);
    press("PageDown");
    expect(focusedPlace()).toBe(1 + Math.floor(600 / 64) - 1);
  });

  test("a click selects the finding; the selected finding stays rendered wherever it is", async () => {
    const chosen: Finding[] = [];
    const selection: FindingSelection = { onSelect: (finding) => chosen.push(finding) };
    pane.render("en", <FindingRows findings={all} selection={selection} />);
    await layout.frames();
    act(() => pane.container.querySelector<HTMLButtonElement>("li[aria-posinset='3'] button")!.click());
    expect(chosen).toEqual([all[2]]);
    pane.render(
      "en",
      <FindingRows findings={all} selection={{ ...selection, selected: all[7000], status: "Row 7002" }} />,
    );
    await layout.frames();
    const selected = pane.container.querySelector("li[data-selected='true']")!;
    expect(selected.getAttribute("aria-posinset")).toBe("7001");
    expect(selected.textContent).toContain("Row 7002");
  });

  test("a language switch says the same rows again in the other language", async () => {
    pane.render("en", <FindingRows findings={all} />);
    await layout.frames();
    layout.listTop = [-64 * 300];
    await layout.scroll();
    const places = rendered();
    const englishText = pane.container.querySelector("li[aria-posinset='301']")!.textContent;
    pane.render("zh-CN", <FindingRows findings={all} />);
    await layout.frames();
    expect(rendered()).toEqual(places);
    const chineseText = pane.container.querySelector("li[aria-posinset='301']")!.textContent;
    expect(chineseText).not.toBe(englishText);
    expect(chineseText).toContain("P301");
    expect(chineseText).toContain("第 302 行");
  });

  test("without a ResizeObserver (nothing can be measured) every row is rendered", async () => {
    delete (globalThis as { ResizeObserver?: unknown }).ResizeObserver;
    pane.render("en", <FindingRows findings={findings(300)} />);
    await layout.frames();
    expect(rendered()).toHaveLength(300);
  });
});
