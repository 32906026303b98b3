/** @jest-environment jsdom */
import { keepPageAnchor, recordPageAnchor } from "../../../src/taskpane/components/virtual/viewportChanges";

/** A virtual list of rows, each at a top the test sets (jsdom has no layout). */
function list(rows: number): { tops: Map<Element, number>; rows: HTMLElement[] } {
  const tops = new Map<Element, number>();
  const element = document.createElement("ul");
  element.setAttribute("data-virtual-list", String(rows));
  document.body.append(element);
  tops.set(element, 0);
  const items = Array.from({ length: rows }, (_, i) => {
    const row = document.createElement("li");
    row.setAttribute("data-virtual-index", String(i));
    element.append(row);
    return row;
  });
  Element.prototype.getBoundingClientRect = function (this: Element) {
    const top = tops.get(this) ?? 0;
    const height = this.tagName === "UL" ? 10_000 : 50;
    return { top, bottom: top + height, left: 0, right: 0, width: 0, height, x: 0, y: top, toJSON: () => ({}) };
  };
  return { tops, rows: items };
}

describe("the row in view stays in place (keepPageAnchor)", () => {
  let scrollY = 0;
  const scrollBy = jest.fn((...to: number[]) => void (scrollY += to[1]));
  beforeAll(() => {
    Object.defineProperty(window, "scrollY", { configurable: true, get: () => scrollY });
    window.scrollBy = scrollBy as unknown as typeof window.scrollBy;
  });
  beforeEach(() => {
    document.body.innerHTML = "";
    scrollY = 0;
    scrollBy.mockClear();
  });

  test("rows above the first row in view grew: the page scrolls down by as much", () => {
    const { tops, rows } = list(5);
    rows.forEach((row, i) => tops.set(row, -120 + i * 50));
    recordPageAnchor();
    // Row 2 (top -20, bottom 30) is the first in view; the rows above it grew by 35 px in all.
    tops.set(rows[2], 15);
    keepPageAnchor();
    expect(scrollBy).toHaveBeenCalledWith(0, 35);
  });

  test("the page scrolled since (the user, or the focus): nothing is undone, the row then in view is noted", () => {
    const { tops, rows } = list(3);
    rows.forEach((row, i) => tops.set(row, i * 50));
    recordPageAnchor();
    scrollY = 400;
    tops.set(rows[0], -400);
    keepPageAnchor();
    expect(scrollBy).not.toHaveBeenCalled();
    // Noted anew: a later move of that row is made good.
    tops.set(rows[1], 80);
    keepPageAnchor();
    expect(scrollBy).toHaveBeenCalledWith(0, 30);
  });

  test("no row in view: nothing to keep", () => {
    const { tops, rows } = list(2);
    rows.forEach((row, i) => tops.set(row, 2000 + i * 50));
    recordPageAnchor();
    tops.set(rows[0], 2100);
    keepPageAnchor();
    expect(scrollBy).not.toHaveBeenCalled();
  });
});
