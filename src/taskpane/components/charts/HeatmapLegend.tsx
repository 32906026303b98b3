import { Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { FTE_STEPS } from "../../charts/coverageHeatmapLayout";
import { formatNumber } from "../../formatNumber";
import { usePaneLanguage } from "../../translateContext";
import { useHeatmapStyles } from "./heatmapStyles";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
    padding: 0,
    listStyleType: "none",
  },
  item: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalXXS,
    color: tokens.colorNeutralForeground2,
  },
  steps: { display: "flex", alignItems: "center", gap: "2px" },
  swatch: { display: "block", flexShrink: 0 },
});

export interface HeatmapLegendProps {
  /** A page-unique id for the legend's hatch pattern. */
  patternId: string;
}

/** What the heatmap's colours mean: the filled-FTE steps, vacancies only, not covered. */
export function HeatmapLegend({ patternId }: HeatmapLegendProps) {
  const styles = useStyles();
  const heat = useHeatmapStyles();
  const { lang, t } = usePaneLanguage();
  const levels = [heat.level1, heat.level2, heat.level3, heat.level4];
  const last = formatNumber(lang, FTE_STEPS[FTE_STEPS.length - 1]);
  const stepTitle = (level: number) =>
    level <= FTE_STEPS.length
      ? t("ui.coverage.legendStep", { fte: formatNumber(lang, FTE_STEPS[level - 1]) })
      : t("ui.coverage.legendStepMore", { fte: last });
  const stepShort = (level: number) =>
    level <= FTE_STEPS.length
      ? t("ui.coverage.legendUpTo", { fte: formatNumber(lang, FTE_STEPS[level - 1]) })
      : t("ui.coverage.legendAbove", { fte: last });
  const swatch = (className: string, title: string, style?: { fill: string }) => (
    <svg className={styles.swatch} width={14} height={14} role="img" aria-label={title}>
      <title>{title}</title>
      <rect className={className} style={style} width={14} height={14} rx={2} />
    </svg>
  );
  return (
    <ul className={styles.root} aria-label={t("ui.coverage.legend")} data-testid="coverage-legend">
      <li className={styles.item}>
        <Caption1>{t("ui.coverage.legendFilled")}</Caption1>
        {levels.map((level, i) => (
          <span key={i} className={styles.steps}>
            {swatch(level, stepTitle(i + 1))}
            <Caption1 aria-hidden>{stepShort(i + 1)}</Caption1>
          </span>
        ))}
      </li>
      <li className={styles.item}>
        <svg width={0} height={0} aria-hidden style={{ position: "absolute" }}>
          <defs>
            <pattern id={patternId} width={6} height={6} patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
              <rect className={heat.hatchBack} width={6} height={6} />
              <line className={heat.hatchLine} x1={0} y1={0} x2={0} y2={6} />
            </pattern>
          </defs>
        </svg>
        {swatch(heat.empty, t("ui.coverage.legendVacantOnly"), { fill: `url(#${patternId})` })}
        <Caption1>{t("ui.coverage.legendVacantOnly")}</Caption1>
      </li>
      <li className={styles.item}>
        {swatch(heat.totalUncovered, t("ui.coverage.legendUncovered"))}
        <Caption1>{t("ui.coverage.legendUncovered")}</Caption1>
      </li>
    </ul>
  );
}
