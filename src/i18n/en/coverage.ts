/** Coverage findings (capabilities across departments, cross-department support). */
export const coverageEn = {
  "finding.CAPABILITY_UNCOVERED": "No position holds “{capability}” ({area}).",
  "finding.CAPABILITY_SINGLE_HOLDER": "Only {name} holds “{capability}” ({area}): a bus factor of 1 (wanted: {required}).",
  "finding.CAPABILITY_VACANT_ONLY": "Only vacant positions hold “{capability}” ({area}): {idList}.",
  "finding.CAPABILITY_FRAGMENTED": "“{capability}” is spread over {count} departments ({departmentList}) with no owner department (at most {max}).",
  "finding.UNKNOWN_CAPABILITY": "“{name}” (position “{id}”, row {row}) is not in the capability catalogue.",
  "finding.UNKNOWN_CAPABILITY_SUGGESTION": "“{name}” (position “{id}”, row {row}) is not in the capability catalogue. Did you mean “{suggestion}”?",
  "finding.SUPPORT_MISSING": "{department} needs support from {supporter}, but has no dotted line or named partner there.",
} as const;

export type CoverageMessages = Record<keyof typeof coverageEn, string>;
