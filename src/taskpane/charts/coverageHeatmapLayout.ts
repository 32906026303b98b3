import type { CatalogueCapability, CoverageCell, CoverageMatrix } from "../../core/coverage/coverageTypes";
import type { Lang } from "../../i18n";
import { shortDepartmentLabel } from "./shortDepartmentLabel";
import { estimateTextWidth, isMostlyWide, truncateText, wrapLabel } from "./textWidth";

/** What one cell of the heatmap shows: FTE holding the capability, only vacancies, or nothing. */
export type HeatCellState = "filled" | "vacantOnly" | "empty";

/** How a capability is covered over the whole center. */
export type CapabilityCoverageState = "covered" | "vacantOnly" | "uncovered";

/** Filled FTE thresholds of the colour steps: up to 1, up to 2, up to 4, more. */
export const FTE_STEPS = [1, 2, 4] as const;

export interface HeatCell {
  x: number;
  state: HeatCellState;
  /** Colour step 1–4 of a filled cell (0 otherwise). */
  level: number;
  cell: CoverageCell;
}

export interface HeatColumn {
  department: string;
  x: number;
  /** The header's lines: rotated lines of a Latin name, or the characters of a CJK name stacked upright. */
  lines: string[];
  stacked: boolean;
}

export interface HeatRow {
  kind: "capability";
  capability: CatalogueCapability;
  /** Name in the pane's language, wrapped to the label column. */
  labelLines: string[];
  y: number;
  height: number;
  cells: HeatCell[];
  total: CoverageCell;
  /** Distinct people holding it in filled positions. */
  people: number;
  state: CapabilityCoverageState;
}

export interface HeatAreaRow {
  kind: "area";
  label: string;
  y: number;
  height: number;
}

export interface CoverageHeatmapLayout {
  fontSize: number;
  headerFontSize: number;
  /** Distance between lines of a label. */
  lineHeight: number;
  headerLineHeight: number;
  /** Width of the row labels (drawn apart, so that they stay put while the grid scrolls sideways). */
  labelWidth: number;
  cellSize: number;
  headerHeight: number;
  /** Width of the grid: department columns, then the total column. */
  gridWidth: number;
  totalX: number;
  height: number;
  columns: HeatColumn[];
  rows: (HeatRow | HeatAreaRow)[];
}

export interface CoverageHeatmapOptions {
  lang: Lang;
  /** Width of the card the heatmap sits in. */
  width: number;
  fontSize?: number;
  /** Narrowest cell before the grid scrolls sideways instead. */
  minCellSize?: number;
  maxCellSize?: number;
  /** Tallest column header. */
  maxHeaderHeight?: number;
}

/** The colour step of a filled FTE: 1 (a little) to 4 (a lot). */
export function fteLevel(fte: number): number {
  if (fte <= 0) return 0;
  const step = FTE_STEPS.findIndex((limit) => fte <= limit);
  return step === -1 ? FTE_STEPS.length + 1 : step + 1;
}

export function heatCellState(cell: CoverageCell): HeatCellState {
  if (cell.filledPositions > 0 || cell.filledFte > 0) return "filled";
  if (cell.vacantPositions > 0 || cell.vacantFte > 0) return "vacantOnly";
  return "empty";
}

export function capabilityCoverageState(total: CoverageCell): CapabilityCoverageState {
  const state = heatCellState(total);
  return state === "filled" ? "covered" : state === "vacantOnly" ? "vacantOnly" : "uncovered";
}

/**
 * Lays out the coverage heatmap: capability rows grouped by area, department columns (headers
 * wrapped, or stacked for Chinese names), a total column. Cells are as wide as the card allows
 * between `minCellSize` and `maxCellSize`; below that the grid scrolls sideways.
 */
export function layoutCoverageHeatmap(matrix: CoverageMatrix, options: CoverageHeatmapOptions): CoverageHeatmapLayout {
  const fontSize = options.fontSize ?? 11;
  const lineHeight = Math.round(fontSize * 1.25);
  const l = options.lang === "zh-CN" ? "zh" : "en";
  const labelWidth = Math.round(Math.min(150, Math.max(92, options.width * 0.32)));
  const columnCount = matrix.departments.length + 1;
  const fitted = Math.floor((options.width - labelWidth) / Math.max(1, columnCount));
  const cellSize = Math.max(options.minCellSize ?? 22, Math.min(options.maxCellSize ?? 34, fitted));
  const maxHeaderHeight = options.maxHeaderHeight ?? 112;

  const headerFontSize = fontSize - 1;
  const headerLineHeight = headerFontSize + 1;
  const columns: HeatColumn[] = matrix.departments.map((department, i) => {
    const label = shortDepartmentLabel(department) || department;
    const stacked = isMostlyWide(label);
    const lines = stacked
      ? truncateVertical(label, Math.floor(maxHeaderHeight / headerLineHeight))
      : // Two rotated lines only where the column is wide enough to keep them apart from the next column's.
        wrapLabel(label, maxHeaderHeight, headerFontSize, cellSize >= headerLineHeight * 2 + 6 ? 2 : 1);
    return { department, x: i * cellSize, lines, stacked };
  });
  const needed = columns.map((column) =>
    column.stacked
      ? column.lines.length * headerLineHeight
      : Math.max(0, ...column.lines.map((line) => estimateTextWidth(line, headerFontSize))),
  );
  const headerHeight = Math.ceil(Math.min(maxHeaderHeight, Math.max(headerLineHeight * 2, ...needed)) + 8);
  const totalX = matrix.departments.length * cellSize;

  const rows: (HeatRow | HeatAreaRow)[] = [];
  let y = headerHeight;
  let area: string | undefined;
  const areaHeight = lineHeight + 6;
  for (const row of matrix.rows) {
    const areaName = row.capability.area[l] || row.capability.area.en;
    if (areaName !== area) {
      area = areaName;
      rows.push({ kind: "area", label: truncateText(areaName, labelWidth + totalX, fontSize), y, height: areaHeight });
      y += areaHeight;
    }
    const name = row.capability[l] || row.capability.en || row.capability.key;
    const labelLines = wrapLabel(name, labelWidth - 8, fontSize, 2);
    const height = Math.max(cellSize, labelLines.length * lineHeight + 6);
    rows.push({
      kind: "capability",
      capability: row.capability,
      labelLines,
      y,
      height,
      cells: row.byDepartment.map((cell, i) => {
        const state = heatCellState(cell);
        return { x: i * cellSize, state, level: state === "filled" ? fteLevel(cell.filledFte) : 0, cell };
      }),
      total: row.total,
      people: row.people,
      state: capabilityCoverageState(row.total),
    });
    y += height;
  }
  return {
    fontSize,
    headerFontSize,
    lineHeight,
    headerLineHeight,
    labelWidth,
    cellSize,
    headerHeight,
    gridWidth: totalX + cellSize,
    totalX,
    height: y,
    columns,
    rows,
  };
}

/** The characters of a CJK label, one per line, the last replaced by "…" when there are too many. */
function truncateVertical(label: string, maxChars: number): string[] {
  const chars = [...label.replace(/\s+/g, "")];
  if (chars.length <= maxChars) return chars;
  return [...chars.slice(0, Math.max(1, maxChars - 1)), "…"];
}
