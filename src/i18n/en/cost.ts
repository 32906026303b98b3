/** Headcount cost: its findings and the names it gives things. */
export const costEn = {
  "finding.MISSING_SALARY":
    "“{title}” ({id}, row {row}) has neither a salary nor a pay range, so its pay cannot be costed; only what does not depend on pay is counted.",
  "finding.MISSING_RATE":
    "No Rates line for the location “{subject}” covers {monthList}: employer on-costs are left out of those months for {count} position(s) ({idList}); their pay is costed.",
  "finding.MISSING_RATE_CURRENCY":
    "No FX rate for {subject} covers {monthList}: those months of {count} position(s) paid in {subject} ({idList}) are left out of the totals in the reporting currency.",
  "finding.RATE_CARRIED_FORWARD":
    "No built-in rates for “{location}” cover {months}: the last built-in ones ({periodFrom} – {periodTo}) are carried forward for {count} position(s) ({idList}). To use other rates, add lines for “{location}” to a Rates table.",
  "finding.MISSING_RATE_LOCATION": "Row {row} of “{sheet}” names no location ({column}); the rate line is left out.",
  "finding.MISSING_FX_CURRENCY": "Row {row} of “{sheet}” names no currency ({column}); the FX rate is left out.",
  "cost.noLocation": "(no location)",
  "ui.rule.MISSING_RATE_LOCATION": "Rate line without location",
  "ui.rule.MISSING_FX_CURRENCY": "FX rate without currency",
  "cli.cost.total": "Total",
  "cli.cost.heading": "Headcount cost {first} – {last}, in {currency}",
  "cli.cost.settings":
    "Salary basis: {basis}; part months: {proration}; pay ranges at: {payPoint}; vacancies: {vacancies}",
  "cli.cost.basisActual": "as paid",
  "cli.cost.basisFullTime": "full-time rate × FTE",
  "cli.cost.prorationDays": "by calendar days",
  "cli.cost.prorationMonths": "whole months",
  "cli.cost.vacanciesFunded": "without a date, costed all year",
  "cli.cost.vacanciesUnfunded": "without a date, left out",
  "cli.cost.totalLine": "Total for the year: {total}",
  "cli.cost.departments": "By department:",
  "cli.cost.headcountFte": "headcount {headcount}, FTE {fte}",
  "cli.cost.months": "By month:",
  "cli.cost.onCosts": "Employer on-costs:",
  "cli.error.badCostOption": "“{value}” is not a value for {option}; use {allowed}.",
  "ui.rule.MISSING_SALARY": "Salary missing",
  "ui.rule.MISSING_RATE": "Rate missing",
  "ui.rule.RATE_CARRIED_FORWARD": "Rates carried forward",
} as const;

export type CostMessages = Record<keyof typeof costEn, string>;
