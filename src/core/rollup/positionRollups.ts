import type { OrgModel } from "../model/orgModel";
import { positionColumnsOf, STATUS_CODE } from "../model/positionColumns";
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

/**
 * Rolls FTE, cost, vacancies and headcount up every subtree of the model: one read of each position's fields in
 * sheet order (from the model's typed columns, see `positionColumnsOf`), then one pass in reverse pre-order adding
 * each position into its manager (no recursion).
 */
export function rollUpPositions(model: OrgModel): PositionRollups {
  const { parent } = model;
  const count = model.positions.length;
  const columns = positionColumnsOf(model);
  const positionsUnder = new Int32Array(count);
  const vacantUnder = new Int32Array(count);
  const fteUnder = new Float64Array(count);
  const costUnder = new Float64Array(count);
  const otherCurrencyUnder = new Int32Array(count);
  const vacant = new Uint8Array(count);
  const fte = new Float64Array(count);
  const cost = new Float64Array(count);
  const otherCurrency = new Uint8Array(count);

  // Salaried positions per currency, to find the main currency before costing anything: the currency most of them
  // name ("" not counted); ties go to the one met first in sheet order.
  const { status, baseSalary, currencies } = columns;
  const ownFte = columns.fte;
  const ownCurrency = columns.currency;
  const salariedIn = new Int32Array(currencies.length);
  const metOrder: number[] = [];
  let hasSalaries = false;
  for (let p = 0; p < count; p++) {
    const code = status[p];
    const salary = baseSalary[p];
    const salaried = salary === salary; // not NaN: the position has a salary
    if (salaried) hasSalaries = true;
    if (code === STATUS_CODE.vacant) vacant[p] = 1;
    if (code === STATUS_CODE.closed) continue;
    const own = ownFte[p];
    fte[p] = own === own ? own : 0;
    if (salaried && salariedIn[ownCurrency[p]]++ === 0) metOrder.push(ownCurrency[p]);
  }
  let main = -1;
  let best = 0;
  for (const code of metOrder) {
    if (currencies[code] !== "" && salariedIn[code] > best) {
      main = code;
      best = salariedIn[code];
    }
  }
  const currency = main < 0 ? "" : currencies[main];
  for (let p = 0; p < count; p++) {
    const salary = baseSalary[p];
    if (salary !== salary || status[p] === STATUS_CODE.closed) continue;
    const own = ownCurrency[p];
    if (own === main || currencies[own] === "") cost[p] = salary;
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
