import type { OrgModel } from "../model/orgModel";
import type { Position } from "../model/position";
import { sideCells } from "./sideCells";
import { CHANGE_FIELDS, fieldBit, type ChangeField, type FieldChange, type FieldValue } from "./changeFields";
import type {
  ChangedPosition,
  MovedPosition,
  PlanSide,
  PositionMatching,
  PositionRef,
  RemovedPosition,
} from "./planComparison";

/** {@link PositionChanges.kinds}' codes. */
export const KIND_UNCHANGED = 0;
export const KIND_CHANGED = 1;
export const KIND_MOVED = 2;
export const KIND_ADDED = 3;

/** The position lists of a comparison, and each plan position's change kind. */
export interface PositionChanges {
  added: PositionRef[];
  removed: RemovedPosition[];
  moved: MovedPosition[];
  changed: ChangedPosition[];
  /** Per plan position: KIND_ADDED, KIND_MOVED, KIND_CHANGED or KIND_UNCHANGED. */
  kinds: Uint8Array;
  /** Per plan position: a bit per field of {@link CHANGE_FIELDS} that changed (0 for added ones). */
  changedFields: Uint32Array;
}

/** A field's value as the comparison reads it. */
export function fieldValue(position: Position, field: ChangeField): FieldValue {
  switch (field) {
    case "fte":
      return position.fte;
    case "baseSalary":
      return position.baseSalary;
    case "startDate":
      return position.startDate;
    case "endDate":
      return position.endDate;
    case "name":
      return position.holders ? position.holders.join("; ") : position.name;
    case "status":
      return position.status;
    case "title":
      return position.title;
    case "department":
      return position.department;
    case "team":
      return position.team;
    case "grade":
      return position.grade;
    case "currency":
      return position.currency;
    case "costCenter":
      return position.costCenter;
    case "location":
      return position.location;
    case "capabilities":
      return position.capabilities.join("; ");
  }
}

/**
 * Fields read from their one cell alone (two equal cells are two equal fields); FTE, salary and status are not (a
 * shared post sums its rows; status is worked out from the Status and Name cells) and are plain numbers to compare.
 */
const CELL_FIELDS: ReadonlySet<ChangeField> = new Set<ChangeField>([
  "title",
  "department",
  "team",
  "grade",
  "currency",
  "name",
  "startDate",
  "endDate",
  "costCenter",
  "location",
  "capabilities",
]);

const idOf = (model: OrgModel, index: number): string => (index < 0 ? "" : model.positions[index].id);

/**
 * Added, removed, moved (a new manager: the plan's manager is not the baseline's manager nor the position it was
 * matched to) and changed positions (any of `fields` differs), in the plan's order (removed ones in the baseline's).
 */
export function positionChanges(
  baselineSide: PlanSide,
  planSide: PlanSide,
  matching: PositionMatching,
  fields: readonly ChangeField[] = CHANGE_FIELDS,
): PositionChanges {
  const baseline = baselineSide.analysis.model;
  const plan = planSide.analysis.model;
  const { planOfBaseline, baselineOfPlan } = matching;
  const planCount = plan.positions.length;
  const kinds = new Uint8Array(planCount);
  const changedFields = new Uint32Array(planCount);
  const added: PositionRef[] = [];
  const moved: MovedPosition[] = [];
  const changed: ChangedPosition[] = [];
  const bits = fields.map(fieldBit);
  // With both grids, a field read from one cell is compared cell to cell first: equal cells are equal fields.
  const beforeCells = sideCells(baselineSide.analysis, baselineSide.grid);
  const afterCells = sideCells(planSide.analysis, planSide.grid);
  const byCell = beforeCells !== undefined && afterCells !== undefined;
  const cellField = Uint8Array.from(fields, (field) => (CELL_FIELDS.has(field) ? 1 : 0));
  const beforeColumn = Int32Array.from(fields, (field) => beforeCells?.column(field) ?? -1);
  const afterColumn = Int32Array.from(fields, (field) => afterCells?.column(field) ?? -1);
  const fieldCount = fields.length;

  for (let p = 0; p < planCount; p++) {
    const b = baselineOfPlan[p];
    const after = plan.positions[p];
    if (b < 0) {
      kinds[p] = KIND_ADDED;
      added.push({ id: after.id, row: after.row, title: after.title, department: after.department });
      continue;
    }
    const before = baseline.positions[b];
    let diff: FieldChange[] | undefined;
    let mask = 0;
    const shared = before.holders !== undefined || after.holders !== undefined;
    const beforeRow = byCell && !shared ? beforeCells.rowOf(b) : undefined;
    const afterRow = beforeRow !== undefined ? afterCells!.rowOf(p) : undefined;
    for (let f = 0; f < fieldCount; f++) {
      if (afterRow !== undefined && cellField[f] === 1) {
        const bc = beforeColumn[f];
        const ac = afterColumn[f];
        if ((bc < 0 ? undefined : beforeRow![bc]) === (ac < 0 ? undefined : afterRow[ac])) continue;
      }
      const field = fields[f];
      const old = fieldValue(before, field);
      const now = fieldValue(after, field);
      if (old === now) continue;
      (diff ??= []).push({ field, before: old, after: now });
      mask |= bits[f];
    }
    const manager = plan.parent[p];
    const baselineManager = baseline.parent[b];
    const isMoved =
      manager < 0 ? baselineManager >= 0 : baselineOfPlan[manager] !== baselineManager || baselineManager < 0;
    if (!isMoved && diff === undefined) continue;
    const ref = {
      id: after.id,
      baselineId: before.id,
      baselineRow: before.row,
      planRow: after.row,
      title: after.title,
      department: after.department,
    };
    if (isMoved) {
      kinds[p] = KIND_MOVED;
      moved.push({ ...ref, fromManager: idOf(baseline, baselineManager), toManager: idOf(plan, manager) });
    } else kinds[p] = KIND_CHANGED;
    if (diff !== undefined) {
      changedFields[p] = mask;
      changed.push({ ...ref, changes: diff });
    }
  }

  return {
    added,
    removed: removedPositions(baseline, plan, planOfBaseline),
    moved,
    changed,
    kinds,
    changedFields,
  };
}

/** The baseline's positions the plan does not have, each with the plan card its ghost hangs under. */
function removedPositions(baseline: OrgModel, plan: OrgModel, planOfBaseline: Int32Array): RemovedPosition[] {
  const removed: RemovedPosition[] = [];
  /** Per baseline position: plan index of its nearest kept ancestor (−1: none), −2 while not worked out. */
  const keptAbove = new Int32Array(planOfBaseline.length).fill(-2);
  const path: number[] = [];
  const nearestKept = (start: number): number => {
    let a = start;
    path.length = 0;
    while (a >= 0 && planOfBaseline[a] < 0 && keptAbove[a] === -2) {
      path.push(a);
      a = baseline.parent[a];
    }
    const found = a < 0 ? -1 : planOfBaseline[a] >= 0 ? planOfBaseline[a] : keptAbove[a];
    for (const visited of path) keptAbove[visited] = found;
    return found;
  };
  for (let b = 0; b < planOfBaseline.length; b++) {
    if (planOfBaseline[b] >= 0) continue;
    const position = baseline.positions[b];
    const manager = baseline.parent[b];
    removed.push({
      id: position.id,
      row: position.row,
      title: position.title,
      department: position.department,
      status: position.status,
      manager: idOf(baseline, manager),
      ghostParent: idOf(plan, nearestKept(manager)),
    });
  }
  return removed;
}
