import type { WorkbookAnalysis } from "../analyzeWorkbook";
import type { SpanBandLabel } from "../checks/orgChecks";
import type { HeadcountCost } from "../cost/costHeadcount";
import type { CostMonth } from "../cost/fiscalYear";
import type { Finding } from "../findings/finding";
import type { PositionStatus } from "../model/position";
import type { SheetGrid } from "../sheet/sheetGrid";
import { BRIDGE_STEP_KEYS, bridgeStepKeys, type BridgeStepKey } from "./bridgeSteps";
import { CHANGE_FIELDS, type ChangeField, type FieldChange, type FieldValue } from "./changeFields";
import { costBridge } from "./costBridge";
import { compareCoverage } from "./compareCoverage";
import { compareFindings } from "./compareFindings";
import { compareStructure } from "./compareStructure";
import { comparisonDelta, departmentUnion } from "./comparisonDelta";
import { ChangeKindMap } from "./changeKinds";
import { matchPositions } from "./matchPositions";
import { positionChanges } from "./positionChanges";

export { BRIDGE_STEP_KEYS, bridgeStepKeys, type BridgeStepKey };
export { CHANGE_FIELDS, type ChangeField, type FieldChange, type FieldValue };

/**
 * Comparing two versions of an org (issue 12 §2): the baseline (today's table, or any table) and the plan (a
 * scenario, or another workbook's table). Pure: no I/O, no localized text — the result carries codes, field keys,
 * IDs and amounts in ticks (1/10,000 of the reporting currency, see cost/decimal.ts); the pane and the command
 * line word them.
 */

/** One side of a comparison: a table analysed (and costed) by the one pipeline (`LoadedWorkbook` gives both). */
export interface PlanSide {
  analysis: WorkbookAnalysis;
  /** The cost model's result for the same analysis; without it every cost figure of the comparison is 0. */
  cost?: HeadcountCost;
  /**
   * The positions table the analysis was read from (`LoadedWorkbook.grid`). Optional: with it, cells equal on both
   * sides are seen to be equal without reading each field through its position (much faster on big tables).
   */
  grid?: SheetGrid;
  /** What the side is called where it is shown ("Positions", "Plan: 2026 reorg"); not used by the comparison. */
  label?: string;
}

export interface ComparePlansOptions {
  /** The fields compared for {@link PlanComparison.changed}; default {@link CHANGE_FIELDS}. */
  fields?: readonly ChangeField[];
}

/** A position of one side: its ID and row in its own table. */
export interface PositionRef {
  id: string;
  /** Sheet row (1-based) in its own side's table. */
  row: number;
  title: string;
  department: string;
}

/** A position of the baseline that the plan does not have. */
export interface RemovedPosition extends PositionRef {
  status: PositionStatus;
  /** Its manager in the baseline (a baseline ID; "" for a top position). */
  manager: string;
  /**
   * Where the chart of the plan draws it as a ghost: the plan ID of its nearest baseline ancestor that the plan
   * still has (its manager, or that manager's manager…); "" when none is left (drawn at the top).
   */
  ghostParent: string;
}

/** A position both sides have (matched by ID, or renamed), with its row on each side. */
export interface MatchedRef {
  /** The plan's ID. */
  id: string;
  /** The baseline's ID (differs from `id` only for a renamed position). */
  baselineId: string;
  baselineRow: number;
  planRow: number;
  title: string;
  department: string;
}

/** A position with a new manager (IDs compared after mapping renamed positions). */
export interface MovedPosition extends MatchedRef {
  /** The baseline manager's baseline ID ("" for a top position). */
  fromManager: string;
  /** The plan manager's plan ID ("" for a top position). */
  toManager: string;
}

/** A position whose fields changed, with the old and new value of each. */
export interface ChangedPosition extends MatchedRef {
  changes: FieldChange[];
}

/** A baseline position and a plan position the renamed-ID rule took for the same position. */
export interface RenamedPosition {
  baselineId: string;
  planId: string;
  baselineRow: number;
  planRow: number;
}

/**
 * How the two sides' positions were paired (see `matchPositions` for the rule). `planOfBaseline[b]` is the plan
 * index of baseline position b (−1: removed); `baselineOfPlan[p]` the baseline index of plan position p (−1: added).
 * Every position of both sides is matched, added or removed: matched + added = plan positions, matched + removed =
 * baseline positions.
 */
export interface PositionMatching {
  /** The rule as a code: the pane and the command line state it in words. */
  rule: "id-then-title-manager-holder";
  matched: number;
  renamed: RenamedPosition[];
  planOfBaseline: Int32Array;
  baselineOfPlan: Int32Array;
}

/** Headcount (posts of positions not closed), FTE and cost (ticks, fully loaded, the fiscal year). */
export interface Totals {
  headcount: number;
  fte: number;
  cost: number;
}

export interface DeltaLine {
  baseline: Totals;
  plan: Totals;
  /** plan − baseline. */
  delta: Totals;
}

export interface DepartmentDelta extends DeltaLine {
  department: string;
  /** Per month of the fiscal year: headcount and FTE at the month's end, cost of the month. */
  months: DeltaLine[];
}

export interface MonthDelta extends DeltaLine {
  month: CostMonth;
}

