import { TICKS } from "../../../src/core/cost/decimal";
import { formatCountDelta, formatMoneyDelta } from "../../../src/taskpane/plan/formatDelta";

describe("signed changes", () => {
  test("counts and FTE", () => {
    expect(formatCountDelta("en", 3)).toBe("+3");
    expect(formatCountDelta("en", -1.5)).toBe("\u22121.5");
    expect(formatCountDelta("en", 0)).toBe("0");
    expect(formatCountDelta("zh-CN", 1234)).toBe("+1,234");
    expect(formatCountDelta("en", 0.1 + 0.2 - 0.3)).toBe("0");
  });

  test("money, to the cent, in the currency", () => {
    expect(formatMoneyDelta("en", 12_000 * TICKS, "USD")).toBe("+$12,000.00");
    expect(formatMoneyDelta("en", -950.5 * TICKS, "USD")).toBe("\u2212$950.50");
    expect(formatMoneyDelta("zh-CN", 120_000 * TICKS, "CNY")).toBe("+¥120,000.00");
  });
});
