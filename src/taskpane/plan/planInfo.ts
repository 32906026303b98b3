/** A plan (a scenario sheet) as the Plan tab lists it: the fields of the core's ScenarioInfo the pane shows. */
export interface PlanInfo {
  /** The plan's own title ("2026 reorg"). */
  title: string;
  /** The sheet (or plan sheet) it was copied from, as named then. */
  source: string;
  /** The sheet it lives on. */
  sheetName: string;
}
