import type { Lang, MessageKey } from "../../i18n";
import type { FindingDraft, FindingParams } from "../findings/finding";

/** Messages for findings about the Capabilities and Departments tables, by code (their params.table). */
const SUPPORT_TABLE_KEYS: Readonly<Record<string, Partial<Record<FindingDraft["code"], MessageKey>>>> = {
  capabilities: {
    MISSING_ID: "finding.MISSING_CAPABILITY_NAME",
    DUPLICATE_ID: "finding.DUPLICATE_CAPABILITY",
    INVALID_NUMBER: "finding.INVALID_REQUIRED_HOLDERS",
  },
  departments: {
    MISSING_ID: "finding.MISSING_DEPARTMENT_NAME",
    DUPLICATE_ID: "finding.DUPLICATE_DEPARTMENT",
  },
};

function messageKeyOf(draft: FindingDraft): MessageKey | undefined {
  const { code, params } = draft;
  if (typeof params.table === "string") return SUPPORT_TABLE_KEYS[params.table]?.[code];
  if (code === "SUPPORT_MISSING" && params.unknownDepartment) return "finding.SUPPORT_MISSING_UNKNOWN_DEPARTMENT";
  if (code === "UNKNOWN_CAPABILITY" && params.suggestion) return "finding.UNKNOWN_CAPABILITY_SUGGESTION";
  if (code.startsWith("CAPABILITY_") || code === "UNKNOWN_CAPABILITY" || code === "SUPPORT_MISSING")
    return `finding.${code}` as MessageKey;
  return undefined;
}

/**
 * The message key and params of a coverage finding in `lang`, or undefined for other findings (and
 * for the Capabilities and Departments tables' formula errors, whose generic message fits). Findings
 * about those tables reuse the positions table's codes (MISSING_ID, DUPLICATE_ID, INVALID_NUMBER) with
 * their own messages; capability findings name the capability and its area in the user's language
 * (params.capabilityEn / capabilityZh, areaEn / areaZh).
 */
export function coverageMessageOf(
  draft: FindingDraft,
  lang: Lang,
): { key: MessageKey; params: FindingParams } | undefined {
  const key = messageKeyOf(draft);
  if (key === undefined) return undefined;
  const params: FindingParams = { ...draft.params };
  if (draft.sheet !== undefined) params.sheet ??= draft.sheet;
  const zh = lang === "zh-CN";
  if (params.capabilityEn !== undefined) params.capability = zh ? params.capabilityZh : params.capabilityEn;
  if (params.areaEn !== undefined) params.area = zh ? params.areaZh : params.areaEn;
  return { key, params };
}
