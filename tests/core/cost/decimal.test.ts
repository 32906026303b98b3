import { divideHalfUp, mulDivHalfUp, scaleDecimal, ticksToAmount } from "../../../src/core/cost/decimal";
import { fiscalMonths } from "../../../src/core/cost/fiscalYear";

describe("decimal money", () => {
  test("scaleDecimal reads the decimal the cell shows, rounding half up", () => {
    expect(scaleDecimal(1.005, 2)).toBe(101);
    expect(scaleDecimal(0.005, 6)).toBe(5000);
    expect(scaleDecimal(35283, 4)).toBe(352_830_000);
    expect(scaleDecimal(-2.675, 2)).toBe(-268);
    expect(scaleDecimal(0.1 + 0.2, 2)).toBe(30);
  });

  test("divideHalfUp and mulDivHalfUp are exact, also beyond 2^53", () => {
    expect(divideHalfUp(17641_5, 10)).toBe(17642);
    expect(divideHalfUp(17641_4, 10)).toBe(17641);
    expect(divideHalfUp(-5, 10)).toBe(-1);
    expect(mulDivHalfUp(5000, 4_233_960_000, 1_200_000_000)).toBe(17642);
    // 9,007,199,254,740,993 × 3 / 2 is beyond 2^53: computed in BigInt.
    expect(mulDivHalfUp(3_002_399_751_580_331, 3, 2)).toBe(Number((3_002_399_751_580_331n * 3n * 2n + 2n) / 4n));
  });

  test("ticks are shown rounded half up to the cent", () => {
    expect(ticksToAmount(38_709_677)).toBe(3870.97);
    expect(ticksToAmount(1_764_150)).toBe(176.42);
  });

  test("the fiscal year: 12 months from the start month, across the calendar year", () => {
    const months = fiscalMonths(2025, 7);
    expect(months.map((m) => m.key)).toEqual([
      "2025-07",
      "2025-08",
      "2025-09",
      "2025-10",
      "2025-11",
      "2025-12",
      "2026-01",
      "2026-02",
      "2026-03",
      "2026-04",
      "2026-05",
      "2026-06",
    ]);
    expect(months.map((m) => m.days).reduce((a, b) => a + b)).toBe(365);
    expect(fiscalMonths(2024, 1)[1].days).toBe(29);
  });
});
