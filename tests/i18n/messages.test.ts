import { detectLang } from "../../src/i18n/detectLang";
import { MESSAGES, type MessageKey } from "../../src/i18n/messages";
import { translate } from "../../src/i18n/translate";

/** The params a message uses: `{name}`, and `{name, plural, …}` (whose forms are the language's own). */
function placeholders(text: string): string[] {
  const plurals = [...text.matchAll(/\{(\w+), plural,/g)].map((m) => m[1]);
  const simple = [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).filter((name) => !plurals.includes(name));
  return [...new Set([...plurals, ...simple])].sort();
}

describe("MESSAGES", () => {
  const keys = Object.keys(MESSAGES.en) as MessageKey[];

  test("Simplified Chinese has every English key and nothing else", () => {
    expect(Object.keys(MESSAGES["zh-CN"]).sort()).toEqual([...keys].sort());
  });

  test.each(keys)("%s uses the same placeholders in both languages", (key) => {
    expect(placeholders(MESSAGES["zh-CN"][key])).toEqual(placeholders(MESSAGES.en[key]));
  });

  test("no Chinese message is a copy of the English one", () => {
    const copied = keys.filter(
      (key) =>
        MESSAGES["zh-CN"][key] === MESSAGES.en[key] &&
        /[A-Za-z]{3,}/.test(MESSAGES.en[key].replace(/\{\w+\}|Excel|Orgwright/g, "")),
    );
    expect(copied).toEqual([]);
  });
});

describe("translate(lang, key, params)", () => {
  test("fills placeholders as plain text", () => {
    expect(translate("en", "finding.SELF_REPORT", { id: "<b>7</b>" })).toBe("Position “<b>7</b>” reports to itself.");
    expect(translate("zh-CN", "finding.SELF_REPORT", { id: "7" })).toBe("岗位“7”向自己汇报。");
  });

  test("leaves unknown placeholders visible rather than inventing text", () => {
    expect(translate("en", "finding.SELF_REPORT")).toContain("{id}");
  });
});

describe("detectLang(tag)", () => {
  test.each([
    ["zh-CN", "zh-CN"],
    ["zh-cn", "zh-CN"],
    ["zh-Hans-CN", "zh-CN"],
    ["zh", "zh-CN"],
    ["en-US", "en"],
    ["fr-FR", "en"],
    ["", "en"],
    [undefined, "en"],
  ])("%p → %p", (tag, lang) => {
    expect(detectLang(tag)).toBe(lang);
  });
});

describe("one word for FTE in Chinese", () => {
  test("every Chinese message says 编制, never FTE or another rendering", () => {
    const offenders = Object.entries(MESSAGES["zh-CN"]).filter(([, text]) =>
      /FTE|全职当量|人力当量|工时当量/.test(text),
    );
    expect(offenders).toEqual([]);
    const withFte = Object.entries(MESSAGES.en).filter(([, text]) => /\bFTE\b/.test(text));
    expect(withFte.length).toBeGreaterThan(5);
    for (const [key] of withFte) expect(MESSAGES["zh-CN"][key as keyof (typeof MESSAGES)["zh-CN"]]).toContain("编制");
  });
});

describe("numbers in messages", () => {
  test("are written for the language: grouped quantities, ungrouped row numbers", () => {
    expect(translate("en", "ui.orgChart.collapsedOnOpen", { count: 10000, level: 3 })).toMatch(
      /^This org has 10,000 positions: it opens expanded to level 3\./,
    );
    expect(translate("zh-CN", "ui.orgChart.collapsedOnOpen", { count: 100000, level: 3 })).toContain("100,000");
    expect(translate("en", "ui.orgChart.selectedRow", { title: "T", row: 10234, sheet: "S" })).toBe(
      "T: row 10234 of “S”.",
    );
  });

  test("choose English plural forms by the number, and Chinese needs none", () => {
    const counts = (rowsRead: number, positions: number, rowsOnlyInFindings: number) =>
      translate("en", "ui.summary.reconciliation", { rowsRead, positions, rowsOnlyInFindings });
    expect(counts(36, 35, 1)).toBe("36 rows read = 35 positions + 1 row only in findings");
    expect(counts(1, 1, 0)).toBe("1 row read = 1 position + 0 rows only in findings");
    expect(counts(10001, 10000, 1)).toBe("10,001 rows read = 10,000 positions + 1 row only in findings");
    // Already formatted numbers choose their form too.
    expect(translate("en", "ui.summary.blankRows", { count: "1" })).toBe("1 blank row skipped");
    expect(translate("en", "ui.summary.blankRows", { count: "2,000" })).toBe("2,000 blank rows skipped");
    expect(translate("zh-CN", "ui.summary.blankRows", { count: 1 })).not.toMatch(/plural|#/);
  });

  test("no English message writes a number placeholder before a plural noun without a plural form", () => {
    const nouns = "rows|positions|findings|capabilities|departments|people|managers|reports";
    const bare = Object.entries(MESSAGES.en).filter(([, text]) =>
      new RegExp(`\\{\\w+\\} (${nouns})\\b`).test(text.replace(/\{\w+, plural,[^]*?\}\}/g, "")),
    );
    expect(bare.map(([key]) => key).filter((key) => key.startsWith("ui."))).toEqual([]);
  });
});
