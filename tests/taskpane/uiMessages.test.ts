import { uiEn } from "../../src/i18n/en/ui";
import { uiZh } from "../../src/i18n/zh-CN/ui";

/** The params a message uses: `{name}`, and `{name, plural, …}` (English plural forms; Chinese writes none). */
function placeholders(message: string): string[] {
  const plurals = [...message.matchAll(/\{(\w+), plural,/g)].map((match) => match[1]);
  const simple = [...message.matchAll(/\{(\w+)\}/g)].map((match) => match[1]);
  return [...new Set([...plurals, ...simple.filter((name) => !plurals.includes(name))])].sort();
}

describe("the task pane's strings", () => {
  test("every English string has a Chinese one with the same placeholders", () => {
    for (const key of Object.keys(uiEn) as (keyof typeof uiEn)[]) {
      expect([key, placeholders(uiZh[key])]).toEqual([key, placeholders(uiEn[key])]);
      expect(uiZh[key].trim()).not.toBe("");
    }
    expect(Object.keys(uiZh).sort()).toEqual(Object.keys(uiEn).sort());
  });

  test("the Chinese strings are translated, not copied (except names and file types)", () => {
    const sameInBoth = new Set([
      "ui.source.file",
      "ui.source.excelNotRead",
      "ui.quoted",
      "ui.checks.severityOption",
      "ui.chart.spans.noValue",
      "ui.chart.span.range",
      "ui.coverage.legendUpTo",
      "ui.coverage.legendAbove",
    ]);
    for (const key of Object.keys(uiEn) as (keyof typeof uiEn)[]) {
      if (!sameInBoth.has(key)) expect([key, uiZh[key]]).not.toEqual([key, uiEn[key]]);
    }
  });
});