export interface ComparisonDelta {
  total: DeltaLine;
  /** Departments of both sides (the baseline's in its order, then the plan's new ones). */
  byDepartment: DepartmentDelta[];
  /** The fiscal year's months (the baseline cost's; the plan's months are taken index by index). */
  byMonth: MonthDelta[];
}

/** One step of the cost bridge, in ticks: the whole year, by month, and by department. */
export interface BridgeStep {
  key: BridgeStepKey;
  total: number;
  months: Float64Array;
  /** Aligned with {@link ComparisonDelta.byDepartment}. */
  byDepartment: Float64Array;
  /** Positions that contribute to the step. */
  positions: number;
}

/**
 * From the baseline's cost to the plan's: baseline + Σ steps = plan, exactly (integer ticks), in total, by month
 * and by department. See `costBridge` for what goes in each step.
 */
export interface CostBridge {
  baseline: number;
  plan: number;
  steps: BridgeStep[];
}

export interface SpanBandDelta {
  band: SpanBandLabel;
  baseline: number;
  plan: number;
}

export interface LayerDelta {
  layer: number;
  baseline: { positions: number; fte: number; managers: number };
  plan: { positions: number; fte: number; managers: number };
}

/** A manager whose span of control changed (matched positions only; IDs of the plan). */
export interface SpanChange {
  id: string;
  baselineId: string;
  baseline: number;
  plan: number;
}

export interface StructureDelta {
  spans: {
    managers: { baseline: number; plan: number };
    median: { baseline: number | null; plan: number | null };
    mean: { baseline: number | null; plan: number | null };
    widest: { baseline: number; plan: number };
    bands: SpanBandDelta[];
    /** Matched managers whose span changed, in plan order. */
    changed: SpanChange[];
  };
  layers: {
    count: { baseline: number; plan: number };
    byLayer: LayerDelta[];
  };
}

/**
 * Findings the plan has that the baseline has not (`new`) and the other way round (`resolved`). Findings are
 * matched by code and position IDs (a baseline ID mapped to the plan's for a renamed position), never by row; a
 * finding that names no position is matched by code and its params.
 */
export interface FindingsDelta {
  new: Finding[];
  resolved: Finding[];
}

/** A capability that loses (or gains) its last holder, in the whole org or in one department. */
export interface CoverageChange {
  change: "lost" | "gained";
  /** The catalogue's key of the capability (the pane names it in the user's language from the catalogue). */
  capability: string;
  en: string;
  zh: string;
  /** null: the whole org; else the department. */
  department: string | null;
  /** Filled positions holding it on each side. */
  baselineHolders: number;
  planHolders: number;
}

/** How the chart of the plan colours a card; removed positions are drawn as ghosts (see {@link RemovedPosition}). */
export type ChangeKind = "added" | "moved" | "changed" | "unchanged";

export interface PlanComparison {
  matching: PositionMatching;
  added: PositionRef[];
  removed: RemovedPosition[];
  moved: MovedPosition[];
  changed: ChangedPosition[];
  delta: ComparisonDelta;
  bridge: CostBridge;
  structure: StructureDelta;
  findings: FindingsDelta;
  coverage: CoverageChange[];
  /**
   * Every plan position's change kind by its plan ID (moved wins over changed when both apply); removed positions
   * are in {@link removed}.
   */
  changeKinds: ReadonlyMap<string, ChangeKind>;
  /** The reporting currency of the costs (the baseline's); whether both sides were costed in it. */
  currency: string;
  costed: boolean;
  /** Nothing differs: no position added, removed, moved or changed, and the costs are equal. */
  empty: boolean;
}

/**
 * Compares the plan with the baseline: positions matched by ID (then by the renamed-ID rule), what was added,
 * removed, moved and changed, the Δ headcount, FTE and cost, the cost bridge, Δ spans and layers, new and resolved
 * findings, coverage lost or gained, and each plan position's change kind. Linear in the positions of both sides.
 */
export function comparePlans(baseline: PlanSide, plan: PlanSide, options: ComparePlansOptions = {}): PlanComparison {
  const matching = matchPositions(baseline.analysis.model, plan.analysis.model);
  const changes = positionChanges(baseline, plan, matching, options.fields);
  const union = departmentUnion(baseline, plan);
  const delta = comparisonDelta(baseline, plan, union);
  const bridge = costBridge(baseline, plan, matching, changes, union);
  const costed =
    baseline.cost !== undefined && plan.cost !== undefined && baseline.cost.currency === plan.cost.currency;
  const empty =
    changes.added.length === 0 &&
    changes.removed.length === 0 &&
    changes.moved.length === 0 &&
    changes.changed.length === 0 &&
    bridge.baseline === bridge.plan;
  return {
    matching,
    added: changes.added,
    removed: changes.removed,
    moved: changes.moved,
    changed: changes.changed,
    delta,
    bridge,
    structure: compareStructure(baseline.analysis, plan.analysis, matching),
    findings: compareFindings(baseline, plan, matching),
    coverage: compareCoverage(baseline.analysis, plan.analysis),
    changeKinds: new ChangeKindMap(plan.analysis.model.indexById, changes.kinds),
    currency: baseline.cost?.currency ?? plan.cost?.currency ?? "",
    costed,
    empty,
  };
}
