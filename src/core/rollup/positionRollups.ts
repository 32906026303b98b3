import type { OrgModel } from "../model/orgModel";
import { positionValuesOf, sumUpTree } from "./positionValues";
import { preOrder } from "./preOrder";

/**
 * What each position's subtree adds up to, over the whole model (collapsed or not), one value per position index.
 *
 * Cost is the annual Base Salary as written on the position's row: it is what the post is paid, so a half-time post
 * carries its half-time salary (as the sample's 0.5 FTE posts do) and is not scaled by FTE again. Costs are added up in the org's main currency only: the currency most positions
 * with a salary are paid in (a blank Currency cell counts as the main currency). Positions paid in another currency
 * are left out of every sum and counted instead, so the pane can say so. Closed positions count as positions but add
 * no FTE and no cost. An unreadable FTE counts 0.
 */
export interface PositionRollups {
  /** Each position's own headcount: 1, or a headcount line's posts (rounded up; see PositionValues). */
  posts: Float64Array;
  /** Each position's own FTE (0 when closed or unreadable). */
  fte: Float64Array;
  /** Each position's own cost in {@link currency} (0 without a salary, when closed or paid in another currency). */
  cost: Float64Array;
  /** 1 where the position's salary is in another currency than {@link currency} (left out of the costs). */
  otherCurrency: Uint8Array;
  /** Positions below each position (its descendants, itself not included; a headcount line counts its posts). */
  positionsUnder: Int32Array;
  /** Vacant positions below each position (status vacant; itself not included). */
  vacantUnder: Int32Array;
  /** FTE of each position plus its descendants'. */
  fteUnder: Float64Array;
  /** Cost of each position plus its descendants', in {@link currency}. */
  costUnder: Float64Array;
  /** Positions in each subtree (itself included) with a salary in another currency than {@link currency}. */
  otherCurrencyUnder: Int32Array;
  /** The main currency (upper case; "" when no salaried position names one). */
  currency: string;
  /** Whether any position has a salary. */
  hasSalaries: boolean;
  /** The whole org, as if under the virtual top: every position, vacancy, FTE, cost and other-currency count. */
  totals: RollupTotals;
}

export interface RollupTotals {
  positions: number;
  vacant: number;
  fte: number;
  cost: number;
  otherCurrency: number;
}

/**
 * Rolls FTE, cost, vacancies and headcount up every subtree of the model. What each position counts for comes from
 * {@link positionValuesOf} (the one definition the pyramid, the summary and the cost model share); the sums from
 * {@link sumUpTree}.
 */
export function rollUpPositions(model: OrgModel): PositionRollups {
  const count = model.positions.length;
  const values = positionValuesOf(model);
  const { fte, vacant, salary, salaried, currency: currencyOf } = values;
  const cost = new Float64Array(count);
  const otherCurrency = new Uint8Array(count);
  for (let p = 0; p < count; p++) {
    if (currencyOf[p] === 0) cost[p] = salary[p];
    else if (salaried[p] === 1) otherCurrency[p] = 1;
  }
  const order = preOrder(model);
  // Headcount: a headcount line counts its posts.
  const positions = sumUpTree(model, values.posts, order);
  const vacancies = sumUpTree(model, vacant, order);
  const fteSums = sumUpTree(model, fte, order);
  const costSums = sumUpTree(model, cost, order);
  const otherSums = sumUpTree(model, otherCurrency, order);
  const positionsUnder = new Int32Array(count);
  const vacantUnder = new Int32Array(count);
  const otherCurrencyUnder = new Int32Array(count);
  for (let p = 0; p < count; p++) {
    positionsUnder[p] = positions.under[p] - values.posts[p];
    vacantUnder[p] = vacancies.under[p] - vacant[p];
    otherCurrencyUnder[p] = otherSums.under[p];
  }
  return {
    posts: values.posts,
    fte,
    cost,
    otherCurrency,
    positionsUnder,
    vacantUnder,
    fteUnder: fteSums.under,
    costUnder: costSums.under,
    otherCurrencyUnder,
    currency: values.currencies[0],
    hasSalaries: values.hasSalaries,
    totals: {
      positions: positions.total,
      vacant: vacancies.total,
      fte: fteSums.total,
      cost: costSums.total,
      otherCurrency: otherSums.total,
    },
  };
}
