import { buildOrgModel } from "../../../src/core/buildOrgModel";
import type { CellValue } from "../../../src/core/cells/cell";
import { costHeadcount, type CostOptions, type HeadcountCost } from "../../../src/core/cost/costHeadcount";
import { ticksToAmount } from "../../../src/core/cost/decimal";
import { makeGrid } from "../makeGrid";

/** Costs a positions table (header + rows), with optional Rates and FX tables. */
export function costOf(
  header: string[],
  rows: CellValue[][],
  options: CostOptions & { rates?: CellValue[][]; fx?: CellValue[][] } = {},
): HeadcountCost {
  const positions = makeGrid(header, rows);
  const analysis = buildOrgModel(positions);
  return costHeadcount(
    {
      analysis,
      positions,
      rates: options.rates ? makeGrid(options.rates[0] as string[], options.rates.slice(1), "Rates") : undefined,
      fx: options.fx ? makeGrid(options.fx[0] as string[], options.fx.slice(1), "FX") : undefined,
    },
    options,
  );
}

/** A position's 12 months (pay + on-costs) as amounts. */
export function monthsOf(cost: HeadcountCost, p: number, part: "pay" | "onCosts" | "total" = "total"): number[] {
  return Array.from({ length: 12 }, (_, m) => {
    const i = p * 12 + m;
    const ticks = part === "pay" ? cost.pay[i] : part === "onCosts" ? cost.onCosts[i] : cost.pay[i] + cost.onCosts[i];
    return ticksToAmount(ticks);
  });
}

export const amount = ticksToAmount;
