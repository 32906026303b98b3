/** Coverage findings (capabilities across departments, cross-department support) and the coverage matrix. */
export const coverageEn = {
  "finding.CAPABILITY_UNCOVERED": "No position, filled or vacant, holds “{capability}” ({area}).",
  "finding.CAPABILITY_SINGLE_HOLDER":
    "Only {name} holds “{capability}” ({area}): a bus factor of 1 (at least {required} people wanted).",
  "finding.CAPABILITY_VACANT_ONLY": "Only vacant or planned positions hold “{capability}” ({area}): {idList}.",
  "finding.CAPABILITY_FRAGMENTED":
    "“{capability}” ({area}) is spread over {count} departments ({departmentList}) with no owner department; at most {max} are allowed without one.",
  "finding.UNKNOWN_CAPABILITY": "“{name}” (position “{id}”, row {row}) is not in the capability catalogue.",
  "finding.UNKNOWN_CAPABILITY_SUGGESTION":
    "“{name}” (position “{id}”, row {row}) is not in the capability catalogue. Did you mean “{suggestion}”?",
  "finding.SUPPORT_MISSING":
    "{department} needs support from {supporter}, but has no dotted line or named partner there.",
  "finding.SUPPORT_MISSING_UNKNOWN_DEPARTMENT":
    "{department} needs support from {supporter}, but no position belongs to “{unknownDepartment}”. Check the spelling against the Department column.",
  "finding.MISSING_CAPABILITY_NAME":
    "Row {row} of “{sheet}” names no capability ({column}); the row is left out of the catalogue.",
  "finding.DUPLICATE_CAPABILITY":
    "Capability “{id}” is listed on {count} rows of “{sheet}” ({rowList}); only the first is kept.",
  "finding.INVALID_REQUIRED_HOLDERS":
    "“{value}” in {column} is not a whole number of at least 1 (row {row}, capability “{id}”); {default} is used.",
  "finding.MISSING_DEPARTMENT_NAME": "Row {row} of “{sheet}” names no department ({column}); the row is left out.",
  "finding.DUPLICATE_DEPARTMENT":
    "Department “{id}” is listed on {count} rows of “{sheet}” ({rowList}); only the first is kept.",
  "coverage.noDepartment": "(none)",
  // Rule names of the support tables' findings (the pane's groups).
  "ui.rule.MISSING_CAPABILITY_NAME": "Capability not named",
  "ui.rule.DUPLICATE_CAPABILITY": "Duplicate capability",
  "ui.rule.INVALID_REQUIRED_HOLDERS": "Invalid required holders",
  "ui.rule.MISSING_DEPARTMENT_NAME": "Department not named",
  "ui.rule.DUPLICATE_DEPARTMENT": "Duplicate department",
} as const;

export type CoverageMessages = Record<keyof typeof coverageEn, string>;
