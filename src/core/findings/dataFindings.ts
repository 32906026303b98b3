import { translate, type MessageKey } from "../../i18n";
import { describeFormulaError } from "../cells/formulaError";
import type { FindingSpec } from "./findingSpec";

/** Codes about the data as read: the positions table, and the support tables (Capabilities, Departments, Rates, FX). */
export const DATA_FINDINGS = {
  // Data: the positions table as read.
  // Data: the positions table as read.
  MISSING_COLUMN: {
    kind: "data",
    severity: "error",
    // `field` is filled at the edge from `fieldKey` (the field's name in the user's language).
    params: { fieldKey: "text", field: "text", aliases: "text" },
    derive: (params, lang) =>
      typeof params.fieldKey === "string"
        ? { ...params, field: translate(lang, `field.${params.fieldKey}` as MessageKey) }
        : params,
    message: "finding.MISSING_COLUMN",
    rule: "ui.rule.MISSING_COLUMN",
  },
  MISSING_ID: {
    kind: "data",
    severity: "error",
    params: { row: "row" },
    message: "finding.MISSING_ID",
    rule: "ui.rule.MISSING_ID",
  },
  // A headcount line (a row with a count of posts) without an ID of its own: kept under a generated ID.
  LINE_ID_GENERATED: {
    kind: "data",
    severity: "info",
    // `sheet`: a line joined from another sheet or file (core/lines/joinHeadcountLines).
    params: { row: "row", id: "text", posts: "number", title: "title", sheet: "text?" },
    message: "finding.LINE_ID_GENERATED",
    variants: { joined: { message: "finding.LINE_ID_GENERATED_JOINED" } },
    variantOf: (draft) => (draft.params.sheet !== undefined ? "joined" : undefined),
    rule: "ui.rule.LINE_ID_GENERATED",
  },
  DUPLICATE_ID: {
    kind: "data",
    severity: "error",
    // `renamed`: other posts under the same ID, kept in the chart under suffixed IDs ("“A (2)” (9)").
    params: { id: "text", count: "integer", rowList: "text", renamed: "text?" },
    message: "finding.DUPLICATE_ID",
    variants: { collision: { message: "finding.DUPLICATE_ID_RENAMED" } },
    variantOf: (draft) => (draft.params.renamed !== undefined ? "collision" : undefined),
    rule: "ui.rule.DUPLICATE_ID",
  },
  SHARED_POST: {
    kind: "data",
    severity: "info",
    params: { id: "text", count: "integer", rowList: "text", holderList: "text" },
    message: "finding.SHARED_POST",
    rule: "ui.rule.SHARED_POST",
  },
  SHARED_POST_OVER_FTE: {
    kind: "data",
    severity: "warning",
    params: { id: "text", fte: "number", postFte: "number", rowList: "text" },
    message: "finding.SHARED_POST_OVER_FTE",
    rule: "ui.rule.SHARED_POST_OVER_FTE",
  },
  UNKNOWN_MANAGER: {
    kind: "data",
    severity: "error",
    alsoSeverities: ["warning"],
    // `sheet`, `title`: a headcount line joined from another sheet or file (see pipeline/joinHeadcountLines).
    params: { id: "text", row: "row", manager: "text", sheet: "text?", title: "title?" },
    message: "finding.UNKNOWN_MANAGER",
    variants: {
      dottedLine: { message: "finding.UNKNOWN_DOTTED_MANAGER", severity: "warning" },
      line: { message: "finding.UNKNOWN_MANAGER_LINE" },
    },
    variantOf: (draft) =>
      draft.field === "dottedLineTo" ? "dottedLine" : draft.params.sheet !== undefined ? "line" : undefined,
    rule: "ui.rule.UNKNOWN_MANAGER",
  },
  SELF_REPORT: {
    kind: "data",
    severity: "error",
    alsoSeverities: ["warning"],
    params: { id: "text", row: "row" },
    message: "finding.SELF_REPORT",
    rule: "ui.rule.SELF_REPORT",
  },
  CYCLE: {
    kind: "data",
    severity: "error",
    params: { id: "text", path: "text", count: "integer" },
    message: "finding.CYCLE",
    rule: "ui.rule.CYCLE",
  },
  MULTIPLE_ROOTS: {
    kind: "data",
    severity: "warning",
    params: { count: "integer", idList: "text" },
    message: "finding.MULTIPLE_ROOTS",
    rule: "ui.rule.MULTIPLE_ROOTS",
  },
  INVALID_NUMBER: {
    kind: "data",
    severity: "warning",
    // `table`: set when the cell is in a support table (rates, fx).
    params: { row: "row", id: "text", column: "text", value: "text", table: "text?", sheet: "text?" },
    message: "finding.INVALID_NUMBER",
    // A cell of the Budget table names a budget line, not a position.
    variants: { budget: { message: "finding.INVALID_NUMBER_BUDGET" } },
    variantOf: (draft) => (draft.params.table === "budget" ? "budget" : undefined),
    rule: "ui.rule.INVALID_NUMBER",
  },
  INVALID_DATE: {
    kind: "data",
    severity: "warning",
    params: { row: "row", id: "text", column: "text", value: "text", table: "text?", sheet: "text?" },
    message: "finding.INVALID_DATE",
    // A cell of the Budget table names a budget line, not a position.
    variants: { budget: { message: "finding.INVALID_DATE_BUDGET" } },
    variantOf: (draft) => (draft.params.table === "budget" ? "budget" : undefined),
    rule: "ui.rule.INVALID_DATE",
  },
  FORMULA_ERROR: {
    kind: "data",
    severity: "warning",
    alsoSeverities: ["error"],
    // `table`: set when the cell is in a support table (capabilities, departments, rates, fx).
    params: { row: "row", column: "text", value: "text", id: "text", table: "text?" },
    // The error ("#N/A") with its meaning in the user's language: "#N/A（找不到值）".
    derive: (params, lang) =>
      typeof params.value === "string" ? { ...params, value: describeFormulaError(params.value, lang) } : params,
    message: "finding.FORMULA_ERROR",
    rule: "ui.rule.FORMULA_ERROR",
  },
  END_BEFORE_START: {
    kind: "data",
    severity: "warning",
    params: { row: "row", id: "text", start: "date", end: "date" },
    message: "finding.END_BEFORE_START",
    rule: "ui.rule.END_BEFORE_START",
  },
  MANAGER_BY_NAME: {
    kind: "data",
    severity: "info",
    params: { id: "text", row: "row", manager: "text", managerId: "text" },
    message: "finding.MANAGER_BY_NAME",
    rule: "ui.rule.MANAGER_BY_NAME",
  },
  // Reports To holds the email address of one position's holder (Manager Email): linked to that position.
  MANAGER_BY_EMAIL: {
    kind: "data",
    severity: "info",
    params: { count: "integer", idList: "text", written: "text", managerId: "text" },
    message: "finding.MANAGER_BY_EMAIL",
    rule: "ui.rule.MANAGER_BY_EMAIL",
  },
  // Reports To written another way (`２`, `p1`, `7` for `007`, `P001 - Wang Wei`) matched the ID it names.
  MANAGER_ID_VARIANT: {
    kind: "data",
    severity: "info",
    params: { count: "integer", idList: "text", written: "text", managerId: "text" },
    message: "finding.MANAGER_ID_VARIANT",
    rule: "ui.rule.MANAGER_ID_VARIANT",
  },
  // Position IDs that differ only in how they are written (`1` and `１`, `P1` and `p1`, `7` and `007`): kept apart.
  ID_VARIANTS: {
    kind: "data",
    severity: "warning",
    params: { count: "integer", idList: "text", rowList: "text" },
    message: "finding.ID_VARIANTS",
    rule: "ui.rule.ID_VARIANTS",
  },
  // A totals or subtotals row ("Total", "合计") below or inside the table: left out of the org (see core/sheet/totalsRow).
  TOTALS_ROW: {
    kind: "data",
    severity: "info",
    params: { row: "row", label: "text" },
    message: "finding.TOTALS_ROW",
    rule: "ui.rule.TOTALS_ROW",
  },
  // The sheet writes decimals with a comma (120.000,50 · 0,5): its FTE and pay were read so (see core/cells/decimalComma).
  DECIMAL_COMMA: {
    kind: "data",
    severity: "info",
    params: { row: "row", example: "text" },
    message: "finding.DECIMAL_COMMA",
    rule: "ui.rule.DECIMAL_COMMA",
  },
  // The sheet writes dates day first (13/03/2024): its Start and End Dates were read so (see core/cells/dayFirstDates).
  DAY_FIRST_DATES: {
    kind: "data",
    severity: "info",
    params: { row: "row", example: "text" },
    message: "finding.DAY_FIRST_DATES",
    rule: "ui.rule.DAY_FIRST_DATES",
  },
  // The dates read either way (01/03/2024) and none tells which: read month first, as Excel in the US does.
  AMBIGUOUS_DATES: {
    kind: "data",
    severity: "info",
    params: { row: "row", example: "text", reading: "text" },
    message: "finding.AMBIGUOUS_DATES",
    rule: "ui.rule.AMBIGUOUS_DATES",
  },
  // The salary column holds monthly pay (月薪) and the sheet has no annual one: read as 12 × it (see model/monthlySalary).
  MONTHLY_SALARY: {
    kind: "data",
    severity: "info",
    params: { row: "row", column: "text", months: "number" },
    message: "finding.MONTHLY_SALARY",
    rule: "ui.rule.MONTHLY_SALARY",
  },
  // Cells of the annual salary column that give pay by the month (12,000元/月, £2,500 per month): read as 12 × the
  // amount (see core/cells/perMonth).
  SALARY_PER_MONTH: {
    kind: "data",
    severity: "info",
    params: { column: "text", count: "integer", rowList: "text", example: "text", months: "number" },
    message: "finding.SALARY_PER_MONTH",
    rule: "ui.rule.SALARY_PER_MONTH",
  },
  // Cells of the monthly salary column that give a year's pay (144,000元/年, £30,000 p.a.): read as the year, not 12 ×.
  SALARY_PER_YEAR: {
    kind: "data",
    severity: "info",
    params: { column: "text", count: "integer", rowList: "text", example: "text", months: "number" },
    message: "finding.SALARY_PER_YEAR",
    rule: "ui.rule.SALARY_PER_YEAR",
  },
  // A Status word that names no status: the position was read by its Name cell instead (see model/unknownStatus).
  UNKNOWN_STATUS: {
    kind: "data",
    severity: "warning",
    params: { status: "text", column: "text", count: "integer", rowList: "text" },
    message: "finding.UNKNOWN_STATUS",
    rule: "ui.rule.UNKNOWN_STATUS",
  },
  // The FTE column's header says percent ("FTE %", "工时占比"): 100 read as 1 FTE (see core/columns/percentHeader).
  FTE_PERCENT: {
    kind: "data",
    severity: "info",
    params: { row: "row", column: "text" },
    message: "finding.FTE_PERCENT",
    rule: "ui.rule.FTE_PERCENT",
  },
  // The FTE column holds hours a week ("Weekly Hours", "周工时"): FTE = hours ÷ the full-time week (core/columns/weeklyHours).
  WEEKLY_HOURS_FTE: {
    kind: "data",
    severity: "info",
    params: { row: "row", column: "text", fullTime: "number" },
    message: "finding.WEEKLY_HOURS_FTE",
    rule: "ui.rule.WEEKLY_HOURS_FTE",
  },
  // Hours a week above the full-time week: the FTE above 1 is kept, the rows named.
  HOURS_OVER_FULL_TIME: {
    kind: "data",
    severity: "warning",
    params: { column: "text", fullTime: "number", count: "integer", rowList: "text" },
    message: "finding.HOURS_OVER_FULL_TIME",
    rule: "ui.rule.HOURS_OVER_FULL_TIME",
  },
  // The Department column holds paths ("Ops > Content > Editorial"): read as department and team (core/columns/departmentPath).
  DEPARTMENT_PATH: {
    kind: "data",
    severity: "info",
    params: {
      column: "text",
      separator: "text",
      example: "text",
      department: "text",
      team: "text",
      count: "integer",
      rowList: "text",
    },
    message: "finding.DEPARTMENT_PATH",
    rule: "ui.rule.DEPARTMENT_PATH",
  },
  // A note alone on its row ("Note: …", "注：…", long free text): left out of the org (see core/sheet/noteRow).
  NOTE_ROW: {
    kind: "data",
    severity: "info",
    params: { row: "row", text: "text" },
    message: "finding.NOTE_ROW",
    rule: "ui.rule.NOTE_ROW",
  },
  MANAGER_PLACEHOLDER: {
    kind: "data",
    severity: "info",
    params: { placeholder: "text", count: "integer", idList: "text" },
    message: "finding.MANAGER_PLACEHOLDER",
    rule: "ui.rule.MANAGER_PLACEHOLDER",
  },
  // Merged areas of the positions table whose blank cells the Excel adapter filled with the area's top-left value.
  MERGED_CELLS_FILLED: {
    kind: "data",
    severity: "info",
    params: { count: "integer", areaList: "text" },
    message: "finding.MERGED_CELLS_FILLED",
    rule: "ui.rule.MERGED_CELLS_FILLED",
  },
  // A CSV row whose quotes were malformed took several lines of the file (src/files/readCsv.ts): rows may be in it.
  CSV_LINES_JOINED: {
    kind: "data",
    severity: "warning",
    params: { row: "row", lines: "integer" },
    message: "finding.CSV_LINES_JOINED",
    rule: "ui.rule.CSV_LINES_JOINED",
  },
  // A CSV row with a quote inside a quoted cell not written twice: read as written, on its one line.
  CSV_QUOTE_NOT_DOUBLED: {
    kind: "data",
    severity: "info",
    params: { row: "row" },
    message: "finding.CSV_QUOTE_NOT_DOUBLED",
    rule: "ui.rule.CSV_QUOTE_NOT_DOUBLED",
  },
  // Data: the support tables (Capabilities, Departments), each problem with its own code.
  MISSING_CAPABILITY_NAME: {
    kind: "data",
    severity: "warning",
    params: { row: "row", column: "text", sheet: "text" },
    message: "finding.MISSING_CAPABILITY_NAME",
    rule: "ui.rule.MISSING_CAPABILITY_NAME",
  },
  DUPLICATE_CAPABILITY: {
    kind: "data",
    severity: "warning",
    params: { id: "text", count: "integer", rowList: "text", sheet: "text" },
    message: "finding.DUPLICATE_CAPABILITY",
    rule: "ui.rule.DUPLICATE_CAPABILITY",
  },
  INVALID_REQUIRED_HOLDERS: {
    kind: "data",
    severity: "warning",
    params: { row: "row", id: "text", column: "text", value: "text", default: "integer" },
    message: "finding.INVALID_REQUIRED_HOLDERS",
    rule: "ui.rule.INVALID_REQUIRED_HOLDERS",
  },
  MISSING_DEPARTMENT_NAME: {
    kind: "data",
    severity: "warning",
    params: { row: "row", column: "text", sheet: "text" },
    message: "finding.MISSING_DEPARTMENT_NAME",
    rule: "ui.rule.MISSING_DEPARTMENT_NAME",
  },
  DUPLICATE_DEPARTMENT: {
    kind: "data",
    severity: "warning",
    params: { id: "text", count: "integer", rowList: "text", sheet: "text" },
    message: "finding.DUPLICATE_DEPARTMENT",
    rule: "ui.rule.DUPLICATE_DEPARTMENT",
  },
  MISSING_RATE_LOCATION: {
    kind: "data",
    severity: "warning",
    params: { row: "row", column: "text", sheet: "text" },
    message: "finding.MISSING_RATE_LOCATION",
    rule: "ui.rule.MISSING_RATE_LOCATION",
  },
  MISSING_FX_CURRENCY: {
    kind: "data",
    severity: "warning",
    params: { row: "row", column: "text", sheet: "text" },
    message: "finding.MISSING_FX_CURRENCY",
    rule: "ui.rule.MISSING_FX_CURRENCY",
  },
  MISSING_BUDGET_DEPARTMENT: {
    kind: "data",
    severity: "warning",
    params: { row: "row", column: "text", sheet: "text" },
    message: "finding.MISSING_BUDGET_DEPARTMENT",
    rule: "ui.rule.MISSING_BUDGET_DEPARTMENT",
  },
} as const satisfies Record<string, FindingSpec>;
