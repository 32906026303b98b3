import { useMemo } from "react";
import type { OrgAnalysis } from "../../core";
import type { HeadcountCost } from "../../core/cost/costHeadcount";
import type { CostShown } from "../../core/cost/costSettingsSetting";
import type { ChartChanges } from "../../chart/chartChanges";
import type { Lang, Translate } from "../../i18n";
import { buildChartScene, type BuiltChartScene } from "../chart/buildChartScene";
import { chartBasis } from "../chart/chartBasis";
import type { ChartOptions } from "../chart/chartOptions";
import { rollupsWithCost } from "../cost/costRollups";
import { usePaneThemeKind } from "../theme/paneThemeContext";

/**
 * The scene the chart draws for the analysis and the user's chart options. What depends only on the data (rollups,
 * colours, findings per position) is worked out once per analysis; the tree and layout again when an option changes.
 */
export function useChartScene(
  analysis: OrgAnalysis,
  options: ChartOptions,
  lang: Lang,
  t: Translate,
  paneAspect?: number,
  /** The cost model's figures: the cost badges and the departments view show them (else the salaries' sum). */
  cost?: HeadcountCost,
  costShown: CostShown = "loaded",
  /** A plan's chart coloured by change against the version it is compared with (removed positions as ghosts). */
  changes?: ChartChanges,
): BuiltChartScene {
  const theme = usePaneThemeKind();
  const basis = useMemo(() => {
    const base = chartBasis(analysis, theme);
    return cost ? { ...base, rollups: rollupsWithCost(base.rollups, base.model, cost, costShown) } : base;
  }, [analysis, theme, cost, costShown]);
  return useMemo(
    () => buildChartScene(basis, options, lang, t, paneAspect, changes),
    [basis, options, lang, t, paneAspect, changes],
  );
}
