import type { ScenarioEdit } from "../../core/scenario/scenarioEdit";

/**
 * Editing a scenario in the chart. On only while the chart shows a scenario (a plan): the pane passes
 * `editable: true` and `onEdit`; every change the user makes (a card dragged onto a new manager, a keyboard move,
 * the card menu's commands) is handed over as one {@link ScenarioEdit} value. The chart never changes its own scene:
 * the pane writes the edit and hands a new scene back.
 */
export interface ChartEditOptions {
  /** Whether cards can be moved and edited. Default false. */
  editable?: boolean;
  /** Called once per edit the user makes (never for a refused or cancelled move). */
  onEdit?(edit: ScenarioEdit): void;
}
