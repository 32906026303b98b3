/** Finding messages. Placeholders in braces are filled from the finding's params. */
export const findingsEn = {
  "finding.MISSING_COLUMN":
    "No column for “{field}” was found (looked for headers such as {aliases}). Map it to one of the sheet's columns.",
  "finding.MISSING_ID": "Row {row} has no position ID; the row is left out of the org.",
  "finding.LINE_ID_GENERATED":
    "Row {row} is a headcount line ({posts} × “{title}”) with no position ID of its own: it is in the org as “{id}” (its manager, title and row).",
  "finding.LINE_ID_GENERATED_JOINED":
    "Row {row} of sheet “{sheet}” is a headcount line ({posts} × “{title}”): joined into the org under its manager as “{id}” (its manager, title, sheet and row).",
  "finding.DUPLICATE_ID": "Position ID “{id}” is used on {count} rows ({rowList}); only the first is kept.",
  "finding.DUPLICATE_ID_RENAMED":
    "Position ID “{id}” is used on {count} rows ({rowList}) for different posts (another title or manager). The first keeps the ID; the others are kept in the chart as {renamed}.",
  "finding.MANAGER_PLACEHOLDER":
    "Reports To “{placeholder}” ({count}: {idList}) is no position ID here but a placeholder for “reports to no one in this table”: read as top positions.",
  "finding.MERGED_CELLS_FILLED":
    "Merged cells were read as Excel shows them, the merged value in every cell of the merge: {areaList} ({count} in all).",
  "finding.CSV_LINES_JOINED":
    'A quoted cell of this row in the CSV file is not closed where it should be, so {lines} lines of the file were read as this one row: rows of the file may be inside it. Check the quotes on this row: a cell that starts with a quote ends with one, and a quote inside a cell is written twice ("").',
  "finding.CSV_QUOTE_NOT_DOUBLED":
    'A quote inside a quoted cell of this row in the CSV file is not written twice (""); the cell was read as written. Check that the row\'s cells say what was meant.',
  "finding.SHARED_POST":
    "Post “{id}” is held on {count} rows ({rowList}: {holderList}) with the same title and manager: read as one post shared by its holders (a job share or a handover); their FTE and pay are added up.",
  "finding.SHARED_POST_OVER_FTE":
    "The holders of post “{id}” add up to {fte} FTE, more than the post's {postFte} (rows {rowList}): an overlapping handover, or a job share over the post?",
  "finding.UNKNOWN_MANAGER": "Position “{id}” reports to “{manager}”, which is not a position ID in this table.",
  "finding.UNKNOWN_MANAGER_LINE":
    "The headcount line on sheet “{sheet}”, row {row} (“{title}”), names “{manager}” as its manager, which is not a position ID of the org: it is shown as a top position.",
  "finding.UNKNOWN_DOTTED_MANAGER":
    "Position “{id}” has a dotted line to “{manager}”, which is not a position ID in this table.",
  "finding.MANAGER_BY_EMAIL":
    "Reports To holds email addresses, not position IDs: each was matched to the position whose holder has that address in the Email column ({count}: {idList}; e.g. “{written}” → “{managerId}”).",
  "finding.MANAGER_BY_NAME":
    "Position “{id}” reports to “{manager}”, which is not a position ID but the name of the holder of “{managerId}”; read as reporting to “{managerId}”.",
  "finding.SELF_REPORT": "Position “{id}” reports to itself.",
  "finding.CYCLE": "Reporting lines go round in a circle: {path}. The chart breaks the circle at “{id}”.",
  "finding.MULTIPLE_ROOTS": "{count} positions report to no one ({idList}); they are shown under one virtual top.",
  "finding.INVALID_NUMBER": "“{value}” in {column} is not a number of 0 or more (row {row}, position “{id}”).",
  "finding.INVALID_DATE": "“{value}” in {column} is not a date (row {row}, position “{id}”).",
  "finding.FORMULA_ERROR": "The {column} cell holds the formula error {value} (row {row}).",
  "finding.END_BEFORE_START": "Position “{id}” ends ({end}) before it starts ({start}) (row {row}).",
  "finding.MANAGER_ID_VARIANT":
    "Reports To that matched no position ID as written was read as the ID it names written another way — full-width characters, another case, leading zeros dropped, a whole number written as 1002.0, or the ID with a name around it ({count}: {idList}; e.g. “{written}” → “{managerId}”).",
  "finding.ID_VARIANTS":
    "Position IDs {idList} (rows {rowList}) differ only in how they are written (full-width or half-width characters, case, leading zeros, a trailing .0): they are read as {count} different positions. If they are one post, write the ID the same way on every row.",
  "finding.TOTALS_ROW":
    "Row {row} (“{label}”) is a totals row, not a position: left out of the org, so its figures are not counted twice.",
  "finding.DECIMAL_COMMA":
    "This sheet writes decimals with a comma (row {row}: “{example}”): its FTE and pay are read that way, dots grouping thousands (120.000,50 is 120000.50; 80.000 is 80000).",
  "finding.DAY_FIRST_DATES":
    "This sheet writes dates day first (row {row}: “{example}”): its start and end dates are read that way (01/03/2024 is 1 March 2024, not 3 January).",
  "finding.AMBIGUOUS_DATES":
    "Dates on this sheet such as “{example}” (row {row}) read either way, day first or month first, and none of its dates tells which: they are read month first, as Excel in the US reads them (“{example}” as {reading}). Write dates as 2024-03-01, or as Excel dates, to be sure.",
  "finding.MONTHLY_SALARY":
    "The column “{column}” (header in row {row}) holds monthly pay and the sheet has no annual salary column: each position's annual base salary is read as {months} × it (a Months Paid column adds a 13th month and more; bonus and allowances stay as written).",
  "finding.SALARY_PER_MONTH":
    "{count, plural, one {# cell} other {# cells}} of the salary column “{column}” give pay by the month (rows {rowList}; e.g. “{example}”): each is read as an annual base salary of {months} × the amount, not left at 0.",
  "finding.SALARY_PER_YEAR":
    "{count, plural, one {# cell} other {# cells}} of the monthly salary column “{column}” give a year's pay (rows {rowList}; e.g. “{example}”): each is read as that annual base salary, not {months} × it.",
  "finding.UNKNOWN_STATUS":
    "“{status}” in the column “{column}” is not a status Orgwright knows ({count, plural, one {# row:} other {# rows:}} {rowList}): those positions are read as filled when their Name names someone, else vacant. Write Filled, Vacant, Planned or Closed (or 在职, 空缺, 计划, 关闭) to say which.",
  "finding.FTE_PERCENT":
    "The FTE column “{column}” (header in row {row}) holds percentages: 100 is read as 1 FTE and 50 as 0.5; fractions (0.5, 50%) as they are.",
  "finding.WEEKLY_HOURS_FTE":
    "The column “{column}” (header in row {row}) holds hours a week and the sheet has no FTE column: each position's FTE is its hours ÷ a full-time week of {fullTime} hours (to 4 decimal places), the full-time week being the one the header states, else the week of 35 to 48 hours most positions work, else 40. To use another, state it in the header, e.g. “Weekly Hours (37.5)”.",
  "finding.HOURS_OVER_FULL_TIME":
    "{count, plural, one {# position works} other {# positions work}} more than the full-time week of {fullTime} hours in the column “{column}” ({count, plural, one {# row:} other {# rows:}} {rowList}): their FTE is above 1, kept as written. Overtime, or a different full-time week?",
  "finding.DEPARTMENT_PATH":
    "The column “{column}” holds department paths, units separated by “{separator}” ({count, plural, one {# row:} other {# rows:}} {rowList}): each is read as its department (the unit under the root every path shares, else the first) and, where no Team is given, its last unit as the team — “{example}” is department “{department}”, team “{team}”.",
  "finding.NOTE_ROW": "Row {row} holds a note (“{text}”), not a position: left out of the org.",
} as const;

export type FindingMessages = Record<keyof typeof findingsEn, string>;
