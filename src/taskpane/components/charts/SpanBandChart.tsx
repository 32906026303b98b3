import { Caption1, makeStyles, mergeClasses, Text, tokens, useId } from "@fluentui/react-components";
import { useMemo } from "react";
import type { SpanSummary } from "../../../core/checks/orgChecks";
import type { SpanBand } from "../../../core/checks/orgRules";
import type { MessageKey } from "../../../i18n";
import { formatSpanBand } from "../../charts/formatSpanBand";
import { layoutSpanBandChart } from "../../charts/spanBandBars";
import { estimateTextWidth } from "../../charts/textWidth";
import { formatNumber } from "../../formatNumber";
import { useElementWidth } from "../../hooks/useElementWidth";
import { usePaneLanguage } from "../../translateContext";
import { ChartDataTable } from "./ChartDataTable";

const FONT_SIZE = 12;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, minWidth: 0, margin: 0 },
  heading: { margin: 0 },
  stats: { color: tokens.colorNeutralForeground1, fontVariantNumeric: "tabular-nums" },
  caption: { color: tokens.colorNeutralForeground3 },
  svg: { display: "block", overflow: "visible" },
  within: { fill: tokens.colorBrandBackground2Hover },
  partial: { fill: tokens.colorBrandBackground2 },
  bar: { fill: tokens.colorBrandBackground },
  label: { fill: tokens.colorNeutralForeground2, fontSize: `${FONT_SIZE}px`, fontVariantNumeric: "tabular-nums" },
  value: {
    fill: tokens.colorNeutralForeground1,
    fontSize: `${FONT_SIZE}px`,
    fontWeight: tokens.fontWeightSemibold,
    fontVariantNumeric: "tabular-nums",
  },
  axis: { stroke: tokens.colorNeutralStroke1, strokeWidth: 1 },
});

export interface SpanBandChartProps {
  spans: SpanSummary;
  /** The target span shaded behind the bands (the default band of the rules). */
  target: SpanBand;
}

/** Managers per span band, as horizontal bars; the bands inside the target span are shaded. */
export function SpanBandChart({ spans, target }: SpanBandChartProps) {
  const styles = useStyles();
  const { lang, t } = usePaneLanguage();
  const headingId = useId("spans-heading");
  const [ref, width] = useElementWidth<HTMLElement>(288);
  const n = (value: number, digits = 0) => formatNumber(lang, value, digits);
  const layout = useMemo(() => {
    const labelWidth = Math.ceil(estimateTextWidth("13–16", FONT_SIZE)) + 10;
    const most = Math.max(0, ...spans.bands.map((band) => band.managers));
    const valueWidth = Math.ceil(estimateTextWidth(String(most), FONT_SIZE)) + 10;
    return layoutSpanBandChart(spans.bands, target, { width, labelWidth, valueWidth });
  }, [spans.bands, target, width]);
  const fitText = (fit: string) => t(`ui.chart.spans.fit.${fit}` as MessageKey);
  const summary = layout.bars.map((bar) =>
    t("ui.chart.spans.bandValue", { band: bar.band, managers: n(bar.managers) }),
  );
  const dash = t("ui.chart.spans.noValue");

  return (
    <figure ref={ref} className={styles.root} aria-labelledby={headingId} data-testid="span-chart">
      <Text as="h3" id={headingId} size={300} weight="semibold" className={styles.heading}>
        {t("ui.chart.spans.heading")}
      </Text>
      <Text size={200} className={styles.stats} data-testid="span-stats">
        {t("ui.chart.spans.stats", {
          managers: n(spans.managers),
          median: spans.median === null ? dash : n(spans.median, 1),
          mean: spans.mean === null ? dash : n(spans.mean, 1),
        })}
      </Text>
      {spans.managers === 0 ? (
        <Caption1 className={styles.caption}>{t("ui.chart.spans.none")}</Caption1>
      ) : (
        <>
          <svg
            className={styles.svg}
            width={layout.width}
            height={layout.height}
            viewBox={`0 0 ${layout.width} ${layout.height}`}
            role="img"
            aria-label={t("ui.chart.spans.label", { bands: summary.join(t("ui.listSeparator")) })}
          >
            {layout.bars.map((bar) => {
              const middle = bar.y + layout.rowHeight / 2;
              return (
                <g key={bar.band} data-band={bar.band} data-managers={bar.managers} data-fit={bar.fit}>
                  {bar.fit !== "outside" && (
                    <rect
                      className={mergeClasses(bar.fit === "within" ? styles.within : styles.partial)}
                      x={0}
                      y={bar.y}
                      width={layout.width}
                      height={layout.rowHeight}
                    />
                  )}
                  <text
                    className={styles.label}
                    x={layout.plotX - 8}
                    y={middle}
                    textAnchor="end"
                    dominantBaseline="central"
                  >
                    {bar.band}
                  </text>
                  {bar.length > 0 && (
                    <rect
                      className={styles.bar}
                      x={layout.plotX}
                      y={bar.y + (layout.rowHeight - layout.barHeight) / 2}
                      width={bar.length}
                      height={layout.barHeight}
                      rx={2}
                      data-bar
                    >
                      <title>{t("ui.chart.spans.bandValue", { band: bar.band, managers: n(bar.managers) })}</title>
                    </rect>
                  )}
                  <text
                    className={styles.value}
                    x={layout.plotX + bar.length + 4}
                    y={middle}
                    dominantBaseline="central"
                  >
                    {n(bar.managers)}
                  </text>
                </g>
              );
            })}
            <line className={styles.axis} x1={layout.plotX} x2={layout.plotX} y1={0} y2={layout.height} />
          </svg>
          <Caption1 className={styles.caption}>
            {t("ui.chart.spans.caption", { target: formatSpanBand(target, t) })}
          </Caption1>
          <ChartDataTable
            caption={t("ui.chart.spans.heading")}
            columns={[t("ui.chart.spans.band"), t("ui.chart.spans.managers"), t("ui.chart.spans.fit")]}
            rows={layout.bars.map((bar) => [bar.band, n(bar.managers), fitText(bar.fit)])}
          />
        </>
      )}
    </figure>
  );
}
