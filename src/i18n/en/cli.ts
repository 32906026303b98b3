/** Command-line strings. */
export const cliEn = {
  "cli.usage":
    "Usage: orgwright check <file.xlsx|file.csv> [--sheet NAME] [--map field=Header ...] [--format json|text] [--lang en|zh-CN]\n" +
    "       orgwright sample --out FILE.xlsx [--lang en|zh-CN]\n" +
    "       orgwright --help",
  "cli.help":
    "Orgwright checks a positions table (an .xlsx or .csv file) the way the Excel add-in does.\n" +
    "\n" +
    "Commands:\n" +
    "  check FILE         Read the positions table, build the org and list the findings.\n" +
    "    --sheet NAME     The sheet to read (default: the sheet whose header looks like positions).\n" +
    "    --map field=Header\n" +
    "                     Read a field from a column the aliases do not recognise, e.g.\n" +
    '                     --map reportsTo="Manager No." or --map 汇报对象=上级工号. Repeat for more fields.\n' +
    "    --format json|text\n" +
    "                     JSON for scripts (default), or a short report for people.\n" +
    "  sample --out FILE.xlsx\n" +
    "                     Write the operations-center sample workbook.\n" +
    "\n" +
    "Options for every command:\n" +
    "  --lang en|zh-CN    Language of the messages (default: from LANG / LC_ALL).\n" +
    "  --help             Show this help.\n" +
    "\n" +
    "Fields for --map: {fields}\n" +
    "Exit status: 0 when the file was read (findings included), 2 when it could not be read or the arguments are wrong.",
  "cli.error.noCommand": "Name a command: check or sample.",
  "cli.error.unknownCommand": "“{command}” is not a command; use check or sample.",
  "cli.error.unknownOption": "“{option}” is not an option of {command}.",
  "cli.error.missingValue": "{option} needs a value.",
  "cli.error.extraArgument": "Unexpected argument “{value}”.",
  "cli.error.missingFile": "Name the file to check: orgwright check FILE.xlsx",
  "cli.error.badFormat": "“{value}” is not an output format; use json or text.",
  "cli.error.badLang": "“{value}” is not a supported language; use en or zh-CN.",
  "cli.error.badMap": '“{value}” is not a column mapping; write field=Header, e.g. reportsTo="Manager No.".',
  "cli.error.unknownField": "“{field}” is not a field of the positions table; use one of: {fields}.",
  "cli.error.missingOut": "Name the file to write: orgwright sample --out FILE.xlsx",
  "cli.error.outNotXlsx": "“{file}” does not end in .xlsx; the sample is written as an .xlsx workbook.",
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
  "cli.report.row": "row {rows}",
  "cli.report.rows": "rows {rows}",
} as const;

export type CliMessages = Record<keyof typeof cliEn, string>;
