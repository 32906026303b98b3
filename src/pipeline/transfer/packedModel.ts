import type { DottedLine, OrgModel } from "../../core/model/orgModel";
import type { PositionColumns } from "../../core/model/positionColumns";
import { positionAt, positionCountOf } from "../../core/model/positionFields";
import { LazyIdIndex } from "./lazyIdIndex";
import { packedPositionBuffers, packPositions, unpackPositions, type PackedPositions } from "./packedPositions";

/** An {@link OrgModel} as the analysis worker sends it: typed arrays (transferred) and packed positions. */
export interface PackedOrgModel {
  positions: PackedPositions;
  parent: Int32Array;
  layer: Int32Array;
  childStart: Int32Array;
  childIndex: Int32Array;
  roots: Int32Array;
  layerCount: number;
  /** Dotted lines as from, to pairs. */
  dottedLines: Int32Array;
  positionColumns?: PositionColumns;
}

/**
 * Packs a model; `transfer` lists the buffers to move with the message. The typed arrays are copies, so the sender
 * keeps a whole model (the worker goes on to check it while the pane draws it).
 */
export function packOrgModel(model: OrgModel): { packed: PackedOrgModel; transfer: ArrayBuffer[] } {
  const dottedLines = new Int32Array(model.dottedLines.length * 2);
  model.dottedLines.forEach((line, i) => {
    dottedLines[2 * i] = line.from;
    dottedLines[2 * i + 1] = line.to;
  });
  const packed: PackedOrgModel = {
    positions: packPositions(positionCountOf(model), (p) => positionAt(model, p)),
    parent: model.parent.slice(),
    layer: model.layer.slice(),
    childStart: model.childStart.slice(),
    childIndex: model.childIndex.slice(),
    roots: Int32Array.from(model.roots),
    layerCount: model.layerCount,
    dottedLines,
    positionColumns: model.positionColumns && copyColumns(model.positionColumns),
  };
  const columns = packed.positionColumns;
  const columnBuffers = columns
    ? [
        columns.status,
        columns.fte,
        columns.baseSalary,
        columns.department,
        columns.currency,
        ...(columns.posts ? [columns.posts] : []),
      ]
    : [];
  const transfer = [
    ...packedPositionBuffers(packed.positions),
    ...[packed.parent, packed.layer, packed.childStart, packed.childIndex, packed.roots, dottedLines].map(
      (array) => array.buffer as ArrayBuffer,
    ),
    ...columnBuffers.map((array) => array.buffer as ArrayBuffer),
  ];
  // A buffer may back several arrays (or be shared by views): transfer each once.
  return { packed, transfer: [...new Set(transfer)] };
}

/** The model again, on the receiving thread: positions read from the packed store, IDs indexed on first use. */
export function unpackOrgModel(packed: PackedOrgModel): OrgModel {
  const positions = unpackPositions(packed.positions);
  const dottedLines: DottedLine[] = [];
  for (let i = 0; i < packed.dottedLines.length; i += 2)
    dottedLines.push({ from: packed.dottedLines[i], to: packed.dottedLines[i + 1] });
  return {
    positions,
    indexById: new LazyIdIndex(positions),
    parent: packed.parent,
    layer: packed.layer,
    childStart: packed.childStart,
    childIndex: packed.childIndex,
    roots: Array.from(packed.roots),
    layerCount: packed.layerCount,
    dottedLines,
    ...(packed.positionColumns ? { positionColumns: packed.positionColumns } : {}),
  };
}

function copyColumns(columns: PositionColumns): PositionColumns {
  return {
    ...columns,
    status: columns.status.slice(),
    fte: columns.fte.slice(),
    baseSalary: columns.baseSalary.slice(),
    department: columns.department.slice(),
    currency: columns.currency.slice(),
    ...(columns.posts ? { posts: columns.posts.slice() } : {}),
  };
}
