import { translate, type Lang, type MessageKey } from "../../i18n";

/** Why an edit to a scenario was refused (a value, like a finding, never a thrown string). */
export type ScenarioRefusalCode =
  | "SCENARIO_UNKNOWN_POSITION"
  | "SCENARIO_UNKNOWN_MANAGER"
  | "SCENARIO_MOVE_UNDER_SELF"
  | "SCENARIO_MOVE_UNDER_OWN_REPORT"
  | "SCENARIO_ID_TAKEN"
  | "SCENARIO_MISSING_COLUMN"
  | "SCENARIO_SHARED_POST"
  | "SCENARIO_BAD_NUMBER"
  | "SCENARIO_NO_HEADER";

export interface ScenarioRefusal {
  code: ScenarioRefusalCode;
  /** The position the edit was about (its ID), when there is one. */
  id?: string;
  /** Sheet rows concerned (1-based). */
  rows: number[];
  params: Record<string, string | number>;
  /** The reason in the user's language. */
  message: string;
}

export function scenarioRefusal(
  lang: Lang,
  code: ScenarioRefusalCode,
  params: Record<string, string | number>,
  rows: number[] = [],
): ScenarioRefusal {
  const id = typeof params.id === "string" ? params.id : undefined;
  return {
    code,
    ...(id !== undefined ? { id } : {}),
    rows,
    params,
    message: translate(lang, `scenario.refusal.${code}` as MessageKey, params),
  };
}
