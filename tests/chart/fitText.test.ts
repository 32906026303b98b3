import { ellipsize, fitLines } from "../../src/chart/fitText";
import { estimateTextWidth } from "../../src/chart/textMeasure";

const style = { size: 10 };
const measure = estimateTextWidth;

describe("estimateTextWidth", () => {
  test("counts CJK characters as 1 em and Latin ones as 0.55 em", () => {
    expect(estimateTextWidth("运营中心", { size: 12 })).toBeCloseTo(48);
    expect(estimateTextWidth("abcd", { size: 10 })).toBeCloseTo(22);
    expect(estimateTextWidth("张伟 Li", { size: 10 })).toBeCloseTo(20 + 3 * 5.5);
  });
});

describe("fitLines", () => {
  test("keeps text that fits on one line", () => {
    expect(fitLines("Shift Lead", 100, 2, style, measure)).toEqual(["Shift Lead"]);
  });

  test("wraps English between words and keeps every line within the width", () => {
    const lines = fitLines("Senior Network Operations Engineer", 90, 2, style, measure);
    expect(lines).toEqual(["Senior Network", "Operations Engi…"]);
    for (const line of lines) expect(measure(line, style)).toBeLessThanOrEqual(90);
  });

  test("wraps without an ellipsis when two lines hold everything", () => {
    expect(fitLines("Network Operations Engineer", 110, 2, style, measure)).toEqual(["Network Operations", "Engineer"]);
  });

  test("wraps Chinese between any two characters", () => {
    // 6 characters of 10 px fit in 60 px.
    expect(fitLines("网络运营中心值班主管", 60, 2, style, measure)).toEqual(["网络运营中心", "值班主管"]);
  });

  test("ellipsises Chinese that needs more than the lines allowed", () => {
    const lines = fitLines("网络运营中心高级值班主管兼应急协调人", 60, 2, style, measure);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe("网络运营中心");
    expect(lines[1].endsWith("…")).toBe(true);
    expect(measure(lines[1], style)).toBeLessThanOrEqual(60);
  });

  test("mixes Chinese and English", () => {
    const lines = fitLines("NOC 值班主管 Shift Lead", 80, 2, style, measure);
    expect(lines.join(" ")).toContain("NOC");
    for (const line of lines) expect(measure(line, style)).toBeLessThanOrEqual(80);
  });

  test("breaks a word longer than a line between characters", () => {
    const lines = fitLines("Supercalifragilisticexpialidocious", 60, 2, style, measure);
    expect(lines[0]).toBe("Supercalif");
    expect(lines[1].endsWith("…")).toBe(true);
    for (const line of lines) expect(measure(line, style)).toBeLessThanOrEqual(60);
  });

  test("one line: ellipsised", () => {
    expect(fitLines("Head of Operations Center", 80, 1, style, measure)).toEqual(["Head of Opera…"]);
  });

  test("collapses whitespace and gives nothing for empty text", () => {
    expect(fitLines("  Shift \n Lead ", 100, 2, style, measure)).toEqual(["Shift Lead"]);
    expect(fitLines("   ", 100, 2, style, measure)).toEqual([]);
  });
});

describe("ellipsize", () => {
  test("returns text that fits as it is", () => {
    expect(ellipsize("王秀英", 100, style, measure)).toBe("王秀英");
  });

  test("cuts to the longest prefix that fits with the ellipsis", () => {
    const cut = ellipsize("Alexandria Ocasio-Smith", 60, style, measure);
    expect(cut.endsWith("…")).toBe(true);
    expect(measure(cut, style)).toBeLessThanOrEqual(60);
    expect(measure(cut.slice(0, -1) + "x…", style)).toBeGreaterThan(60);
  });

  test("cuts Chinese by characters", () => {
    expect(ellipsize("欧阳娜娜娜娜娜", 45, style, measure)).toBe("欧阳娜…");
  });
});
