import { budgetEn } from "./en/budget";
import { cellsEn } from "./en/cells";
import { chartEn } from "./en/chart";
import { checksEn } from "./en/checks";
import { cliEn } from "./en/cli";
import { compareEn } from "./en/compare";
import { costEn } from "./en/cost";
import { costPaneEn } from "./en/costPane";
import { costSheetEn } from "./en/costSheet";
import { exportEn } from "./en/export";
import { coverageEn } from "./en/coverage";
import { fieldsEn } from "./en/fields";
import { findingsEn } from "./en/findings";
import { loadingEn } from "./en/loading";
import { planEn } from "./en/plan";
import { problemsEn } from "./en/problems";
import { reportEn } from "./en/report";
import { scenarioEn } from "./en/scenario";
import { uiEn } from "./en/ui";
import { budgetZh } from "./zh-CN/budget";
import { cellsZh } from "./zh-CN/cells";
import { chartZh } from "./zh-CN/chart";
import { checksZh } from "./zh-CN/checks";
import { cliZh } from "./zh-CN/cli";
import { compareZh } from "./zh-CN/compare";
import { costZh } from "./zh-CN/cost";
import { costPaneZh } from "./zh-CN/costPane";
import { costSheetZh } from "./zh-CN/costSheet";
import { exportZh } from "./zh-CN/export";
import { coverageZh } from "./zh-CN/coverage";
import { fieldsZh } from "./zh-CN/fields";
import { findingsZh } from "./zh-CN/findings";
import { loadingZh } from "./zh-CN/loading";
import { planZh } from "./zh-CN/plan";
import { problemsZh } from "./zh-CN/problems";
import { reportZh } from "./zh-CN/report";
import { scenarioZh } from "./zh-CN/scenario";
import { uiZh } from "./zh-CN/ui";

const en = {
  ...findingsEn,
  ...checksEn,
  ...coverageEn,
  ...costEn,
  ...costPaneEn,
  ...costSheetEn,
  ...budgetEn,
  ...fieldsEn,
  ...problemsEn,
  ...reportEn,
  ...uiEn,
  ...planEn,
  ...cliEn,
  ...chartEn,
  ...loadingEn,
  ...exportEn,
  ...cellsEn,
  ...scenarioEn,
  ...compareEn,
};

/** Every message key. English is the source of truth; each language must have every key (the types check it). */
export type MessageKey = keyof typeof en;

export type Lang = "en" | "zh-CN";

export const LANGS: readonly Lang[] = ["en", "zh-CN"];

export const MESSAGES: Readonly<Record<Lang, Readonly<Record<MessageKey, string>>>> = {
  en,
  "zh-CN": {
    ...findingsZh,
    ...checksZh,
    ...coverageZh,
    ...costZh,
    ...costPaneZh,
    ...costSheetZh,
    ...budgetZh,
    ...fieldsZh,
    ...problemsZh,
    ...reportZh,
    ...uiZh,
    ...planZh,
    ...cliZh,
    ...chartZh,
    ...loadingZh,
    ...exportZh,
    ...cellsZh,
    ...scenarioZh,
    ...compareZh,
  },
};
