import type { Position } from "./position";
import type { PositionColumns } from "./positionColumns";

/** Index of a position in {@link OrgModel.positions}. */
export type PositionIndex = number;

/** The virtual top's index: the parent of every top position. */
export const VIRTUAL_TOP = -1;

/**
 * The org as a tree over dense indices, in typed arrays so that 100,000 positions stay cheap.
 * Every position is in exactly one tree; positions whose manager is unknown, or that sit on a
 * reporting cycle, are hung under the virtual top (and reported as findings).
 */
export interface OrgModel {
  /** Positions in sheet order. */
  positions: Position[];
  /** Position ID → index. */
  indexById: ReadonlyMap<string, PositionIndex>;
  /** Manager's index per position; {@link VIRTUAL_TOP} for a top position. */
  parent: Int32Array;
  /** Layer per position: 1 for a top position, 2 for its reports… */
  layer: Int32Array;
  /** Children in CSR form: the reports of i are childIndex[childStart[i] .. childStart[i+1]), in sheet order. */
  childStart: Int32Array;
  childIndex: Int32Array;
  /** Top positions (parent = virtual top), in sheet order. */
  roots: PositionIndex[];
  /** Number of layers (deepest layer); 0 for an empty org. */
  layerCount: number;
  /** Dotted lines between positions that both exist. */
  dottedLines: DottedLine[];
  /**
   * Status, FTE, salary, department and currency of every position in typed arrays, filled by the parser for
   * passes over every position; read them with `positionColumnsOf(model)`, which also serves models without them.
   */
  positionColumns?: PositionColumns;
}

export interface DottedLine {
  from: PositionIndex;
  to: PositionIndex;
}

/** The direct reports of a position, in sheet order. */
export function reportsOf(model: OrgModel, index: PositionIndex): Int32Array {
  return model.childIndex.subarray(model.childStart[index], model.childStart[index + 1]);
}

/** Number of direct reports of a position. */
export function spanOf(model: OrgModel, index: PositionIndex): number {
  return model.childStart[index + 1] - model.childStart[index];
}
