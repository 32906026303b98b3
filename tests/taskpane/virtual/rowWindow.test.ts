import {
  EMPTY_RANGE,
  layoutRows,
  rowForKey,
  RowHeights,
  rowsInView,
  sameRange,
} from "../../../src/taskpane/components/virtual/rowWindow";

describe("RowHeights (measured rows as measured, the others at the mean of those)", () => {
  test("before any row is measured every row has the first estimate, followed by the gap", () => {
    const rows = new RowHeights(5, 50, 4);
    expect([0, 1, 2, 5].map((i) => rows.start(i))).toEqual([0, 54, 108, 270]);
    expect(rows.total()).toBe(266);
    expect(rows.isMeasured(0)).toBe(false);
  });

  test("a measured row moves the rows after it; the others take the mean of the measured ones", () => {
    const rows = new RowHeights(4, 50, 0);
    expect(rows.measure(1, 80)).toBe(true);
    // The estimate is now 80: every row.
    expect(rows.estimate).toBe(80);
    expect([1, 2, 4].map((i) => rows.start(i))).toEqual([80, 160, 320]);
    expect(rows.measure(0, 20)).toBe(true);
    expect(rows.estimate).toBe(50);
    expect([1, 2, 3, 4].map((i) => rows.start(i))).toEqual([20, 100, 150, 200]);
    // The same height again changes nothing; nonsense heights and indices are ignored.
    expect(rows.measure(0, 20)).toBe(false);
    expect(rows.measure(9, 20)).toBe(false);
    expect(rows.measure(2, 0)).toBe(false);
    expect(rows.measure(2, Number.NaN)).toBe(false);
    // Measured again (a language switch re-wraps it): the mean follows.
    expect(rows.measure(0, 40)).toBe(true);
    expect(rows.estimate).toBe(60);
    expect(rows.total()).toBe(40 + 80 + 60 + 60);
  });

  test("indexAt finds the row under a y (gaps with the row before), clamped to the list", () => {
    const rows = new RowHeights(3, 10, 2);
    // Rows at 0-10, 12-22, 24-34.
    expect([-5, 0, 9, 11, 12, 23, 24, 100].map((y) => rows.indexAt(y))).toEqual([0, 0, 0, 0, 1, 1, 2, 2]);
    expect(new RowHeights(0, 10, 2).indexAt(5)).toBe(0);
  });

  test("100,000 rows: starts stay exact after scattered measurements", () => {
    const rows = new RowHeights(100_000, 48, 0);
    rows.measure(99_999, 48);
    rows.measure(50_000, 148);
    // The others at the mean, 98.
    expect(rows.start(50_001)).toBe(50_000 * 98 + 148);
    expect(rows.total()).toBe(99_998 * 98 + 148 + 48);
    expect(rows.indexAt(50_000 * 98 + 147)).toBe(50_000);
    expect(rows.indexAt(50_000 * 98 + 148)).toBe(50_001);
  });
});

describe("rowsInView", () => {
  const rows = new RowHeights(100, 10, 0);

  test("the rows overlapping the viewport, widened by the overscan", () => {
    expect(rowsInView(rows, 95, 135, 0)).toEqual({ from: 9, to: 14 });
    expect(rowsInView(rows, 95, 135, 20)).toEqual({ from: 7, to: 16 });
  });

  test("a list wholly below or above the viewport renders no row; near it, the overscan's rows", () => {
    // The list starts 500 px below the viewport's bottom.
    expect(rowsInView(rows, -800, -500, 100)).toEqual(EMPTY_RANGE);
    expect(rowsInView(rows, -800, -50, 100)).toEqual({ from: 0, to: 6 });
    // Scrolled past its end.
    expect(rowsInView(rows, 1200, 2000, 100)).toEqual(EMPTY_RANGE);
    expect(rowsInView(rows, 1050, 2000, 100)).toEqual({ from: 95, to: 100 });
    expect(rowsInView(new RowHeights(0, 10, 0), 0, 100, 100)).toEqual(EMPTY_RANGE);
  });

  test("the viewport taller than the list: every row", () => {
    expect(rowsInView(rows, -100, 5000, 0)).toEqual({ from: 0, to: 100 });
  });

  test("sameRange: equal bounds, or both empty", () => {
    expect(sameRange({ from: 1, to: 3 }, { from: 1, to: 3 })).toBe(true);
    expect(sameRange({ from: 4, to: 4 }, EMPTY_RANGE)).toBe(true);
    expect(sameRange({ from: 1, to: 3 }, { from: 1, to: 4 })).toBe(false);
  });
});

describe("layoutRows (the rows rendered, and the space standing in for the others)", () => {
  /** The y each rendered row gets when the list lays its children out with the gap (spaces included). */
  function placed(rows: RowHeights, layout: ReturnType<typeof layoutRows>): Map<number, number> {
    const at = new Map<number, number>();
    let y = 0;
    layout.runs.forEach((run, r) => {
      y += r === 0 ? run.spaceBefore : run.spaceBefore + rows.gap;
      for (let i = run.from; i < run.to; i++) {
        if (i > run.from || r > 0) y += rows.gap;
        at.set(i, y);
        y += rows.height(i);
      }
    });
    return at;
  }

  test("every rendered row lands where it starts, and the list keeps its whole height", () => {
    const rows = new RowHeights(50, 20, 4);
    rows.measure(3, 70);
    rows.measure(30, 5);
    const layout = layoutRows(rows, { from: 10, to: 14 }, [40, 2, 12]);
    expect(layout.runs.map((run) => [run.from, run.to])).toEqual([
      [2, 3],
      [10, 14],
      [40, 41],
    ]);
    for (const [index, y] of placed(rows, layout)) expect(y).toBeCloseTo(rows.start(index));
    const last = layout.runs[layout.runs.length - 1];
    expect(rows.start(last.to) - rows.gap + layout.spaceAfter).toBeCloseTo(rows.total());
  });

  test("pinned rows next to the window join its run; out-of-range pins are ignored", () => {
    const rows = new RowHeights(10, 10, 0);
    const layout = layoutRows(rows, { from: 3, to: 5 }, [5, 2, -1, 10]);
    expect(layout.runs).toEqual([{ from: 2, to: 6, spaceBefore: 20 }]);
    expect(layout.spaceAfter).toBe(40);
  });

  test("no row in view and none pinned: the list is all space", () => {
    const rows = new RowHeights(10, 10, 2);
    expect(layoutRows(rows, EMPTY_RANGE, [])).toEqual({ runs: [], spaceAfter: 118 });
  });
});

describe("rowForKey", () => {
  test("arrows, Home, End and pages, clamped to the list", () => {
    expect(rowForKey("ArrowDown", 3, 10, 4)).toBe(4);
    expect(rowForKey("ArrowDown", 9, 10, 4)).toBe(9);
    expect(rowForKey("ArrowUp", 0, 10, 4)).toBe(0);
    expect(rowForKey("Home", 7, 10, 4)).toBe(0);
    expect(rowForKey("End", 2, 10, 4)).toBe(9);
    expect(rowForKey("PageDown", 2, 10, 4)).toBe(6);
    expect(rowForKey("PageUp", 2, 10, 4)).toBe(0);
    expect(rowForKey("PageDown", 2, 10, 0)).toBe(3);
    expect(rowForKey("Enter", 2, 10, 4)).toBeUndefined();
  });
});
