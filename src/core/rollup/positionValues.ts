import type { OrgModel } from "../model/orgModel";
import { seatsOf } from "../model/headcountLine";
import { positionColumnsOf, STATUS_CODE } from "../model/positionColumns";
import { positionCountOf } from "../model/positionFields";

/**
 * What each position counts for, defined once for the whole add-in (the layer pyramid, the pane's summary, the
 * chart's badges, the departments view and the cost model all read it):
 * - every position counts as a position (closed ones too: they are rows of the plan), a headcount line as its posts
 *   (rounded up: see `seatsOf`) in headcount and in its manager's span;
 * - a closed position adds no FTE and no salary; an unreadable FTE counts 0;
 * - a headcount line's FTE is its FTE × its posts (or its posts alone when the count column is "Number of Posts in
 *   FTE": the count is the line's FTE), its salary the salary of one post × its posts;
 * - a salary is in the position's currency; a blank Currency cell means the org's main currency, the currency
 *   most salaried positions name (ties: the one met first in sheet order; "" when none names one).
 */
export interface PositionValues {
  /** Each position's seats in headcount: 1, or a headcount line's posts rounded up (closed ones counted too). */
  posts: Float64Array;
  /** Each position's FTE as counted (0 when closed or unreadable). */
  fte: Float64Array;
  /** Each position's annual base salary in its own currency (0 without a salary or when closed). */
  salary: Float64Array;
  /** 1 where the position has a salary that counts (it has one and is not closed). */
  salaried: Uint8Array;
  /** 1 where the position is vacant (status vacant). */
  vacant: Uint8Array;
  /** Index into {@link currencies} of each position's currency, a blank cell read as the main currency. */
  currency: Int32Array;
  /** The currencies (upper case), the main currency first; "" only when no salaried position names one. */
  currencies: readonly string[];
  /** Whether any position has a salary. */
  hasSalaries: boolean;
}

const cache = new WeakMap<OrgModel, PositionValues>();

/** The model's {@link PositionValues}, worked out once per model. */
export function positionValuesOf(model: OrgModel): PositionValues {
  let values = cache.get(model);
  if (values === undefined) cache.set(model, (values = readPositionValues(model)));
  return values;
}

function readPositionValues(model: OrgModel): PositionValues {
  const count = positionCountOf(model);
  const columns = positionColumnsOf(model);
  const { status, baseSalary, currencies: cellCurrencies } = columns;
  const linePosts = columns.posts;
  const inFte = columns.postsInFte === true;
  const posts = new Float64Array(count);
  if (linePosts === undefined) posts.fill(1);
  else for (let p = 0; p < count; p++) posts[p] = seatsOf(linePosts[p]);
  const fte = new Float64Array(count);
  const salary = new Float64Array(count);
  const salaried = new Uint8Array(count);
  const vacant = new Uint8Array(count);
  const salariedIn = new Int32Array(cellCurrencies.length);
  const metOrder: number[] = [];
  let hasSalaries = false;
  for (let p = 0; p < count; p++) {
    const code = status[p];
    if (code === STATUS_CODE.vacant) vacant[p] = 1;
    const own = baseSalary[p];
    if (own === own) hasSalaries = true;
    if (code === STATUS_CODE.closed) continue;
    const ownFte = columns.fte[p];
    fte[p] = ownFte === ownFte ? ownFte : 0;
    const line = linePosts === undefined ? NaN : linePosts[p];
    if (line === line) fte[p] = inFte ? line : fte[p] * line;
    if (own === own) {
      salary[p] = line === line ? own * line : own;
      salaried[p] = 1;
      if (salariedIn[columns.currency[p]]++ === 0) metOrder.push(columns.currency[p]);
    }
  }
  let main = -1;
  let best = 0;
  for (const code of metOrder) {
    if (cellCurrencies[code] !== "" && salariedIn[code] > best) {
      main = code;
      best = salariedIn[code];
    }
  }
  // Renumber: the main currency (or "") is 0, the others follow in order of first appearance.
  const mainText = main < 0 ? "" : cellCurrencies[main];
  const currencies = [mainText, ...cellCurrencies.filter((text) => text !== "" && text !== mainText)];
  const renumber = cellCurrencies.map((text) => (text === "" ? 0 : currencies.indexOf(text)));
  const currency = new Int32Array(count);
  for (let p = 0; p < count; p++) currency[p] = renumber[columns.currency[p]];
  return { posts, fte, salary, salaried, vacant, currency, currencies, hasSalaries };
}

/**
 * Sums per-position `values` up the tree: each position's own value plus all its descendants' (one pass in
 * reverse pre-order, no recursion), and the whole org's total (as if under the virtual top). `order` is the
 * model's pre-order (`preOrder(model)`), passed when the caller already has it.
 */
export function sumUpTree(
  model: OrgModel,
  values: ArrayLike<number>,
  order: Int32Array,
): { under: Float64Array; total: number } {
  const under = Float64Array.from(values);
  const { parent } = model;
  let total = 0;
  for (let i = order.length - 1; i >= 0; i--) {
    const p = order[i];
    const manager = parent[p];
    if (manager >= 0) under[manager] += under[p];
    else total += under[p];
  }
  return { under, total };
}

/** Sums per-position `values` into groups (`groupOf[p]` in 0 … groupCount − 1; a negative group is left out). */
export function sumByGroup(values: ArrayLike<number>, groupOf: ArrayLike<number>, groupCount: number): Float64Array {
  const sums = new Float64Array(groupCount);
  for (let p = 0; p < values.length; p++) {
    const group = groupOf[p];
    if (group >= 0) sums[group] += values[p];
  }
  return sums;
}

/** A sum of FTEs rounded to 6 decimals, so 0.8 + 1 + 1 reads 2.8 and not 2.8000000000000003. */
export function roundFte(fte: number): number {
  return Math.round(fte * 1e6) / 1e6;
}
