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
  // A headcount line: that many seats of one role, drawn as one card
  "chart.card.line": "{count} × {title}",
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

  // The chart of a plan coloured by change
  "chart.change.added": "Added",
  "chart.change.moved": "Moved",
  "chart.change.changed": "Changed",
  "chart.change.removed": "Removed",
  "chart.change.legend": "Changes against the baseline",
  "chart.change.legendItem": "{label}: {count}",

  // Editing a plan in the chart
  "chart.edit.menu": "Edit {title}",
  "chart.edit.menuButton": "Actions for {title}",
  "chart.edit.move": "Move to another manager…",
  "chart.edit.addUnder": "Add position under",
  "chart.edit.remove": "Remove position",
  "chart.edit.markVacant": "Mark vacant",
  "chart.edit.markPlanned": "Mark planned",
  "chart.edit.changeFte": "Change FTE…",
  "chart.edit.changeSalary": "Change salary…",
  "chart.edit.fteLabel": "FTE of {title}",
  "chart.edit.salaryLabel": "Annual base salary of {title} (blank: none)",
  "chart.edit.apply": "Apply",
  "chart.edit.cancel": "Cancel",
  "chart.edit.notANumber": "Enter a number, 0 or more.",
  "chart.edit.pickedUp": "Moving {title}. Arrow keys choose the new manager, Enter drops, Escape cancels.",
  "chart.edit.target": "Drop on {title}: {moving} will report to it.",
  "chart.edit.targetTop": "Drop on {title}: {moving} becomes a top position.",
  "chart.edit.refusedSelf": "{moving} cannot report to itself.",
  "chart.edit.refusedDescendant": "{title} reports to {moving}: it cannot become its manager.",
  "chart.edit.refusedSame": "{moving} already reports to {title}.",
  "chart.edit.dropped": "{moving} now reports to {title}.",
  "chart.edit.droppedTop": "{moving} is now a top position.",
  "chart.edit.cancelled": "Move cancelled.",
} as const;

export type ChartMessages = Record<keyof typeof chartEn, string>;
