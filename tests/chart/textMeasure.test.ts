import { fitLines, ellipsize } from "../../src/chart/fitText";
import { cachedTextMeasurer, cssFont, warmTextMeasurer, type MeasureRun } from "../../src/chart/textMeasure";

const FAMILY = "Test Sans";

/**
 * A stand-in for canvas measureText with distinct advances: per character, at the font's size (parsed from the
 * CSS font), 1 em for CJK and Hangul-free wide text, 0.6 em for "W" and "m", 0.3 em for "i" and "l", 0.5 em
 * otherwise; bold adds 10 %. Counts every call per font.
 */
function fakeRun(): { run: MeasureRun; calls: Map<string, string[]> } {
  const calls = new Map<string, string[]>();
  const run: MeasureRun = (text, font) => {
    const list = calls.get(font) ?? [];
    list.push(text);
    calls.set(font, list);
    const size = Number(/(\d+)px/.exec(font)?.[1]);
    const bold = font.includes("600 ") ? 1.1 : 1;
    let ems = 0;
    for (const char of text) {
      const code = char.codePointAt(0) ?? 0;
      ems += code >= 0x2e80 ? 1 : "Wm".includes(char) ? 0.6 : "il".includes(char) ? 0.3 : 0.5;
    }
    return ems * size * bold;
  };
  return { run, calls };
}

describe("cachedTextMeasurer", () => {
  test("sums per-character advances measured once per face at one size, scaled to the style's size", () => {
    const { run, calls } = fakeRun();
    const measure = cachedTextMeasurer(run, FAMILY);
    expect(measure("Wil", { size: 10 })).toBeCloseTo(6 + 3 + 3);
    expect(measure("Wil", { size: 20 })).toBeCloseTo(24);
    expect(measure("Wil", { size: 13, bold: true })).toBeCloseTo(1.2 * 13 * 1.1);
    // Regular at 10 and 20 px share one face: three characters measured once.
    expect(calls.get(cssFont({ size: 100 }, FAMILY))).toEqual(["W", "i", "l"]);
    expect(calls.get(cssFont({ size: 100, bold: true }, FAMILY))).toEqual(["W", "i", "l"]);
  });

  test("measures one sample per face for every CJK character, and each other character once", () => {
    const { run, calls } = fakeRun();
    const measure = cachedTextMeasurer(run, FAMILY);
    const names = ["王秀英", "欧阳娜娜", "张伟", "网络运营中心值班主管", "李娜（实习）"];
    for (const name of names) expect(measure(name, { size: 12 })).toBeCloseTo(Array.from(name).length * 12);
    expect(measure("Zoë 张", { size: 10 })).toBeCloseTo(5 + 5 + 5 + 5 + 10);
    const measured = calls.get(cssFont({ size: 100 }, FAMILY)) ?? [];
    expect(measured.filter((text) => text.codePointAt(0)! >= 0x2e80)).toEqual(["中"]);
    expect(new Set(measured).size).toBe(measured.length);
  });

  test("characters outside the BMP are measured as one character", () => {
    const { run } = fakeRun();
    const measure = cachedTextMeasurer(run, FAMILY);
    expect(measure("𠀀a", { size: 10 })).toBeCloseTo(10 + 5);
  });

  test("warming measures a Latin and a CJK sample in every style", () => {
    const { run, calls } = fakeRun();
    const measure = cachedTextMeasurer(run, FAMILY);
    warmTextMeasurer(measure, [{ size: 12 }, { size: 13, bold: true }, { size: 12, italic: true }]);
    expect(calls.size).toBe(3);
    for (const list of calls.values()) expect(list).toEqual(["A", "中"]);
  });

  test("keeps wrapping right in English and Chinese", () => {
    const { run } = fakeRun();
    const measure = cachedTextMeasurer(run, FAMILY);
    const style = { size: 10 };
    expect(fitLines("网络运营中心值班主管", 60, 2, style, measure)).toEqual(["网络运营中心", "值班主管"]);
    const english = fitLines("Senior Network Operations Engineer", 90, 2, style, measure);
    expect(english[0]).toBe("Senior Network");
    for (const line of english) expect(measure(line, style)).toBeLessThanOrEqual(90);
    // Four ideographs (40 px) and the ellipsis (5 px here) fit in 45 px.
    const cut = ellipsize("欧阳娜娜娜娜娜", 45, style, measure);
    expect(cut).toBe("欧阳娜娜…");
  });
});
