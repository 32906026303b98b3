/** Headcount cost: its findings and the names it gives things. */
export const costEn = {
  "finding.MISSING_SALARY":
    "“{title}” ({id}, row {row}) has neither a salary nor a pay range, so its pay cannot be costed; only what does not depend on pay is counted.",
  "finding.MISSING_RATE":
    "No Rates line for the location “{subject}” covers the year: employer on-costs are left out for {count} positions ({idList}); their pay is costed.",
  "finding.MISSING_RATE_CURRENCY":
    "No FX rate for {subject} covers the year: {count} positions paid in {subject} ({idList}) are left out of the total in the reporting currency.",
  "ui.rule.MISSING_SALARY": "Salary missing",
  "ui.rule.MISSING_RATE": "Rate missing",
} as const;

export type CostMessages = Record<keyof typeof costEn, string>;
