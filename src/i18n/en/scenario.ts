/** Scenarios (plans): the scenario sheets, why an edit is refused, the `orgwright scenario` command. */
export const scenarioEn = {
  /** The scenario's sheet name. Excel forbids ":" in sheet names, so English uses a dash. */
  "scenario.sheetName": "Plan - {title}",
  "scenario.note":
    "Scenario “{title}”: a copy of {source} made {created}. Edit it freely: Orgwright never changes {source} itself.",
  "scenario.defaultTitle": "Scenario {n}",
  "scenario.newPositionTitle": "New position",
  "scenario.status.filled": "Filled",
  "scenario.status.vacant": "Vacant",
  "scenario.status.planned": "Planned",
  "scenario.status.closed": "Closed",
  "scenario.refusal.SCENARIO_UNKNOWN_POSITION": "There is no position “{id}” in this scenario.",
  "scenario.refusal.SCENARIO_UNKNOWN_MANAGER": "There is no position “{manager}” in this scenario to report to.",
  "scenario.refusal.SCENARIO_MOVE_UNDER_SELF": "“{id}” cannot report to itself.",
  "scenario.refusal.SCENARIO_MOVE_UNDER_OWN_REPORT":
    "“{id}” cannot move under “{manager}”: “{manager}” reports to “{id}” (directly or further down), so the org would loop.",
  "scenario.refusal.SCENARIO_ID_TAKEN": "The position ID “{id}” is already used in this scenario.",
  "scenario.refusal.SCENARIO_MISSING_COLUMN":
    "This scenario has no “{column}” column; add one to the sheet to make this change.",
  "scenario.refusal.SCENARIO_SHARED_POST":
    "“{id}” is held by {count} rows (a shared post); change its {column} in the sheet, row by row.",
  "scenario.refusal.SCENARIO_BAD_NUMBER": "{value} is not a valid {column} (a number of 0 or more).",
  "scenario.refusal.SCENARIO_NO_HEADER": "This scenario's sheet has no Position ID and Reports To columns.",
  "problem.NOT_A_SCENARIO":
    "“{subject}” is not a scenario sheet Orgwright created; Orgwright only edits its own scenario sheets.",
  "problem.SCENARIO_CHANGED":
    "The scenario sheet “{subject}” changed since it was read; read it again and repeat the change.",
} as const;

export type ScenarioMessages = Record<keyof typeof scenarioEn, string>;
