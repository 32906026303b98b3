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
  "scenario.cliHelp":
    "  scenario create FILE --name TITLE [--sheet NAME] [--map field=Header ...] --out OUT.xlsx\n" +
    "                     Copy the positions table (or the sheet NAME, e.g. another scenario) into a new scenario\n" +
    "                     sheet “Plan - TITLE”, and save the workbook with it to OUT.xlsx (a .csv becomes an .xlsx).\n" +
    "  scenario list FILE [--format json|text]\n" +
    "                     List the workbook's scenarios: sheet, title, source, date.\n" +
    "  scenario edit FILE --plan-sheet NAME EDIT ... --out OUT.xlsx\n" +
    "                     Change a scenario sheet (never the positions table itself); edits, applied in order:\n" +
    "                     --move ID --to MANAGER, --remove ID (its reports move up), --add-under ID [--title T]\n" +
    "                     [--id NEW], --status ID filled|vacant|planned|closed, --fte ID 0.5, --salary ID 300000|none.\n",
  "scenario.cli.error.noAction": "Name what to do with scenarios: create, list or edit.",
  "scenario.cli.error.missingFile": "Name the workbook: orgwright scenario {action} FILE.xlsx",
  "scenario.cli.error.missingOut": "Name the file to write: orgwright scenario {action} FILE --out OUT.xlsx",
  "scenario.cli.error.missingName": 'Name the scenario: --name "2026 reorg".',
  "scenario.cli.error.missingPlanSheet": 'Name the scenario sheet to edit: --plan-sheet "Plan - 2026 reorg".',
  "scenario.cli.error.moveWithoutTo": 'Say where “{id}” moves: --move {id} --to MANAGER ("" for the top).',
  "scenario.cli.error.badStatus": "“{value}” is not a status; use filled, vacant, planned or closed.",
  "scenario.cli.error.badNumber": "“{value}” is not a number of 0 or more for {option}.",
  "scenario.cli.error.misplaced":
    "{option} goes right after the edit it belongs to (--move … --to, --add-under … --title/--id).",
  "scenario.cli.error.noEdit": "Give at least one edit: --move, --remove, --add-under, --status, --fte or --salary.",
  "scenario.cli.none": "No scenarios in this workbook.",
  "scenario.cli.listLine": "{sheet}: “{title}”, a copy of {source} made {created}",
} as const;

export type ScenarioMessages = Record<keyof typeof scenarioEn, string>;
