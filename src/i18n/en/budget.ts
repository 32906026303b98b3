/** Budget against plan: its findings, the command line's and the pane's words. */
export const budgetEn = {
  "finding.OVER_BUDGET_HEADCOUNT":
    "{department} is over its headcount budget in {months}: {actual} posts against {budget} budgeted ({over} over).",
  "finding.OVER_BUDGET_HEADCOUNT_MONTHS":
    "{department} is over its headcount budget in {months}: at most {actual} posts against {budget} budgeted ({over} over).",
  "finding.OVER_BUDGET_COST":
    "{department}’s cost is over budget in {months}: {actual} against {budget} budgeted ({over} over).",
  "finding.OVER_BUDGET_COST_ANNUAL":
    "{department}’s cost for the year ({months}) is over its annual budget: {actual} against {budget} ({over} over).",
  "finding.BUDGET_UNMATCHED":
    "The budget for “{name}” ({column}, row(s) {rowList} of “{sheet}”) names no department of the positions; its {count} line(s) are not compared.",
  "finding.BUDGET_UNMATCHED_COST_CENTER":
    "The budget for “{name}” ({column}, row(s) {rowList} of “{sheet}”) names no cost center of the positions; its {count} line(s) are not compared.",
  "finding.BUDGET_OUTSIDE_YEAR":
    "{count} budget line(s) of “{sheet}” (rows {rowList}) fall outside the fiscal year {fiscalYear}; they are not compared.",
  "finding.MISSING_BUDGET_DEPARTMENT":
    "Row {row} of “{sheet}” names neither a department nor a cost center ({column}); the budget line is left out.",
  "finding.INVALID_NUMBER_BUDGET":
    "“{value}” in {column} is not an amount of 0 or more (row {row} of “{sheet}”, budget of “{id}”); that figure is left out.",
  "finding.INVALID_DATE_BUDGET":
    "“{value}” in {column} names no month (row {row} of “{sheet}”, budget of “{id}”); the budget line is left out.",
  "ui.rule.OVER_BUDGET_HEADCOUNT": "Headcount over budget",
  "ui.rule.OVER_BUDGET_COST": "Cost over budget",
  "ui.rule.BUDGET_UNMATCHED": "Budget line unmatched",
  "ui.rule.BUDGET_OUTSIDE_YEAR": "Budget outside the year",
  "ui.rule.MISSING_BUDGET_DEPARTMENT": "Budget line without department",
  "cli.budget.heading": "Budget against plan (“{sheet}”), variance = actual − budget:",
  "cli.budget.columns":
    "Department | Months | Headcount actual/budget | Cost actual | budget | variance (volume + rate)",
  "cli.budget.year": "Year",
  "cli.budget.total": "Total variance {variance} = volume {volume} + rate {rate}",
  "cli.budget.totalUnsplit":
    "Total variance {variance} = volume {volume} + rate {rate} + not split (no headcount budget) {unsplit}",
  "cli.budget.over": "over",
  "ui.budget.heading": "Budget against plan",
  "ui.budget.sheet": "From the budget table “{sheet}”. Variance is actual − budget; over budget is highlighted.",
  "ui.budget.department": "Department",
  "ui.budget.costCenter": "Cost center",
  "ui.budget.month": "Month",
  "ui.budget.year": "Year",
  "ui.budget.yearOf": "{year} ({detail})",
  "ui.budget.headcount": "Headcount",
  "ui.budget.headcountOf": "{actual} / {budget}",
  "ui.budget.cost": "Cost",
  "ui.budget.budget": "Budget",
  "ui.budget.variance": "Variance",
  "ui.budget.volume": "Volume",
  "ui.budget.rate": "Rate",
  "ui.budget.volumeRate": "{volume} / {rate}",
  "ui.budget.over": "Over budget",
  "ui.budget.total": "Total",
  "ui.budget.annual": "annual budget",
  "ui.budget.explain":
    "Volume effect: (actual − budgeted headcount) × budgeted cost per head. Rate effect: actual headcount × (actual − budgeted cost per head). They add up to the cost variance. A row for several months gives each month’s figures.",
  "ui.budget.unmatched": "Not compared (no such department or cost center): {names}",
  "ui.budget.totalLine": "Total variance {variance} = volume {volume} + rate {rate}",
  "ui.budget.totalLineUnsplit":
    "Total variance {variance} = volume {volume} + rate {rate} + not split (no headcount budget) {unsplit}",
  "ui.budget.none": "No budget lines to compare.",
} as const;

export type BudgetMessages = Record<keyof typeof budgetEn, string>;
