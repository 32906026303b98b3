import type { Lang } from "../../i18n";
import type { FindingParams } from "./finding";
import type { FindingSpec } from "./findingSpec";

/** Cross-department coverage of responsibilities. */
export const COVERAGE_FINDINGS = {
  // Coverage. `capability` and `area` are filled at the edge from their En/Zh params.
  CAPABILITY_UNCOVERED: {
    kind: "coverage",
    severity: "error",
    // A warning against the default catalogue or the sheet's own names: only the workbook's catalogue is a must.
    alsoSeverities: ["warning"],
    params: CAPABILITY_PARAMS(),
    message: "finding.CAPABILITY_UNCOVERED",
    derive: capabilityInLang,
    rule: "ui.rule.CAPABILITY_UNCOVERED",
  },
  CAPABILITY_SINGLE_HOLDER: {
    kind: "coverage",
    severity: "warning",
    params: { ...CAPABILITY_PARAMS(), name: "text", required: "integer" },
    message: "finding.CAPABILITY_SINGLE_HOLDER",
    derive: capabilityInLang,
    rule: "ui.rule.CAPABILITY_SINGLE_HOLDER",
  },
  CAPABILITY_VACANT_ONLY: {
    kind: "coverage",
    severity: "warning",
    params: { ...CAPABILITY_PARAMS(), count: "integer", idList: "text" },
    message: "finding.CAPABILITY_VACANT_ONLY",
    derive: capabilityInLang,
    rule: "ui.rule.CAPABILITY_VACANT_ONLY",
  },
  CAPABILITY_FRAGMENTED: {
    kind: "coverage",
    severity: "warning",
    params: { ...CAPABILITY_PARAMS(), count: "integer", departmentList: "text", max: "integer" },
    message: "finding.CAPABILITY_FRAGMENTED",
    derive: capabilityInLang,
    rule: "ui.rule.CAPABILITY_FRAGMENTED",
  },
  UNKNOWN_CAPABILITY: {
    kind: "coverage",
    severity: "warning",
    params: { name: "text", id: "text", row: "row", suggestion: "text?" },
    message: "finding.UNKNOWN_CAPABILITY",
    variants: { suggestion: { message: "finding.UNKNOWN_CAPABILITY_SUGGESTION" } },
    variantOf: (draft) => (draft.params.suggestion !== undefined ? "suggestion" : undefined),
    rule: "ui.rule.UNKNOWN_CAPABILITY",
  },
  SUPPORT_MISSING: {
    kind: "coverage",
    severity: "warning",
    params: { department: "text", supporter: "text", unknownDepartment: "text?" },
    message: "finding.SUPPORT_MISSING",
    variants: { unknownDepartment: { message: "finding.SUPPORT_MISSING_UNKNOWN_DEPARTMENT" } },
    variantOf: (draft) => (draft.params.unknownDepartment !== undefined ? "unknownDepartment" : undefined),
    rule: "ui.rule.SUPPORT_MISSING",
  },
} as const satisfies Record<string, FindingSpec>;

/** `capability` and `area` in the user's language, from the params the coverage findings carry in both. */
function capabilityInLang(params: FindingParams, lang: Lang): FindingParams {
  const zh = lang === "zh-CN";
  const named = { ...params };
  if (params.capabilityEn !== undefined) named.capability = (zh ? params.capabilityZh : params.capabilityEn) ?? "";
  if (params.areaEn !== undefined) named.area = (zh ? params.areaZh : params.areaEn) ?? "";
  return named;
}

function CAPABILITY_PARAMS() {
  return {
    capability: "text",
    area: "text",
    capabilityKey: "text",
    capabilityEn: "text",
    capabilityZh: "text",
    areaEn: "text",
    areaZh: "text",
  } as const;
}
