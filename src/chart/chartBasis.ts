import type { OrgModel, WorkbookAnalysis } from "../core";
import { countFindingsByPosition } from "../core/rollup/countFindings";
import { listDepartments } from "../core/rollup/listDepartments";
import { rollUpPositions, type PositionRollups } from "../core/rollup/positionRollups";
import { departmentColours } from "./departmentColours";

/** What the chart needs from the data whatever the chart options: worked out once per analysis. */
export interface ChartBasis {
  model: OrgModel;
  rollups: PositionRollups;
  /** Department → colour, in first-seen order. */
  colours: Map<string, string>;
  /** Error and warning findings per position (index = position index). */
  findings: Int32Array;
}

export function chartBasis(analysis: WorkbookAnalysis): ChartBasis {
  const model = analysis.model;
  return {
    model,
    rollups: rollUpPositions(model),
    colours: departmentColours(listDepartments(model)),
    findings: countFindingsByPosition(model, analysis.findings),
  };
}
