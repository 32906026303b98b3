import { MESSAGES, translate, type Lang, type MessageKey } from "../../../src/i18n";
import { checkOrg } from "../../../src/core/checks/checkOrg";
import { DEFAULT_ORG_RULES, type OrgRules } from "../../../src/core/checks/orgRules";
import { withSpanBandLabel } from "../../../src/core/checks/spanBandLabel";
import type { FindingCode } from "../../../src/core/findings/finding";
import { craftOrg, team } from "./craftOrg";

const CODES: FindingCode[] = [
  "SPAN_TOO_WIDE",
  "SPAN_TOO_NARROW",
  "SINGLE_REPORT_CHAIN",
  "LAYERS_EXCEEDED",
  "GRADE_INVERSION",
  "VACANT_MANAGER",
  "UNKNOWN_ARCHETYPE",
];

function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();
}

describe("org-check messages", () => {
  const keys = Object.keys(MESSAGES.en).filter(
    (key) => key.startsWith("rules.") || CODES.some((c) => key === `finding.${c}`),
  );

  it("exist for every code, with the same placeholders in both languages", () => {
    for (const code of CODES) expect(MESSAGES.en[`finding.${code}` as MessageKey]).toBeDefined();
    for (const key of keys as MessageKey[]) {
      expect([key, placeholders(MESSAGES["zh-CN"][key])]).toEqual([key, placeholders(MESSAGES.en[key])]);
    }
  });

  it("are filled from the findings' params in both languages", () => {
    const rules: OrgRules = {
      ...DEFAULT_ORG_RULES,
      maxLayers: 3,
      departments: [{ department: "Ops", span: { min: 1, max: 2 } }],
    };
    const model = craftOrg(
      ...team({ id: "W", grade: "P5" }, 9), // too wide
      { id: "U", grade: "M1" },
      { id: "M", reportsTo: "U", grade: "M1", archetype: "Boss", department: "Ops" }, // one-over-one, inversion, unknown archetype
      { id: "R", reportsTo: "M", name: null }, // vacant manager; layer 3
      { id: "R1", reportsTo: "R" }, // layer 4 > 3
    );
    const findings = checkOrg(model, rules).findings;
    expect(new Set(findings.map((f) => f.code))).toEqual(new Set(CODES));
    for (const lang of ["en", "zh-CN"] as Lang[]) {
      for (const finding of findings) {
        const text = translate(lang, `finding.${finding.code}` as MessageKey, withSpanBandLabel(finding.params, lang));
        expect([finding.code, text]).not.toEqual([finding.code, expect.stringMatching(/\{\w+\}/)]);
      }
    }
  });
});
