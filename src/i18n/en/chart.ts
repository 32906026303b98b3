/** The org chart: what its cards say and what a screen reader hears. */
export const chartEn = {
  // Card lines
  "chart.card.untitled": "Untitled position",
  "chart.card.vacant": "Vacant",
  "chart.card.planned": "Planned",
  "chart.card.closed": "Closed",
  "chart.card.undisclosed": "Not disclosed",
  "chart.card.moreHolders": "{name} +{count}",
  "chart.card.org": "Organisation",
  "chart.card.positions.one": "1 position",
  "chart.card.positions.other": "{count} positions",
  "chart.card.unitDetail": "{department} · {team}",
  "chart.unit.noDepartment": "(no department)",

  // Badges
  "chart.badge.fte": "{fte} FTE",

  // Screen-reader labels, parts joined by the separator
  "chart.label.separator": ", ",
  "chart.label.reports.none": "no direct reports",
  "chart.label.reports.one": "1 direct report",
  "chart.label.reports.other": "{count} direct reports",
  "chart.label.hidden": "collapsed, {count} hidden",
  "chart.label.findings.one": "1 finding",
  "chart.label.findings.other": "{count} findings",
  "chart.label.tops.one": "1 top position",
  "chart.label.tops.other": "{count} top positions",
  "chart.label.department": "department",
  "chart.label.team": "team",
  "chart.label.head": "head {name}",
  "chart.label.vacant": "{count} vacant",

  // renderer
  "chart.view.expand.one": "Expand: 1 hidden report",
  "chart.view.expand.other": "Expand: {count} hidden reports",
  "chart.view.collapse": "Collapse",
  "chart.view.minimap": "Overview of the whole chart",
} as const;

export type ChartMessages = Record<keyof typeof chartEn, string>;
