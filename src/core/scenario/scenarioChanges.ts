import type { CellValue } from "../cells/cell";
import { cellText } from "../cells/cellText";
import type { ColumnMapping } from "../columns/columnMapping";
import type { FieldKey } from "../columns/fields";
import type { PositionStatus } from "../model/position";
import type { SheetGrid } from "../sheet/sheetGrid";
import { translate, type Lang, type MessageKey } from "../../i18n";
import { invertChangeSet, type CellChange, type ScenarioCellChange, type ScenarioChangeSet } from "./scenarioChange";
import type { NewPositionFields, ScenarioEdit } from "./scenarioEdit";
import { indexScenarioGrid, isUnder, type ScenarioGridIndex } from "./scenarioGridIndex";
import { scenarioRefusal, type ScenarioRefusal } from "./scenarioRefusal";

export interface ScenarioChangesOptions {
  /** The column mapping the scenario is read with (the workbook's). */
  mapping?: ColumnMapping;
  /** Language of a refusal's message and of the words written (a status, a new position's title). */
  lang: Lang;
}

export type ScenarioChangesResult =
  | {
      ok: true;
      /** The position the edit is about: for `add`, the new position's ID. */
      id: string;
      /** What to write, in order (empty when the edit changes nothing, e.g. a move to the same manager). */
      changes: ScenarioChangeSet;
      /** What undoes it, applied right after `changes` (the pane's undo). */
      inverse: ScenarioChangeSet;
    }
  | { ok: false; refusal: ScenarioRefusal };

/** The word a status is written as in the Status column, in the user's language (the core reads both). */
export function statusWord(status: PositionStatus, lang: Lang): string {
  return translate(lang, `scenario.status.${status}` as MessageKey);
}

/**
 * The cell changes that make `edit` on a scenario's positions table `grid` (as `readPositions({ sheet })` gives it),
 * with their inverse; or why the edit is refused (an unknown position, a move under the position's own report, a
 * missing column…), as a value with a localized message. Pure: nothing is written.
 *
 * - move: the Reports To cell of every row holding the position (a shared post has several).
 * - add: a new row at the end of the table, with a new unique ID (`fields.id` if given and free; else the next
 *   number when every ID is a number; else the manager's ID + "-1", "-2"…), vacant by default, in the manager's
 *   department, team, currency, cost center and location.
 * - remove: its direct reports move up to its manager, then its rows are deleted.
 * - setStatus: the Status cell (and, for vacant or planned, the Name cell is emptied).
 * - setFte / setSalary: the FTE / Base Salary cell (refused for a post shared by several rows).
 */
