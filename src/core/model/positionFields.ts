import type { Position } from "./position";
import { PositionRecord } from "./positionRecord";
import type { PositionStore } from "./positionStore";

/**
 * The fields the checks and the coverage read of many positions (ID, row, title, grade, holder), by position index.
 * For the parser's positions they are read straight from its {@link PositionStore}'s arrays: at 100,000 positions
 * each read through a position object was one more object to reach in memory (read in the order of an org's tree,
 * not of the sheet, a cache miss each). Each value equals the position's own field (see {@link Position}).
 */
export interface PositionFields {
  /** Position ID by index (entries past the last position may be unused). */
  readonly ids: readonly string[];
  /** Sheet row by index. */
  readonly row: ArrayLike<number>;
  title(p: number): string;
  grade(p: number): string;
  /** The holder's name as {@link Position.name} reads it. */
  name(p: number): string;
}

/** The store behind the positions of each parse (set by the parser; the array is the model's `positions`). */
const stores = new WeakMap<readonly Position[], PositionStore>();

/** Called by the parser: `positions` are backed by `store`, index for index. */
export function registerPositionStore(positions: readonly Position[], store: PositionStore): void {
  stores.set(positions, store);
}

/**
 * The store behind each model the parser's `linkHierarchy` made. Its `positions` are made on first read (see
 * LazyPositions): the checks and the coverage read the store by the model, so an analysis makes no position object.
 */
const modelStores = new WeakMap<object, PositionStore>();

/** Called by `linkHierarchy`: the model's positions are its parse's, backed by `store`. */
export function registerModelStore(model: object, store: PositionStore): void {
  modelStores.set(model, store);
}

export type ModelPositions = { readonly positions: readonly Position[] };

/** The parser's store behind a model (by the model, else by its positions), or undefined for other models. */
export function modelStoreOf(model: ModelPositions): PositionStore | undefined {
  return modelStores.get(model) ?? stores.get(model.positions);
}

/** The number of positions of a model, read without making the positions of a parsed model. */
export function positionCountOf(model: ModelPositions): number {
  const store = modelStores.get(model);
  return store === undefined ? model.positions.length : store.size;
}

/**
 * Position `p` of a model, for a read of a few of its fields: for a parsed model, a record made for the read (it is
 * young garbage once read: the model's positions, 100,000 objects kept, are not made); otherwise the position itself.
 */
export function positionAt(model: ModelPositions, p: number): Position {
  const store = modelStores.get(model);
  return store === undefined ? model.positions[p] : new PositionRecord(store, p);
}

/** {@link PositionFields} read from the positions themselves, for models the parser did not make. */
class ReadFromPositions implements PositionFields {
  readonly ids: readonly string[];
  readonly row: Int32Array;

  constructor(private readonly positions: readonly Position[]) {
    this.ids = positions.map((position) => position.id);
    this.row = Int32Array.from(positions, (position) => position.row);
  }

  title(p: number): string {
    return this.positions[p].title;
  }
  grade(p: number): string {
    return this.positions[p].grade;
  }
  name(p: number): string {
    return this.positions[p].name;
  }
}

const read = new WeakMap<readonly Position[], PositionFields>();

/** The model's {@link PositionFields}: its parser's store, or read once from its positions and kept while they live. */
export function positionFieldsOf(model: ModelPositions): PositionFields {
  const byModel = modelStores.get(model);
  if (byModel !== undefined) return byModel;
  const { positions } = model;
  const store = stores.get(positions);
  if (store !== undefined) return store;
  let fields = read.get(positions);
  if (fields === undefined) read.set(positions, (fields = new ReadFromPositions(positions)));
  return fields;
}
