/** The sheets the add-in writes back into the workbook: Org checks and Coverage. */
export const reportEn = {
  "report.orgChecks.sheet": "Org checks",
  "report.orgChecks.reconciliation":
    "Rows read {rowsRead} = positions {positions} + rows only in findings {rowsOnlyInFindings}",
  "report.orgChecks.reconciliationBlank":
    "Rows read {rowsRead} = positions {positions} + rows only in findings {rowsOnlyInFindings} (blank rows skipped: {blank})",
  "report.orgChecks.findingsCount":
    "Findings: {count} (errors {errors}, warnings {warnings}, info {info}). Positions table: “{sheet}”. The Row column links to the rows of each finding.",
  "report.orgChecks.noFindings": "No findings. Positions table: “{sheet}”.",
  "report.orgChecks.rules":
    "Rules: span of control {min}–{max} for managers without an archetype; at most {maxLayers} layers. Assistants are not counted in spans.",
  "report.orgChecks.rulesOpen":
    "Rules: span of control at least {min} for managers without an archetype; at most {maxLayers} layers. Assistants are not counted in spans.",
  "report.findings.title": "Findings",
  "report.findings.number": "#",
  "report.findings.severity": "Severity",
  "report.findings.rule": "Rule",
  "report.findings.message": "Message",
  "report.findings.positions": "Positions involved",
  "report.findings.sheet": "Sheet",
  "report.findings.row": "Row",
  "report.findings.toRow": "To row",
  "report.spanBands.title": "Managers by span of control (direct reports, assistants not counted)",
  "report.spanBands.band": "Span band",
  "report.spanBands.managers": "Managers",
  "report.spanBands.share": "Share of managers",
  "report.spanStats.title": "Span of control over managers (individual contributors have no span)",
  "report.spanStats.managers": "Managers",
  "report.spanStats.median": "Median span",
  "report.spanStats.mean": "Mean span",
  "report.spanStats.widest": "Widest span",
  "report.layers.title": "Layer pyramid (top = layer 1)",
  "report.layers.layer": "Layer",
  "report.layers.positions": "Positions",
  "report.layers.fte": "FTE",
  "report.layers.managers": "Managers",
  "report.layers.averageSpan": "Average span",
  "report.coverage.sheet": "Coverage",
  "report.coverage.catalogueWorkbook":
    "Capability catalogue: the workbook's table on “{sheet}” ({count} capabilities) · departments: {departments}",
  "report.coverage.catalogueSheet":
    "Capability catalogue: the capability names the positions use ({count} capabilities; most are not in the default catalogue) · departments: {departments}",
  "report.coverage.catalogueDefault":
    "Capability catalogue: the default operations-center catalogue ({count} capabilities) · departments: {departments}",
  "report.coverage.legend":
    "FTE of the positions holding each capability, filled and vacant apart. Red: no filled position holds it. Amber: one person only.",
  "report.coverage.filledTitle": "Filled FTE by department",
  "report.coverage.vacantTitle": "Vacant FTE by department (open positions)",
  "report.coverage.capability": "Capability \\ Department",
  "report.coverage.area": "Area",
  "report.coverage.owner": "Owner department",
  "report.coverage.required": "Required holders",
  "report.coverage.people": "People",
  "report.coverage.filledFte": "Filled FTE",
  "report.coverage.vacantFte": "Vacant FTE",
  "report.coverage.noDepartment": "(no department)",
} as const;

export type ReportMessages = Record<keyof typeof reportEn, string>;
