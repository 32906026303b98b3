/** Org-check findings (spans, layers, grades) and their rule names. */
export const checksEn = {
  "finding.SPAN_TOO_WIDE": "“{title}” ({id}) has {span} direct reports; the target for {band} is {min}–{max}.",
  "finding.SPAN_TOO_NARROW": "“{title}” ({id}) has {span} direct reports; the target for {band} is at least {min}.",
  "finding.SINGLE_REPORT_CHAIN": "One-over-one: “{upper}” has only “{id}” as a report, and “{id}” has only “{lower}”.",
  "finding.LAYERS_EXCEEDED": "“{title}” ({id}) is on layer {layer}; at most {maxLayers} layers are allowed ({below} more below).",
  "finding.GRADE_INVERSION": "“{title}” ({id}, grade {grade}) is graded at or above the manager “{managerTitle}” ({managerId}, grade {managerGrade}).",
  "finding.VACANT_MANAGER": "“{title}” ({id}) is vacant but has {span} direct reports.",
} as const;

export type ChecksMessages = Record<keyof typeof checksEn, string>;
