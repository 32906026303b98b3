import type { OrgModel } from "../model/orgModel";
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
  /** Each position's own FTE (0 when closed or unreadable). */
  fte: Float64Array;
  /** Each position's own cost in {@link currency} (0 without a salary, when closed or paid in another currency). */
  cost: Float64Array;
  /** 1 where the position's salary is in another currency than {@link currency} (left out of the costs). */
  otherCurrency: Uint8Array;
  /** Positions below each position (its descendants, itself not included). */
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

/** The currency most salaried positions use; ties go to the one met first in sheet order. */
function mainCurrencyOf(currencies: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const currency of currencies) if (currency !== "") counts.set(currency, (counts.get(currency) ?? 0) + 1);
  let main = "";
  let best = 0;
  for (const [currency, count] of counts) {
    if (count > best) {
      main = currency;
      best = count;
    }
  }
  return main;
}

/**
 * Rolls FTE, cost, vacancies and headcount up every subtree of the model: one read of each position's fields in
 * sheet order, then one pass in reverse pre-order adding each position into its manager (no recursion).
 */
export function rollUpPositions(model: OrgModel): PositionRollups {
  const { positions, parent } = model;
  const count = positions.length;
  const positionsUnder = new Int32Array(count);
  const vacantUnder = new Int32Array(count);
  const fteUnder = new Float64Array(count);
  const costUnder = new Float64Array(count);
  const otherCurrencyUnder = new Int32Array(count);
  const vacant = new Uint8Array(count);
  const fte = new Float64Array(count);
  const cost = new Float64Array(count);
  const otherCurrency = new Uint8Array(count);

  // The salary and currency of salaried positions, to find the main currency before costing anything.
  const salaried: number[] = [];
  const currencies: string[] = [];
  let hasSalaries = false;
  for (let p = 0; p < count; p++) {
    const position = positions[p];
    const status = position.status;
    const salary = position.baseSalary;
    if (salary !== null) hasSalaries = true;
    if (status === "vacant") vacant[p] = 1;
    if (status === "closed") continue;
    fte[p] = position.fte ?? 0;
    if (salary !== null) {
      salaried.push(p);
      currencies.push(position.currency);
    }
  }
  const currency = mainCurrencyOf(currencies);
  for (let s = 0; s < salaried.length; s++) {
    const p = salaried[s];
    const own = currencies[s];
    if (own === "" || own === currency) cost[p] = positions[p].baseSalary ?? 0;
    else otherCurrency[p] = 1;
  }
  fteUnder.set(fte);
  costUnder.set(cost);
  otherCurrencyUnder.set(otherCurrency);

  const totals: RollupTotals = { positions: 0, vacant: 0, fte: 0, cost: 0, otherCurrency: 0 };
  const order = preOrder(model);
  for (let i = order.length - 1; i >= 0; i--) {
    const p = order[i];
    const manager = parent[p];
    if (manager >= 0) {
      positionsUnder[manager] += positionsUnder[p] + 1;
      vacantUnder[manager] += vacantUnder[p] + vacant[p];
      fteUnder[manager] += fteUnder[p];
      costUnder[manager] += costUnder[p];
      otherCurrencyUnder[manager] += otherCurrencyUnder[p];
    } else {
      totals.positions += positionsUnder[p] + 1;
      totals.vacant += vacantUnder[p] + vacant[p];
      totals.fte += fteUnder[p];
      totals.cost += costUnder[p];
      totals.otherCurrency += otherCurrencyUnder[p];
    }
  }
  return {
    fte,
    cost,
    otherCurrency,
    positionsUnder,
    vacantUnder,
    fteUnder,
    costUnder,
    otherCurrencyUnder,
    currency,
    hasSalaries,
    totals,
  };
}
