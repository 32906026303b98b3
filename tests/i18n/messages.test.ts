import { detectLang } from "../../src/i18n/detectLang";
import { MESSAGES, type MessageKey } from "../../src/i18n/messages";
import { translate } from "../../src/i18n/translate";

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
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