export function scenarioChanges(
  grid: SheetGrid,
  edit: ScenarioEdit,
  options: ScenarioChangesOptions,
): ScenarioChangesResult {
  const { lang } = options;
  const index = indexScenarioGrid(grid, options.mapping);
  const { columnOf } = index;
  if (index.headerIndex < 0 || columnOf.id === undefined || columnOf.reportsTo === undefined)
    return { ok: false, refusal: scenarioRefusal(lang, "SCENARIO_NO_HEADER", {}) };
  const idColumn = columnOf.id;
  const sheetRow = (r: number) => grid.firstRow + r;
  const changes: ScenarioCellChange[] = [];
  const done = (id: string): ScenarioChangesResult => {
    const set: ScenarioChangeSet = { idColumn: grid.firstColumn + idColumn, firstColumn: grid.firstColumn, changes };
    return { ok: true, id, changes: set, inverse: invertChangeSet(set) };
  };
  const refuse = (
    code: Parameters<typeof scenarioRefusal>[1],
    params: Record<string, string | number>,
    rows: number[] = [],
  ) => ({
    ok: false as const,
    refusal: scenarioRefusal(lang, code, params, rows),
  });
  const fieldName = (field: FieldKey) => translate(lang, `field.${field}` as MessageKey);
  /** Sets `field` on a row to `value` (nothing when it already holds it). */
  const setCells = (r: number, values: [FieldKey, CellValue][]) => {
    const row = grid.rows[r] ?? [];
    const cells: CellChange[] = [];
    for (const [field, value] of values) {
      const c = columnOf[field];
      if (c === undefined) continue;
      const before = row[c] ?? null;
      if (sameCell(before, value)) continue;
      cells.push({ column: grid.firstColumn + c, before, after: value });
    }
    if (cells.length > 0) changes.push({ kind: "set", row: sheetRow(r), id: cellText(row[idColumn]).trim(), cells });
  };
  const rowsOf = (id: string) => index.rowsOf(id);

  switch (edit.kind) {
    case "move": {
      const rows = rowsOf(edit.id);
      if (!rows) return refuse("SCENARIO_UNKNOWN_POSITION", { id: edit.id });
      const manager = edit.newManager.trim();
      if (manager === edit.id) return refuse("SCENARIO_MOVE_UNDER_SELF", { id: edit.id });
      if (manager !== "" && !rowsOf(manager)) return refuse("SCENARIO_UNKNOWN_MANAGER", { id: edit.id, manager });
      if (manager !== "" && isUnder(index, manager, edit.id))
        return refuse("SCENARIO_MOVE_UNDER_OWN_REPORT", { id: edit.id, manager }, rows.map(sheetRow));
      for (const r of rows) setCells(r, [["reportsTo", manager]]);
      return done(edit.id);
    }
    case "add": {
      const manager = edit.manager.trim();
      const managerRows = manager === "" ? undefined : rowsOf(manager);
      if (manager !== "" && !managerRows) return refuse("SCENARIO_UNKNOWN_MANAGER", { manager });
      const fields: NewPositionFields = edit.fields ?? {};
      const wanted = fields.id?.trim();
      if (wanted && rowsOf(wanted)) return refuse("SCENARIO_ID_TAKEN", { id: wanted });
      if (fields.fte !== undefined && !validNumber(fields.fte))
        return refuse("SCENARIO_BAD_NUMBER", { value: String(fields.fte), column: fieldName("fte") });
      if (fields.baseSalary !== undefined && fields.baseSalary !== null && !validNumber(fields.baseSalary))
        return refuse("SCENARIO_BAD_NUMBER", { value: String(fields.baseSalary), column: fieldName("baseSalary") });
      const id = wanted || newPositionId(index, manager);
      const managerRow = managerRows ? (grid.rows[managerRows[0]] ?? []) : [];
      const inherited = (field: FieldKey): CellValue => {
        const c = columnOf[field];
        return c === undefined ? null : (managerRow[c] ?? null);
      };
      const values: Partial<Record<FieldKey, CellValue>> = {
        id,
        reportsTo: manager,
        title: fields.title ?? translate(lang, "scenario.newPositionTitle"),
        department: fields.department ?? inherited("department"),
        team: fields.team ?? inherited("team"),
        grade: fields.grade ?? null,
        fte: fields.fte ?? 1,
        baseSalary: fields.baseSalary ?? null,
        status: statusWord(fields.status ?? "vacant", lang),
        startDate: fields.startDate ?? null,
        currency: inherited("currency"),
        costCenter: inherited("costCenter"),
        location: inherited("location"),
      };
      const cells: CellValue[] = new Array<CellValue>(index.width).fill(null);
      for (const [field, value] of Object.entries(values) as [FieldKey, CellValue][]) {
        const c = columnOf[field];
        if (c !== undefined && c < cells.length) cells[c] = value;
      }
      changes.push({ kind: "insertRow", row: sheetRow(index.end), id, cells });
      return done(id);
    }
    case "remove": {
      const rows = rowsOf(edit.id);
      if (!rows) return refuse("SCENARIO_UNKNOWN_POSITION", { id: edit.id });
      const manager = index.managerOf(edit.id) ?? "";
      const managerColumn = columnOf.reportsTo;
      for (let r = index.headerIndex + 1; r < grid.rows.length; r++) {
        const row = grid.rows[r];
        const written = row?.[managerColumn];
        // Most cells are strings other than the ID: compared without making text of them.
        if (written !== edit.id && (typeof written === "string" ? written.trim() : cellText(written)) !== edit.id)
          continue;
        if (cellText(row[idColumn]).trim() === edit.id) continue;
        setCells(r, [["reportsTo", manager]]);
      }
      for (const r of [...rows].sort((a, b) => b - a)) {
        const row = grid.rows[r] ?? [];
        const cells: CellValue[] = [];
        for (let c = 0; c < index.width; c++) cells.push(row[c] ?? null);
        changes.push({ kind: "deleteRow", row: sheetRow(r), id: edit.id, cells });
      }
      return done(edit.id);
    }
    case "setStatus": {
      const rows = rowsOf(edit.id);
      if (!rows) return refuse("SCENARIO_UNKNOWN_POSITION", { id: edit.id });
      if (columnOf.status === undefined)
        return refuse("SCENARIO_MISSING_COLUMN", { id: edit.id, column: fieldName("status") });
      const clearsName = edit.status === "vacant" || edit.status === "planned";
      for (const r of rows)
        setCells(r, [
          ["status", statusWord(edit.status, lang)],
          // The holder goes: both parts of a name split over two columns (see core/model/holderName).
          ...(clearsName ? [["name", null] as [FieldKey, null], ["familyName", null] as [FieldKey, null]] : []),
        ]);
      return done(edit.id);
    }
    case "setFte":
    case "setSalary": {
      const field: FieldKey = edit.kind === "setFte" ? "fte" : "baseSalary";
      const value = edit.kind === "setFte" ? edit.fte : edit.baseSalary;
      const rows = rowsOf(edit.id);
      if (!rows) return refuse("SCENARIO_UNKNOWN_POSITION", { id: edit.id });
      if (columnOf[field] === undefined)
        return refuse("SCENARIO_MISSING_COLUMN", { id: edit.id, column: fieldName(field) });
      if (value !== null && !validNumber(value))
        return refuse("SCENARIO_BAD_NUMBER", { id: edit.id, value: String(value), column: fieldName(field) });
      if (rows.length > 1)
        return refuse("SCENARIO_SHARED_POST", { id: edit.id, count: rows.length, column: fieldName(field) });
      setCells(rows[0], [[field, value]]);
      return done(edit.id);
    }
  }
}

function validNumber(value: number): boolean {
  return Number.isFinite(value) && value >= 0;
}

/** Cells equal as the sheet shows them (a blank is null or ""). */
function sameCell(a: CellValue, b: CellValue): boolean {
  if (typeof a === "number" && typeof b === "number") return a === b;
  if (typeof a === "number" || typeof b === "number") return false;
  return cellText(a) === cellText(b);
}

/** A new ID no row uses: the next number when every ID is a plain number, else the manager's ID + "-1", "-2"… */
function newPositionId(index: ScenarioGridIndex, manager: string): string {
  let max = -1;
  let numeric = false;
  for (const id of index.ids()) {
    numeric = true;
    if (!/^(0|[1-9]\d{0,14})$/.test(id)) {
      numeric = false;
      break;
    }
    max = Math.max(max, Number(id));
  }
  if (numeric) return String(max + 1);
  const base = manager === "" ? "NEW" : manager;
  for (let n = 1; ; n++) {
    const candidate = `${base}-${n}`;
    if (!index.has(candidate)) return candidate;
  }
}
