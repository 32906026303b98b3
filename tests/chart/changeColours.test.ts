import { DARK_CHANGE_COLOURS, LIGHT_CHANGE_COLOURS, LIGHT_CHART_THEME, cardPaint } from "../../src/chart/chartTheme";
import { CHANGE_LEGEND_KINDS, CHANGE_MARKS } from "../../src/chart/chartChanges";

/** WCAG relative luminance of #rrggbb. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

describe("the change colours", () => {
  test.each([
    ["light", LIGHT_CHANGE_COLOURS, "#ffffff"],
    ["dark", DARK_CHANGE_COLOURS, "#292929"],
  ] as const)(
    "%s: each mark's text reads on its disc (4.5:1) and each outline stands out on the card (3:1)",
    (_, colours, card) => {
      for (const kind of CHANGE_LEGEND_KINDS) {
        expect(contrast(colours[kind], colours.markText)).toBeGreaterThanOrEqual(4.5);
        expect(contrast(colours[kind], card)).toBeGreaterThanOrEqual(3);
      }
    },
  );

  test("every kind has its own text mark, so colour is never the only cue", () => {
    const marks = CHANGE_LEGEND_KINDS.map((kind) => CHANGE_MARKS[kind]);
    expect(new Set(marks).size).toBe(marks.length);
  });

  test("the writers paint a ghost card dashed and faded", () => {
    const paint = cardPaint(LIGHT_CHART_THEME, "removed");
    expect(paint.dash.length).toBeGreaterThan(0);
    expect(paint.opacity).toBeLessThan(1);
    expect(paint.stroke).toBe(LIGHT_CHANGE_COLOURS.removed);
  });
});
