import type { DetectedColumns } from "../analysis";
import { isBlankRow, type CellValue } from "../cells/cell";
import { cellText } from "../cells/cellText";
import { dateOrderFinding, dateOrderOfSheet } from "../sheet/dateOrderFinding";
import { decimalCommaFinding } from "../sheet/decimalCommaFinding";
import { decimalCommaRow, readDecimalCommaCell } from "../cells/decimalComma";
import { formulaErrorOf } from "../cells/formulaError";
import { trimmedText } from "../cells/trimmedText";
import { FIELD_KEYS, type FieldKey } from "../columns/fields";
import { ftePercentFinding, ftePercentValue, isPercentHeader } from "../columns/percentHeader";
import type { FindingDraft } from "../findings/finding";
import type { SheetGrid } from "../sheet/sheetGrid";
import { noteRowFinding, noteRowText } from "../sheet/noteRow";
import { totalsRowFinding, totalsRowLabel } from "../sheet/totalsRow";
import { fieldColumnsOf } from "./fieldColumns";
import { holderNameReader } from "./holderName";
import { PositionRecord } from "./positionRecord";
import { isoOfStoredDate, PositionStore, type StoredDate } from "./positionStore";
import { IdIndex } from "./idIndex";
import type { PositionColumns } from "./positionColumns";
import { PositionColumnsReader } from "./positionColumnsReader";
import { LazyPositions } from "./lazyPositions";
import { ManagerKeys } from "./managerKeys";
import { RowsAhead } from "./rowsAhead";
import { isUndisclosedName } from "./positionStatus";
import { readDateCell, readNumberCell } from "./readCells";
import { isPostsInFteHeader, lineIdOf } from "./headcountLine";
import { classifyRepeat, RepeatedIds, suffixedId } from "./repeatedIds";
import { annualOfMonthly, MONTHS_IN_BASE, monthlySalaryFinding, salaryColumnOf } from "./monthlySalary";
import { unknownStatusFindings } from "./unknownStatus";
import { MarkedPayCells, perMonthAmount } from "../cells/perMonth";
import { saysPerYear } from "../cells/parseNumber";
import { departmentPathFinding, departmentPathOf } from "../columns/departmentPath";
import {
  fteOfHours,
  fullTimeHoursOf,
  hoursOverFullTimeFinding,
  isWeeklyHoursHeader,
  weeklyHoursFinding,
} from "../columns/weeklyHours";

export interface ParsedPositions {
  /** Positions in sheet order, unique IDs; made on first read (see LazyPositions): passes over all read `store`. */
  readonly positions: PositionRecord[];
  /** What the positions read: their IDs, managers, rows… one array per field. */
  store: PositionStore;
  indexById: IdIndex;
  /** Every position's Reports To, hashed and packed for the index (see ManagerKeys). */
  managerKeys: ManagerKeys;
  /** Positions whose Reports To cell held a formula error: their manager is unknown, not absent. */
  managerUnreadable: Set<number>;
  findings: FindingDraft[];
  rowsRead: number;
  blankRowsSkipped: number;
  /** Data rows that did not become positions (each is in a finding). */
  rowsLeftOut: number;
  /** Whether the sheet has a Dotted Line To column at all. */
  hasDottedLineColumn: boolean;
  /** Status, FTE, salary, department and currency of every position, as typed arrays (see PositionColumns). */
  columns: PositionColumns;
}

// Module-local bindings for the per-row loop (tsx turns every read of an imported binding into a getter call).
const blankRow = isBlankRow;
const trimmed = trimmedText;
const numberCell = readNumberCell;
const dateCell = readDateCell;
const RecordOfRow = PositionRecord;
const totalsLabel = totalsRowLabel;
const noteText = noteRowText;

/** Fields whose formula errors make the row unusable or its place in the org unknown. */
const STRUCTURAL: ReadonlySet<FieldKey> = new Set(["id", "reportsTo"]);

/** True when the cell might hold a formula error; false for nearly every cell, cheaply. */
function mayBeFormulaError(value: CellValue | undefined): boolean {
  if (typeof value === "string") {
    if (value.length === 0) return false;
    const first = value.charCodeAt(0);
    return first === 35 /* # */ || first <= 32 || first === 0xa0 || first === 0x3000;
  }
  return value !== null && value !== undefined && typeof value === "object" && !(value instanceof Date);
}

/** Orders two stored dates; serial numbers compare directly, otherwise as ISO text. */
function endsBeforeStart(start: StoredDate, end: StoredDate): boolean {
  if (start === null || end === null) return false;
  if (typeof start === "number" && typeof end === "number") return end < start;
  return (isoOfStoredDate(end) ?? "") < (isoOfStoredDate(start) ?? "");
}

