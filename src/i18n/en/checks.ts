/** Org-check findings (spans, layers, grades) and the names of their rules. */
export const checksEn = {
  "finding.SPAN_TOO_WIDE":
    "“{title}” ({id}) has a span of control of {span}, wider than the {band} target of {min}–{max}.",
  "finding.SPAN_TOO_NARROW":
    "“{title}” ({id}) has a span of control of {span}, narrower than the {band} minimum of {min}.",
  "finding.SINGLE_REPORT_CHAIN":
    "One-over-one: “{title}” ({id}) is the only report of “{upperTitle}” ({upper}) and has only one report itself, “{lowerTitle}” ({lower}).",
  "finding.LAYERS_EXCEEDED":
    "“{title}” ({id}) is on layer {layer}; at most {maxLayers} layers are allowed. Positions below it, also too deep: {below}.",
  "finding.GRADE_INVERSION":
    "“{title}” ({id}, grade {grade}) is graded at or above its manager “{managerTitle}” ({managerId}, grade {managerGrade}).",
  "finding.VACANT_MANAGER":
    "“{title}” ({id}) has no holder (vacant or planned), yet positions report to it: {reports}.",
  "finding.HOLDERS_UNKNOWN":
    "The sheet has no Name or Status column, so whether its posts are held is not known: vacant managers cannot be checked ({managers} managers), and every position is counted as held. Add a Name or Status column to check vacancies.",
  "finding.UNKNOWN_ARCHETYPE":
    "“{value}” (position “{id}”, row {row}) is not a manager archetype; the department or default span target applies. Archetypes: player/coach, coach, supervisor, facilitator, coordinator.",
  // The span targets a manager is measured against, as named inside the messages above.
  "rules.archetype.playerCoach": "player/coach",
  "rules.archetype.coach": "coach",
  "rules.archetype.supervisor": "supervisor",
  "rules.archetype.facilitator": "facilitator",
  "rules.archetype.coordinator": "coordinator",
  "rules.band.default": "default",
  "rules.band.department": "“{department}” department",
} as const;

export type ChecksMessages = Record<keyof typeof checksEn, string>;
