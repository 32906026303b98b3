import { fiscalIndexOf, parseBudgetPeriod } from "../../../src/core/budget/budgetMonth";
import { monthRuns } from "../../../src/core/budget/monthRuns";
import { fiscalMonths } from "../../../src/core/cost/fiscalYear";

describe("a Budget line's month", () => {
  test.each([
    ["", { kind: "year" }],
    ["Annual", { kind: "year" }],
    ["全年", { kind: "year" }],
    ["2026-03", { kind: "month", year: 2026, month: 3 }],
    ["2026/3", { kind: "month", year: 2026, month: 3 }],
    ["2026年3月", { kind: "month", year: 2026, month: 3 }],
    ["Mar 2026", { kind: "month", year: 2026, month: 3 }],
    ["March 2026", { kind: "month", year: 2026, month: 3 }],
    ["Mar-26", { kind: "month", year: 2026, month: 3 }],
    ["03/2026", { kind: "month", year: 2026, month: 3 }],
    ["2026-03-01", { kind: "month", year: 2026, month: 3 }],
    ["46082", { kind: "month", year: 2026, month: 3 }], // Excel's serial of 2026-03-01
    ["3", { kind: "month", month: 3 }],
    ["3月", { kind: "month", month: 3 }],
    ["Sept", { kind: "month", month: 9 }],
  ])("%p", (text, period) => {
    expect(parseBudgetPeriod(text)).toEqual(period);
  });

  test.each(["13", "soon", "2026-13", "Marchx 2026", "Ma 2026"])("%p names no month", (text) => {
    expect(parseBudgetPeriod(text)).toBeUndefined();
  });

  test("a month number is that calendar month within the fiscal year", () => {
    const fromJuly = fiscalMonths(2026, 7);
    expect(fiscalIndexOf({ month: 3 }, fromJuly)).toBe(8); // March 2027
    expect(fiscalIndexOf({ month: 7 }, fromJuly)).toBe(0);
    expect(fiscalIndexOf({ year: 2026, month: 3 }, fromJuly)).toBe(-1);
  });
});

describe("months as runs", () => {
  test("English and Chinese", () => {
    const second = ["2026-07", "2026-08", "2026-09", "2026-10", "2026-11", "2026-12"];
    expect(monthRuns(second, "en")).toBe("Jul–Dec 2026");
    expect(monthRuns(second, "zh-CN")).toBe("2026年7–12月");
    expect(monthRuns("2026-03,2026-05,2026-06", "en")).toBe("Mar 2026, May–Jun 2026");
    expect(monthRuns("2026-11,2026-12,2027-01,2027-02", "en")).toBe("Nov 2026–Feb 2027");
    expect(monthRuns("2026-11,2026-12,2027-01,2027-02", "zh-CN")).toBe("2026年11月–2027年2月");
    expect(monthRuns(["2026-03"], "zh-CN")).toBe("2026年3月");
  });
});