/**
 * Turns the data rows below the header into positions, validating every mapped cell: problems are
 * findings and the position is kept with that field empty; rows without a usable ID, and repeats of
 * an ID, are left out and named in a finding. Text fields are not copied: the positions read them
 * from the row when asked (see PositionRecord).
 */
export function parsePositions(grid: SheetGrid, columns: DetectedColumns & { headerIndex: number }): ParsedPositions {
  const { headers } = columns;
  const findings: FindingDraft[] = [];
  const indexById = new IdIndex(grid.rows.length);
  const managerUnreadable = new Set<number>();
  const repeats = new RepeatedIds();
  let rowsRead = 0;
  let blankRowsSkipped = 0;
  let rowsLeftOut = 0;

  const fieldColumns = fieldColumnsOf(columns.columnOf);
  const columnsReader = new PositionColumnsReader(fieldColumns, grid.rows.length);
  const store = new PositionStore(grid, fieldColumns, columnsReader.values, grid.rows.length);
  const managerKeys = new ManagerKeys(indexById, store.reportsTo, grid.rows.length);
  const mappedFields = FIELD_KEYS.filter((field) => fieldColumns[field] >= 0).sort(
    (a, b) => fieldColumns[a] - fieldColumns[b],
  );
  const mappedColumns = mappedFields.map((field) => fieldColumns[field]);
  const {
    id: cId,
    reportsTo: cReportsTo,
    title: cTitle,
    fte: cFte,
    startDate: cStart,
    endDate: cEnd,
    posts: cPosts,
    name: cName,
  } = fieldColumns;
  const rowsAhead = new RowsAhead(
    grid.rows,
    cId,
    mappedColumns.filter((c) => c !== cId),
    indexById,
  );
  // Pay given by the month (月薪) on a sheet with no annual salary column: the annual base salary is 12 × it.
  const { column: cSalary, monthly: monthlyPay } = salaryColumnOf(fieldColumns);
  const salaryField: FieldKey = monthlyPay ? "monthlySalary" : "baseSalary";
  const perMonth = new MarkedPayCells("SALARY_PER_MONTH");
  const perYear = new MarkedPayCells("SALARY_PER_YEAR");
  if (monthlyPay) findings.push(monthlySalaryFinding(grid.firstRow + columns.headerIndex, headers[cSalary]));
  // A sheet that writes decimals with a comma (120.000,50 · 0,5): dots group thousands there (80.000 is 80,000).
  const commaRow = decimalCommaRow(grid.rows, columns.headerIndex + 1, [cFte, cSalary, cPosts]);
  const readNumber =
    commaRow === undefined ? numberCell : (value: CellValue | undefined) => readDecimalCommaCell(value, numberCell);
  if (commaRow !== undefined) findings.push(decimalCommaFinding(grid, commaRow, [cFte, cSalary, cPosts]));
  // A sheet that writes dates day first (13/03/2024): 01/03/2024 is 1 March there, not 3 January. A sheet that
  // cannot tell (01/03/2024 and no day past the 12th) is read month first, and says so.
  const dateOrder = dateOrderOfSheet(grid, columns);
  const readDate = dateOrder?.order !== "dayFirst" ? dateCell : (value: CellValue | undefined) => dateCell(value, true);
  if (dateOrder !== undefined) findings.push(dateOrderFinding(grid, dateOrder, [cStart, cEnd]));
  // An FTE column headed "FTE %" or "工时占比": 100 and 50 are 1 and 0.5 FTE.
  const ftePercent = cFte >= 0 && isPercentHeader(headers[cFte] ?? "");
  if (ftePercent) findings.push(ftePercentFinding(grid.firstRow + columns.headerIndex, headers[cFte]));
  // An FTE column given as hours a week ("Weekly Hours", "周工时"): FTE = hours ÷ the sheet's full-time week.
  const hoursWeek =
    cFte >= 0 && !ftePercent && isWeeklyHoursHeader(headers[cFte] ?? "")
      ? fullTimeHoursOf(headers[cFte], grid.rows, columns.headerIndex + 1, cFte, readNumber)
      : 0;
  const overFullTime: { rows: number[]; ids: string[] } = { rows: [], ids: [] };
  if (hoursWeek > 0) findings.push(weeklyHoursFinding(grid.firstRow + columns.headerIndex, headers[cFte], hoursWeek));
  // A Department column written as paths ("Ops > Content > Editorial"): each cell read as a department and a team.
  const departmentPath = departmentPathOf(grid.rows, columns.headerIndex + 1, fieldColumns.department);
  if (departmentPath !== undefined) {
    store.departmentPath = departmentPath;
    columnsReader.departmentOfText = (text) => departmentPath.of(text).department;
  }
  const holderName = holderNameReader(fieldColumns);
  const nameCell = (rowCells: readonly CellValue[]): string => (holderName === undefined ? "" : holderName(rowCells));
  const columnName = (field: FieldKey): string => headers[fieldColumns[field]] || field;

  const report = (
    code: "INVALID_NUMBER" | "INVALID_DATE",
    field: FieldKey,
    row: number,
    id: string,
    value: CellValue | undefined,
  ) =>
    findings.push({
      code,
      severity: "warning",
      rows: [row],
      ids: [id],
      field,
      params: { row, id, column: columnName(field), value: cellText(value).trim() },
    });

  for (let r = columns.headerIndex + 1; r < grid.rows.length; r++) {
    const cells = grid.rows[r];
    if (blankRow(cells)) {
      blankRowsSkipped++;
      continue;
    }
    rowsRead++;
    const row = grid.firstRow + r;
    const id = rowsAhead.idOf(r);
    // A totals or subtotals row ("Total", "合计"): it sums the rows above; a position, it would count them twice.
    const totals = totalsLabel(cells, id, cReportsTo, cName);
    if (totals !== undefined) {
      findings.push(totalsRowFinding(row, totals));
      rowsLeftOut++;
      continue;
    }
    // A note ("Note: figures as of June", "注：…") alone on its row: not a position.
    const note = noteText(cells, id);
    if (note !== undefined) {
      findings.push(noteRowFinding(row, note));
      rowsLeftOut++;
      continue;
    }

    let unreadable: Set<FieldKey> | undefined;
    for (let m = 0; m < mappedColumns.length; m++) {
      const value = cells[mappedColumns[m]];
      if (!mayBeFormulaError(value)) continue;
      const error = formulaErrorOf(value ?? null);
      if (error === undefined) continue;
      const field = mappedFields[m];
      (unreadable ??= new Set()).add(field);
      const shownId = field === "id" ? "" : id;
      findings.push({
        code: "FORMULA_ERROR",
        severity: STRUCTURAL.has(field) ? "error" : "warning",
        rows: [row],
        ids: shownId ? [shownId] : [],
        field,
        params: { row, column: columnName(field), value: error, id: shownId },
      });
    }

    if (unreadable?.has("id")) {
      rowsLeftOut++;
      continue;
    }
    // A headcount line (a count in the posts column): that many seats of one role; it needs no ID of its own.
    let posts = NaN;
    let postsGiven = false;
    if (cPosts >= 0 && !unreadable?.has("posts")) {
      const value = readNumber(cells[cPosts]);
      if (value === undefined || (value !== null && value < 0))
        report("INVALID_NUMBER", "posts", row, id, cells[cPosts]);
      else if (value !== null) {
        posts = value;
        postsGiven = true;
      }
    }
    let generatedId = "";
    if (id === "") {
      if (!postsGiven) {
        findings.push({ code: "MISSING_ID", severity: "error", rows: [row], ids: [], field: "id", params: { row } });
        rowsLeftOut++;
        continue;
      }
      generatedId = lineIdOf(cells, fieldColumns, row, indexById);
      findings.push({
        code: "LINE_ID_GENERATED",
        severity: "info",
        rows: [row],
        ids: [generatedId],
        field: "id",
        params: { row, id: generatedId, posts, title: cTitle < 0 ? "" : trimmed(cells, cTitle) },
      });
    }
    // A repeated ID: a pasted row is left out, another holder of the same post joins it, another post under the
    // same ID is kept under a suffixed one (see RepeatedIds).
    let joins = -1;
    let positionId = generatedId || id;
    const first = generatedId ? undefined : indexById.addHashedIfAbsent(id, rowsAhead.hashOf(r));
    if (first !== undefined) {
      const earlier = new RecordOfRow(store, first);
      const kind = repeats.pastesAHolder(first, cells)
        ? "pasted"
        : classifyRepeat(earlier, store.cellsOf(first), cells, fieldColumns);
      if (kind === "pasted") {
        repeats.addPasted(id, earlier.row, row);
        rowsLeftOut++;
        continue;
      }
      if (kind === "shared") joins = first;
      else {
        positionId = suffixedId(indexById, id);
        repeats.addCollision(id, earlier.row, row, positionId);
      }
    }

    let fte: number | null = 1;
    if (cFte >= 0 && !unreadable?.has("fte")) {
      const value = ftePercent ? ftePercentValue(cells[cFte], readNumber(cells[cFte])) : readNumber(cells[cFte]);
      if (value === undefined) report("INVALID_NUMBER", "fte", row, id, cells[cFte]);
      fte = value === undefined ? null : (value ?? 1);
      if (hoursWeek > 0 && typeof value === "number") {
        fte = fteOfHours(value, hoursWeek);
        if (value > hoursWeek) {
          overFullTime.rows.push(row);
          overFullTime.ids.push(id);
        }
      }
    }
    let salary: number | null = null;
    if (cSalary >= 0 && !unreadable?.has(salaryField)) {
      const value = readNumber(cells[cSalary]);
      salary = value === undefined || value === null ? null : monthlyPay ? annualOfMonthly(value) : value;
      // A year's pay in words in the monthly column (144,000元/年): the year, not 12 × it.
      if (monthlyPay && salary !== null && saysPerYear(cells[cSalary])) {
        salary = value as number;
        perYear.push(row, id, cells[cSalary]);
      }
      // Pay by the month in words (12,000元/月, £2,500 per month): 12 × the amount, in either salary column.
      const month = value === undefined ? perMonthAmount(cells[cSalary], readNumber) : undefined;
      if (month !== undefined) {
        salary = annualOfMonthly(month);
        if (!monthlyPay) perMonth.push(row, id, cells[cSalary]);
      } else if (value === undefined) report("INVALID_NUMBER", salaryField, row, id, cells[cSalary]);
    }
    let start: StoredDate = null;
    if (cStart >= 0 && !unreadable?.has("startDate")) {
      const value = readDate(cells[cStart]);
      if (value === undefined) report("INVALID_DATE", "startDate", row, id, cells[cStart]);
      start = value ?? null;
    }
    let end: StoredDate = null;
    if (cEnd >= 0 && !unreadable?.has("endDate")) {
      const value = readDate(cells[cEnd]);
      if (value === undefined) report("INVALID_DATE", "endDate", row, id, cells[cEnd]);
      end = value ?? null;
    }
    if (endsBeforeStart(start, end)) {
      findings.push({
        code: "END_BEFORE_START",
        severity: "warning",
        rows: [row],
        ids: [id],
        field: "endDate",
        params: { row, id, start: isoOfStoredDate(start) ?? "", end: isoOfStoredDate(end) ?? "" },
      });
    }

    if (joins >= 0) {
      const post = new RecordOfRow(store, joins);
      const status = columnsReader.statusOf(cells, unreadable);
      const raw = holderName === undefined || unreadable?.has("name") ? "" : holderName(cells);
      const holder = status !== "filled" ? undefined : isUndisclosedName(raw) ? "" : raw;
      const firstName = post.status === "filled" ? nameCell(store.cellsOf(joins)) : "";
      repeats.addShared(
        cells,
        joins,
        { id, row: post.row, name: firstName, fte: post.fte },
        row,
        holder === undefined ? "" : raw,
        fte,
      );
      store.addHolder(joins, () => post.name, holder, fte, salary, status);
      rowsLeftOut++;
      continue;
    }

    const reportsTo = unreadable?.has("reportsTo") ? "" : trimmed(cells, cReportsTo);
    if (unreadable?.has("reportsTo")) managerUnreadable.add(store.size);
    const p = store.add(cells, positionId, row, reportsTo, start, end, unreadable);
    managerKeys.add(p, reportsTo, positionId);
    columnsReader.read(p, cells, unreadable, fte, salary, posts);
  }

  findings.push(...repeats.findings((index) => store.fteOf(index)));
  if (overFullTime.rows.length > 0)
    findings.push(hoursOverFullTimeFinding(overFullTime.rows, overFullTime.ids, headers[cFte], hoursWeek));
  const pathFinding =
    departmentPath &&
    departmentPathFinding(departmentPath, columnName("department"), store.size, {
      textOf: (p) => store.text(p, fieldColumns.department, "department"),
      rowOf: (p) => store.row[p],
      idOf: (p) => store.ids[p],
    });
  if (pathFinding) findings.push(pathFinding);
  if (perMonth.rows.length > 0) findings.push(perMonth.finding(headers[cSalary] || salaryField, MONTHS_IN_BASE));
  if (perYear.rows.length > 0) findings.push(perYear.finding(headers[cSalary] || salaryField, MONTHS_IN_BASE));
  const unknownStatuses = columnsReader.unknownStatuses();
  if (unknownStatuses.size > 0)
    findings.push(...unknownStatusFindings(unknownStatuses, store.ids, store.row, columnName("status")));
  const lazy = new LazyPositions(store);

  return {
    get positions() {
      return lazy.positions;
    },
    store,
    indexById,
    managerKeys,
    managerUnreadable,
    findings,
    rowsRead,
    blankRowsSkipped,
    rowsLeftOut,
    hasDottedLineColumn: fieldColumns.dottedLineTo >= 0,
    columns: columnsReader.finish(store.size, cPosts >= 0 && isPostsInFteHeader(headers[cPosts] ?? "")),
  };
}
