import { Caption1, makeStyles, mergeClasses, tokens, useId } from "@fluentui/react-components";
import { useMemo } from "react";
import type { CoverageCell, CoverageMatrix } from "../../../core/coverage/coverageTypes";
import { layoutCoverageHeatmap, type HeatRow } from "../../charts/coverageHeatmapLayout";
import { isMostlyWide } from "../../charts/textWidth";
import { formatNumber } from "../../formatNumber";
import { useElementWidth } from "../../hooks/useElementWidth";
import { usePaneLanguage } from "../../translateContext";
import { ChartDataTable } from "./ChartDataTable";
import { HeatmapLegend } from "./HeatmapLegend";
import { useHeatmapStyles } from "./heatmapStyles";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0, margin: 0 },
  frame: { display: "flex", alignItems: "flex-start", minWidth: 0 },
  labels: { display: "block", flexShrink: 0 },
  scroller: {
    overflowX: "auto",
    overflowY: "hidden",
    minWidth: 0,
    flexGrow: 1,
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  grid: { display: "block" },
  caption: { color: tokens.colorNeutralForeground3 },
});

export interface CoverageHeatmapProps {
  matrix: CoverageMatrix;
  /** Names the heatmap for assistive technology (the heading above it). */
  labelledBy?: string;
}

/**
 * The coverage heatmap: capabilities (rows, by area) × departments (columns), each cell coloured by
 * the filled FTE holding the capability there; cells held only by vacancies hatched; capabilities no
 * position holds marked red. The labels stay put while the grid scrolls sideways.
 */
