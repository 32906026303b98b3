import type { OrgAnalysis, OrgModel } from "../core";
import { countFindingsByPosition } from "../core/rollup/countFindings";
import { listDepartments } from "../core/rollup/listDepartments";
import { rollUpPositions, type PositionRollups } from "../core/rollup/positionRollups";
import { knownFindingsByPosition } from "../core/rollup/findingsByPosition";
import { departmentColours, departmentPalette } from "./departmentColours";

/** What the chart needs from the data whatever the chart options: worked out once per analysis. */
export interface ChartBasis {
  model: OrgModel;
  rollups: PositionRollups;
  /** Department → colour, in first-seen order. */
  colours: Map<string, string>;
  /** Error and warning findings per position (index = position index). */
  findings: Int32Array;
  /** The pane's theme the colours are for (light when absent). */
  theme?: "light" | "dark";
}

/** Rollups per model: worked out once per model (the pane's analysis worker hands them over with the model). */
const rollupsOf = new WeakMap<OrgModel, PositionRollups>();

/** Keeps rollups worked out elsewhere (the analysis worker) for the model's chart. */
export function rememberRollups(model: OrgModel, rollups: PositionRollups): void {
  rollupsOf.set(model, rollups);
}

/**
 * The basis for an analysis (the org model and its findings are enough: the chart is drawn before the checks are
 * done), with department colours from the palette for the pane's theme (light by default).
 */
export function chartBasis(analysis: OrgAnalysis, theme: "light" | "dark" = "light"): ChartBasis {
  const model = analysis.model;
  let rollups = rollupsOf.get(model);
  if (rollups === undefined) {
    rollups = rollUpPositions(model);
    rollupsOf.set(model, rollups);
  }
  return {
    model,
    rollups,
    colours: departmentColours(listDepartments(model), departmentPalette(theme)),
    theme,
    // Worked out by the pane's analysis worker already, when the findings came from there.
    findings: knownFindingsByPosition(analysis.findings)?.counts ?? countFindingsByPosition(model, analysis.findings),
  };
}
