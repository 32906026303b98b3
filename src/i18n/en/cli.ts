/** Command-line strings. */
export const cliEn = {
  "cli.usage":
    "Usage: orgwright check <file.xlsx|file.csv> [<lines.xlsx|lines.csv>…] [--sheet NAME] [--map field=Header ...] [--format json|text]\n" +
    "                       [--out REPORT.xlsx] [--rules RULES.json] [--lang en|zh-CN]\n" +
    "       orgwright cost <file.xlsx|file.csv> [<lines.xlsx|lines.csv>…] [--sheet NAME] [--map field=Header ...] [--year 2025] [--start-month 1]\n" +
    "                      [--currency CNY] [--pay-point min|mid|max] [--salary-basis actual|full-time]\n" +
    "                      [--proration days|months] [--vacancies funded|unfunded] [--format json|text|csv]\n" +
    "                      [--out COST.xlsx]\n" +
    "       orgwright sample --out FILE.xlsx [--lang en|zh-CN]\n" +
    "       orgwright scenario create|list|edit <file.xlsx|file.csv> ... (see --help)\n" +
    "       orgwright compare <baseline.xlsx> [<plan.xlsx>] [--plan-sheet NAME] [--format json|text] [--out COMPARE.xlsx] ...\n" +
    "       orgwright --help",
  "cli.help":
    "Orgwright checks a positions table (an .xlsx or .csv file) the way the Excel add-in does.\n" +
    "\n" +
    "Commands:\n" +
    "  check FILE         Read the positions table (and the Capabilities and Departments tables, if any),\n" +
    "                     build the org, run the org checks and the coverage check, list the findings.\n" +
    "                     Headcount lines (a manager column and a count such as Number of Posts, no ID) in\n" +
    "                     another sheet, or in the further files named after FILE, join the org under their managers.\n" +
    "    --sheet NAME     The sheet to read (default: the sheet whose header looks like positions).\n" +
    "    --map field=Header\n" +
    "                     Read a field from a column the aliases do not recognise, e.g.\n" +
    '                     --map reportsTo="Manager No." or --map 汇报对象=上级工号. Repeat for more fields.\n' +
    "    --format json|text\n" +
    "                     JSON for scripts (default), or a short report for people.\n" +
    "    --out REPORT.xlsx\n" +
    "                     Also write a copy of the workbook with the Org checks and Coverage sheets\n" +
    "                     (the file checked is never changed; a .csv becomes the copy's first sheet).\n" +
    "    --rules RULES.json\n" +
    "                     Check by these rules (the JSON the add-in saves) instead of the workbook's own.\n" +
    "  cost FILE          What every position costs, month by month, for a fiscal year: pay and employer\n" +
    "                     on-costs (the Rates table, else the shipped Beijing/Shanghai/UK rates), in one currency\n" +
    "                     (the FX table converts). See docs/cost.md. --year, --start-month (1–12), --currency,\n" +
    "                     --pay-point, --salary-basis, --proration, --vacancies; --format csv for a spreadsheet;\n" +
    "                     --out COST.xlsx also writes a copy of the workbook with the Headcount cost sheet\n" +
    "                     (live formulas over the positions table; the file read is never changed).\n" +
    "  sample --out FILE.xlsx\n" +
    "                     Write the operations-center sample workbook.\n" +
    "\n" +
    "Options for every command:\n" +
    "  --lang en|zh-CN    Language of the messages (default: from LANG / LC_ALL).\n" +
    "  --help             Show this help.\n" +
    "\n" +
    "Fields for --map: {fields}\n" +
    "Exit status: 0 when the file was read (findings included), 2 when it could not be read or the arguments are wrong.",
  "cli.error.noCommand": "Name a command: check, cost, compare, export, sample or scenario.",
  "cli.error.unknownCommand": "“{command}” is not a command; use check, cost, compare, export, sample or scenario.",
  "cli.error.unknownOption": "“{option}” is not an option of {command}.",
  "cli.error.missingValue": "{option} needs a value.",
  "cli.error.extraArgument": "Unexpected argument “{value}”.",
  "cli.error.noHeadcountLines":
    "{file} has no table of headcount lines (a manager column such as Reporting Senior Post and a count such as Number of Posts, without a position ID column); only such files can follow the first.",
  "cli.error.missingFile": "Name the file to check: orgwright check FILE.xlsx",
  "cli.error.badFormat": "“{value}” is not an output format; use json or text.",
  "cli.error.badLang": "“{value}” is not a supported language; use en or zh-CN.",
  "cli.error.badMap": '“{value}” is not a column mapping; write field=Header, e.g. reportsTo="Manager No.".',
  "cli.error.unknownField": "“{field}” is not a field of the positions table; use one of: {fields}.",
  "cli.error.missingOut": "Name the file to write: orgwright sample --out FILE.xlsx",
  "cli.error.outNotXlsx": "“{file}” does not end in .xlsx; the sample is written as an .xlsx workbook.",
  "cli.error.reportNotXlsx": "“{file}” does not end in .xlsx; the report is written as an .xlsx workbook.",
  "cli.error.outIsInput":
    "--out “{file}” is the file being checked; name a new file: the report goes into a copy, never into the file itself.",
  "cli.error.rulesNotJson": "“{file}” is not a rules file (JSON): {detail}",
  "cli.error.fileNotFound": "“{file}” does not exist.",
  "cli.error.fileNotReadable": "“{file}” could not be read: {detail}",
  "cli.error.fileNotWritten": "“{file}” could not be written: {detail}",
  "cli.sample.written": "Wrote the operations-center sample ({count} positions, sheet “{sheet}”) to {file}.",
  "cli.report.heading": "{file}: sheet “{sheet}”, header in row {headerRow}",
  "cli.report.headingNoHeader": "{file}: sheet “{sheet}”, no header row found",
  "cli.report.counts": "Rows read: {rowsRead} · positions: {positions} · top positions: {roots} · layers: {layers}",
  "cli.report.leftOut": "Rows left out of the org: {count} (see the findings) · blank rows skipped: {blank}",
  "cli.report.separator": ", ",
  "cli.report.columns": "Columns: {list}",
  "cli.report.roots": "Top: {list}",
  "cli.report.noFindings": "No findings.",
  "cli.report.findings": "Findings: {count} (errors: {errors}, warnings: {warnings}, info: {info})",
  "cli.report.finding": "{severity} {code} {rows}: {message}",
  "cli.report.findingNoRows": "{severity} {code}: {message}",
  "cli.report.spans": "Spans of control: managers {managers} · median {median} · mean {mean} · widest {widest}",
  "cli.report.spanBands": "Managers by span: {list}",
  "cli.report.bandItem": "{band}: {managers}",
  "cli.report.layerPyramid": "Layer pyramid: {list}",
  "cli.report.layerItem": "{layer}: {positions} ({fte} FTE)",
  "cli.report.coverage":
    "Coverage: {capabilities} capabilities × {departments} departments · with no filled holder: {uncovered}",
  "cli.report.written": "Wrote {file}: a copy of {input} with the sheets {sheets}.",
  "cli.report.row": "row {rows}",
  "cli.report.rows": "rows {rows}",
} as const;

export type CliMessages = Record<keyof typeof cliEn, string>;
