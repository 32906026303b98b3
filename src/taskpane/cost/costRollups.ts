import type { OrgModel } from "../../core";
import type { HeadcountCost } from "../../core/cost/costHeadcount";
import type { CostShown } from "../../core/cost/costSettingsSetting";
import { TICKS } from "../../core/cost/decimal";
import type { PositionRollups } from "../../core/rollup/positionRollups";
import { preOrder } from "../../core/rollup/preOrder";
import { sumUpTree } from "../../core/rollup/positionValues";

/** Each position's year from the cost model, in reporting-currency units: fully loaded, or its pay alone. */
export function positionCostAmounts(cost: HeadcountCost, shown: CostShown): Float64Array {
  const count = cost.positionTotals.length;
  const amounts = new Float64Array(count);
  for (let p = 0; p < count; p++) {
    let ticks = cost.positionTotals[p];
    if (shown === "base") {
      ticks = 0;
      for (let m = 0; m < 12; m++) ticks += cost.pay[p * 12 + m];
    }
    amounts[p] = ticks / TICKS;
  }
  return amounts;
}

/**
 * The rollups with the cost model's figures as the cost: the chart's cost badges and the departments view then show
 * each subtree's fully loaded cost for the fiscal year (or its pay, as the setting says), in the reporting currency,
 * summed up the tree by the one pass every other value uses.
 */
export function rollupsWithCost(
  rollups: PositionRollups,
  model: OrgModel,
  cost: HeadcountCost,
  shown: CostShown,
): PositionRollups {
  const amounts = positionCostAmounts(cost, shown);
  const sums = sumUpTree(model, amounts, preOrder(model));
  const none = new Uint8Array(amounts.length);
  let costed = false;
  for (let p = 0; p < cost.costed.length && !costed; p++) costed = cost.costed[p] === 1;
  return {
    ...rollups,
    cost: amounts,
    costUnder: sums.under,
    otherCurrency: none,
    otherCurrencyUnder: new Int32Array(amounts.length),
    currency: cost.currency,
    hasSalaries: costed,
    totals: { ...rollups.totals, cost: sums.total, otherCurrency: 0 },
  };
}
