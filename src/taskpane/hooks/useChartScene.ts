import { useMemo } from "react";
import type { OrgAnalysis } from "../../core";
import type { Lang, Translate } from "../../i18n";
import { buildChartScene, type BuiltChartScene } from "../chart/buildChartScene";
import { chartBasis } from "../chart/chartBasis";
import type { ChartOptions } from "../chart/chartOptions";
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
): BuiltChartScene {
  const theme = usePaneThemeKind();
  const basis = useMemo(() => chartBasis(analysis, theme), [analysis, theme]);
  return useMemo(() => buildChartScene(basis, options, lang, t, paneAspect), [basis, options, lang, t, paneAspect]);
}
