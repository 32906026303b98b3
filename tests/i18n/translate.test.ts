import { LANGS, MESSAGES, translate, type Lang, type MessageKey } from "../../src/i18n";

/**
 * How translate filled templates before they were compiled: one regular expression replace per message, numbers
 * written for the language (grouped, except sheet positions such as row numbers).
 */
function byRegExp(template: string, params: Readonly<Record<string, string | number>>, lang: Lang = "en"): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (typeof value === "number") {
      const grouping = !["row", "headerRow", "line", "year", "layer", "level", "maxLayers", "column"].includes(name);
      return new Intl.NumberFormat(lang, { maximumFractionDigits: 3, useGrouping: grouping }).format(value);
    }
    return value === undefined ? whole : value;
  });
}

describe("translate", () => {
  test("fills every message of both languages as a regular expression replace does", () => {
    for (const lang of LANGS) {
      for (const key of Object.keys(MESSAGES.en) as MessageKey[]) {
        const template = MESSAGES[lang][key] ?? MESSAGES.en[key];
        const names = [...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1]);
        // Every other placeholder filled (numbers, text with braces and dollar signs), the rest left as written.
        const params: Record<string, string | number> = {};
        names.forEach((name, i) => {
          if (i % 2 === 0) params[name] = i % 4 === 0 ? 1234.5 : `$& {x} $1 “${name}”`;
        });
        expect(translate(lang, key, params)).toBe(byRegExp(template, params, lang));
        expect(translate(lang, key)).toBe(template);
      }
    }
  });

  test("leaves a placeholder with no param as written, and inserts params as plain text", () => {
    const key = "finding.SELF_REPORT" as MessageKey;
    const template = MESSAGES.en[key];
    expect(translate("en", key, {})).toBe(template);
    expect(translate("en", key, { id: "{row}", row: 7 })).toBe(byRegExp(template, { id: "{row}", row: 7 }));
  });
});
