/**
 * findingMessage fills a message straight from the finding's params (a filler per code, language and message, made
 * once) wherever it can; the text must be what the registry's declaration gives through messageParamsOf and
 * translate, to the character, for every code in both languages.
 */
import { translate, type Lang, type MessageKey } from "../../../src/i18n";
import type { Finding, FindingParams } from "../../../src/core/findings/finding";
import {
  FINDING_CODES,
  FINDING_REGISTRY,
  type FindingSpec,
  type ParamFormat,
} from "../../../src/core/findings/findingRegistry";
import { findingMessage, messageParamsOf } from "../../../src/core/findings/localizeFinding";

const VALUES: Record<ParamFormat, readonly (string | number)[]> = {
  text: ["Ops", "", 12345],
  title: ["Analyst", ""],
  row: [10234, 7],
  integer: [12345, 3],
  number: [1234.5678, 0.5],
  money: [1234.505, 12],
  percent: [0.255, 1],
  date: ["2026-01-31", "not a date"],
};

/** The message as findingMessage made it before it had fillers: the params copied, formatted, then translated. */
function reference(finding: Finding, lang: Lang): string {
  const spec: FindingSpec = FINDING_REGISTRY[finding.code];
  const variant = spec.variantOf?.(finding);
  const key: MessageKey =
    variant !== undefined && spec.variants?.[variant] ? spec.variants[variant].message : spec.message;
  return translate(lang, key, messageParamsOf(finding, lang, spec));
}

function findingsOf(code: (typeof FINDING_CODES)[number]): Finding[] {
  const declared = Object.entries(FINDING_REGISTRY[code].params as Record<string, string>);
  const findings: Finding[] = [];
  for (let pick = 0; pick < 3; pick++) {
    const params: FindingParams = {};
    for (const [name, spec] of declared) {
      const values = VALUES[spec.replace("?", "") as ParamFormat];
      params[name] = name === "currency" ? ["USD", "CNY", "XYZ"][pick] : values[pick % values.length];
    }
    findings.push({ code, severity: "warning", rows: [2], ids: [], params });
  }
  findings.push({ code, severity: "warning", rows: [], ids: [], params: {} });
  findings.push({ code, severity: "warning", rows: [], ids: [], params: {}, sheet: "Lines" } as Finding);
  return findings;
}

test.each(["en", "zh-CN"] as const)("every code's message in %s is the declaration's, to the character", (lang) => {
  let checked = 0;
  for (const code of FINDING_CODES)
    for (const finding of findingsOf(code)) {
      // Twice: the first call makes the filler, the second uses it.
      expect(findingMessage(finding, lang)).toBe(reference(finding, lang));
      expect(findingMessage(finding, lang)).toBe(reference(finding, lang));
      checked++;
    }
  expect(checked).toBe(FINDING_CODES.length * 5);
});