export function CoverageHeatmap({ matrix, labelledBy }: CoverageHeatmapProps) {
  const styles = useStyles();
  const heat = useHeatmapStyles();
  const { lang, t } = usePaneLanguage();
  const patternId = useId("vacant-hatch");
  const [ref, width] = useElementWidth<HTMLElement>(288);
  const layout = useMemo(() => layoutCoverageHeatmap(matrix, { lang, width }), [matrix, lang, width]);
  const fte = (value: number) => formatNumber(lang, value, 2);
  const l = lang === "zh-CN" ? "zh" : "en";
  const capabilityRows = layout.rows.filter((row): row is HeatRow => row.kind === "capability");
  const nameOf = (row: HeatRow) => row.capability[l] || row.capability.en || row.capability.key;
  const cellTitle = (row: HeatRow, department: string, cell: CoverageCell) =>
    t("ui.coverage.cellTitle", {
      capability: nameOf(row),
      department,
      filled: fte(cell.filledFte),
      filledPositions: cell.filledPositions,
      vacant: fte(cell.vacantFte),
      vacantPositions: cell.vacantPositions,
    });
  const rowTitle = (row: HeatRow) =>
    row.state === "uncovered"
      ? t("ui.coverage.uncovered", { capability: nameOf(row) })
      : row.state === "vacantOnly"
        ? t("ui.coverage.vacantOnly", { capability: nameOf(row) })
        : t("ui.coverage.totalTitle", {
            capability: nameOf(row),
            filled: fte(row.total.filledFte),
            people: row.people,
            vacant: fte(row.total.vacantFte),
          });
  const cellText = (cell: CoverageCell) =>
    cell.filledFte === 0 && cell.vacantFte === 0
      ? t("ui.coverage.cellEmpty")
      : t("ui.coverage.cell", { filled: fte(cell.filledFte), vacant: fte(cell.vacantFte) });
  const half = layout.cellSize / 2;
  const totalLabel = t("ui.coverage.total");

  return (
    <figure ref={ref} className={styles.root} aria-labelledby={labelledBy} data-testid="coverage-heatmap">
      <HeatmapLegend patternId={`${patternId}-legend`} />
      <div className={styles.frame}>
        <svg className={styles.labels} width={layout.labelWidth} height={layout.height} aria-hidden>
          {layout.rows.map((row) =>
            row.kind === "area" ? (
              <text
                key={`area-${row.y}`}
                className={heat.area}
                x={0}
                y={row.y + row.height / 2 + 1}
                dominantBaseline="central"
              >
                {row.label}
              </text>
            ) : (
              <text
                key={row.capability.key}
                className={mergeClasses(heat.rowLabel, row.state !== "covered" && heat.rowLabelAlert)}
                x={layout.labelWidth - 6}
                y={row.y + row.height / 2 - ((row.labelLines.length - 1) * layout.lineHeight) / 2}
                textAnchor="end"
                dominantBaseline="central"
              >
                <title>{nameOf(row)}</title>
                {row.labelLines.map((line, i) => (
                  <tspan key={i} x={layout.labelWidth - 6} dy={i === 0 ? 0 : layout.lineHeight}>
                    {line}
                  </tspan>
                ))}
              </text>
            ),
          )}
        </svg>
        <div className={styles.scroller} tabIndex={0} role="group" aria-label={t("ui.coverage.heading")}>
          <svg
            className={styles.grid}
            width={layout.gridWidth}
            height={layout.height}
            role="img"
            aria-label={t("ui.coverage.label", {
              capabilities: capabilityRows.length,
              departments: matrix.departments.length,
            })}
          >
            <defs>
              <pattern id={patternId} width={6} height={6} patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                <rect className={heat.hatchBack} width={6} height={6} />
                <line className={heat.hatchLine} x1={0} y1={0} x2={0} y2={6} />
              </pattern>
            </defs>
            {layout.columns.map((column) => (
              <g key={column.department} data-department={column.department}>
                <title>{column.department}</title>
                {column.stacked ? (
                  <text className={heat.header} textAnchor="middle">
                    {column.lines.map((char, i) => (
                      <tspan
                        key={i}
                        x={column.x + half}
                        y={layout.headerHeight - 6 - (column.lines.length - 1 - i) * layout.headerLineHeight}
                      >
                        {char}
                      </tspan>
                    ))}
                  </text>
                ) : (
                  <text
                    className={heat.header}
                    transform={`translate(${column.x + half} ${layout.headerHeight - 6}) rotate(-90)`}
                    dominantBaseline="central"
                  >
                    {column.lines.map((line, i) => (
                      <tspan key={i} x={0} y={(i - (column.lines.length - 1) / 2) * layout.headerLineHeight}>
                        {line}
                      </tspan>
                    ))}
                  </text>
                )}
              </g>
            ))}
            {isMostlyWide(totalLabel) ? (
              // Chinese stands upright, one character a line, like the department headers.
              <text className={mergeClasses(heat.header, heat.totalHeader)} textAnchor="middle">
                {[...totalLabel].map((char, i, chars) => (
                  <tspan
                    key={i}
                    x={layout.totalX + half}
                    y={layout.headerHeight - 6 - (chars.length - 1 - i) * layout.headerLineHeight}
                  >
                    {char}
                  </tspan>
                ))}
              </text>
            ) : (
              <text
                className={mergeClasses(heat.header, heat.totalHeader)}
                transform={`translate(${layout.totalX + half} ${layout.headerHeight - 6}) rotate(-90)`}
                dominantBaseline="central"
              >
                {totalLabel}
              </text>
            )}
            {layout.rows.map((row) =>
              row.kind === "area" ? (
                <line
                  key={`area-${row.y}`}
                  className={heat.areaLine}
                  x1={0}
                  x2={layout.gridWidth}
                  y1={row.y + row.height - 1}
                  y2={row.y + row.height - 1}
                />
              ) : (
                <g key={row.capability.key} data-capability={row.capability.key} data-coverage={row.state}>
                  {row.cells.map((cell, i) => (
                    <g key={i} data-cell={cell.state}>
                      <title>{cellTitle(row, matrix.departments[i], cell.cell)}</title>
                      <rect
                        className={cell.state === "filled" ? heat[`level${cell.level}` as "level1"] : heat.empty}
                        style={cell.state === "vacantOnly" ? { fill: `url(#${patternId})` } : undefined}
                        x={cell.x + 1}
                        y={row.y + 1}
                        width={layout.cellSize - 2}
                        height={row.height - 2}
                        rx={2}
                      />
                      {cell.state === "filled" && (
                        <text
                          className={mergeClasses(heat.cellText, cell.level >= 3 && heat.cellTextOnDark)}
                          x={cell.x + half}
                          y={row.y + row.height / 2}
                          textAnchor="middle"
                          dominantBaseline="central"
                        >
                          {formatNumber(lang, cell.cell.filledFte, 1)}
                        </text>
                      )}
                    </g>
                  ))}
                  <g data-total={row.state}>
                    <title>{rowTitle(row)}</title>
                    <rect
                      className={row.state === "uncovered" ? heat.totalUncovered : heat.total}
                      style={row.state === "vacantOnly" ? { fill: `url(#${patternId})` } : undefined}
                      x={layout.totalX + 1}
                      y={row.y + 1}
                      width={layout.cellSize - 2}
                      height={row.height - 2}
                      rx={2}
                    />
                    <text
                      className={mergeClasses(heat.totalText, row.state === "uncovered" && heat.totalTextAlert)}
                      x={layout.totalX + half}
                      y={row.y + row.height / 2}
                      textAnchor="middle"
                      dominantBaseline="central"
                    >
                      {formatNumber(lang, row.total.filledFte, 1)}
                    </text>
                  </g>
                </g>
              ),
            )}
          </svg>
        </div>
      </div>
      <Caption1 className={styles.caption}>{t("ui.coverage.caption")}</Caption1>
      <ChartDataTable
        caption={t("ui.coverage.heading")}
        testId="coverage-table"
        columns={[t("ui.coverage.capability"), ...matrix.departments, t("ui.coverage.total")]}
        rows={capabilityRows.map((row) => [
          nameOf(row),
          ...row.cells.map((cell) => cellText(cell.cell)),
          row.state === "uncovered" ? t("ui.coverage.legendUncovered") : cellText(row.total),
        ])}
      />
    </figure>
  );
}
