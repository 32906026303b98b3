import type { OrgModel, WorkbookAnalysis } from "../core";
import { countFindingsByPosition } from "../core/rollup/countFindings";
import { listDepartments } from "../core/rollup/listDepartments";
import { rollUpPositions, type PositionRollups } from "../core/rollup/positionRollups";
import { departmentColours, departmentPalette } from "./departmentColours";

/** What the chart needs from the data whatever the chart options: worked out once per analysis. */
export interface ChartBasis {
  model: OrgModel;
  rollups: PositionRollups;
  /** Department → colour, in first-seen order. */
  colours: Map<string, string>;
  /** Error and warning findings per position (index = position index). */
  findings: Int32Array;
}

/** The basis for an analysis, with department colours from the palette for the pane's theme (light by default). */
export function chartBasis(analysis: WorkbookAnalysis, theme: "light" | "dark" = "light"): ChartBasis {
  const model = analysis.model;
  return {
    model,
    rollups: rollUpPositions(model),
    colours: departmentColours(listDepartments(model), departmentPalette(theme)),
    findings: countFindingsByPosition(model, analysis.findings),
  };
}
