import { Caption1, makeStyles, Text, tokens, useId } from "@fluentui/react-components";
import { useCallback, useMemo } from "react";
import type { LayerSummary } from "../../../core/checks/orgChecks";
import { layoutLayerPyramid } from "../../charts/layerPyramidBars";
import { estimateTextWidth } from "../../charts/textWidth";
import { formatNumber } from "../../formatNumber";
import { useElementWidth } from "../../hooks/useElementWidth";
import { usePaneLanguage } from "../../translateContext";
import { ChartDataTable } from "./ChartDataTable";

const FONT_SIZE = 12;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, minWidth: 0, margin: 0 },
  heading: { margin: 0 },
  caption: { color: tokens.colorNeutralForeground3 },
  svg: { display: "block", overflow: "visible" },
  bar: { fill: tokens.colorBrandBackground },
  tooDeep: { fill: tokens.colorPaletteRedBackground3 },
  centre: { stroke: tokens.colorNeutralStroke2, strokeWidth: 1, strokeDasharray: "2 3" },
  label: { fill: tokens.colorNeutralForeground2, fontSize: `${FONT_SIZE}px` },
  value: { fill: tokens.colorNeutralForeground1, fontSize: `${FONT_SIZE}px`, fontVariantNumeric: "tabular-nums" },
  limit: { stroke: tokens.colorPaletteRedBorder2, strokeWidth: 1, strokeDasharray: "4 2" },
});

export interface LayerPyramidChartProps {
  layers: LayerSummary;
  maxLayers: number;
}

/** The layer pyramid: positions per layer as bars centred on one line, top = layer 1, FTE beside each. */
export function LayerPyramidChart({ layers, maxLayers }: LayerPyramidChartProps) {
  const styles = useStyles();
  const { lang, t } = usePaneLanguage();
  const headingId = useId("layers-heading");
  const [ref, width] = useElementWidth<HTMLElement>(288);
  const n = (value: number, digits = 0) => formatNumber(lang, value, digits);
  const rows = layers.layers;
  const label = useCallback((layer: number) => t("ui.chart.layers.layerShort", { layer }), [t]);
  const value = useCallback(
    (positions: number, fte: number) =>
      t("ui.chart.layers.value", { positions: formatNumber(lang, positions), fte: formatNumber(lang, fte, 2) }),
    [lang, t],
  );
  const layout = useMemo(() => {
    const labelWidth =
      Math.ceil(Math.max(0, ...rows.map((row) => estimateTextWidth(label(row.layer), FONT_SIZE)))) + 10;
    const valueWidth =
      Math.ceil(Math.max(0, ...rows.map((row) => estimateTextWidth(value(row.positions, row.fte), FONT_SIZE)))) + 10;
    return layoutLayerPyramid(rows, { width, labelWidth, valueWidth, maxLayers });
  }, [rows, width, maxLayers, label, value]);
  const limitRow = layout.bars.findIndex((bar) => bar.tooDeep);

  return (
    <figure ref={ref} className={styles.root} aria-labelledby={headingId} data-testid="layer-chart">
      <Text as="h3" id={headingId} size={300} weight="semibold" className={styles.heading}>
        {t("ui.chart.layers.heading")}
      </Text>
      {rows.length === 0 ? (
        <Caption1 className={styles.caption}>{t("ui.chart.layers.none")}</Caption1>
      ) : (
        <>
          <svg
            className={styles.svg}
            width={layout.width}
            height={layout.height}
            viewBox={`0 0 ${layout.width} ${layout.height}`}
            role="img"
            aria-label={t("ui.chart.layers.label", {
              layers: rows
                .map((row) =>
                  t("ui.chart.layers.layerValue", {
                    layer: row.layer,
                    positions: n(row.positions),
                    fte: n(row.fte, 2),
                  }),
                )
                .join(t("ui.listSeparator")),
            })}
          >
            <line className={styles.centre} x1={layout.centreX} x2={layout.centreX} y1={0} y2={layout.height} />
            {layout.bars.map((bar) => {
              const middle = bar.y + layout.rowHeight / 2;
              return (
                <g
                  key={bar.layer}
                  data-layer={bar.layer}
                  data-positions={bar.positions}
                  data-too-deep={bar.tooDeep || undefined}
                >
                  <text className={styles.label} x={0} y={middle} dominantBaseline="central">
                    {label(bar.layer)}
                  </text>
                  <rect
                    className={bar.tooDeep ? styles.tooDeep : styles.bar}
                    x={bar.x}
                    y={bar.y + (layout.rowHeight - layout.barHeight) / 2}
                    width={bar.length}
                    height={layout.barHeight}
                    rx={2}
                    data-bar
                  >
                    <title>
                      {t("ui.chart.layers.layerValue", {
                        layer: bar.layer,
                        positions: n(bar.positions),
                        fte: n(bar.fte, 2),
                      })}
                    </title>
                  </rect>
                  <text
                    className={styles.value}
                    x={layout.plotX + layout.plotWidth + 6}
                    y={middle}
                    dominantBaseline="central"
                  >
                    {value(bar.positions, bar.fte)}
                  </text>
                </g>
              );
            })}
            {limitRow > 0 && (
              <line
                className={styles.limit}
                x1={0}
                x2={layout.width}
                y1={layout.bars[limitRow].y}
                y2={layout.bars[limitRow].y}
              >
                <title>{t("ui.chart.layers.tooDeep", { maxLayers })}</title>
              </line>
            )}
          </svg>
          <Caption1 className={styles.caption}>{t("ui.chart.layers.caption", { maxLayers })}</Caption1>
          <ChartDataTable
            caption={t("ui.chart.layers.heading")}
            columns={[
              t("ui.chart.layers.layer"),
              t("ui.chart.layers.positions"),
              t("ui.chart.layers.fte"),
              t("ui.chart.layers.managers"),
              t("ui.chart.layers.averageSpan"),
            ]}
            rows={rows.map((row) => [
              String(row.layer),
              n(row.positions),
              n(row.fte, 2),
              n(row.managers),
              row.averageSpan === null ? t("ui.chart.spans.noValue") : n(row.averageSpan, 1),
            ])}
          />
        </>
      )}
    </figure>
  );
}
