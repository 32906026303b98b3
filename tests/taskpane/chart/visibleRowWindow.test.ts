import { visibleRowWindow } from "../../../src/taskpane/chart/visibleRowWindow";

test("the window covers the rows in view plus the overscan, clipped to the list", () => {
  expect(visibleRowWindow(0, 300, 30, 100_000, 8)).toEqual({ first: 0, end: 18 });
  expect(visibleRowWindow(3_000, 300, 30, 100_000, 8)).toEqual({ first: 92, end: 118 });
  expect(visibleRowWindow(2_999_700, 300, 30, 100_000, 8)).toEqual({ first: 99_982, end: 100_000 });
  expect(visibleRowWindow(0, 300, 30, 0)).toEqual({ first: 0, end: 0 });
});
