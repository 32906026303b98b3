import { translate, type Lang } from "../../i18n";
import type { ScenarioInfo } from "./scenarioInfo";

/** Excel's longest sheet name. */
const MAX_SHEET_NAME = 31;
/** Characters Excel refuses in a sheet name: [ ] : * ? / \ (the full-width "：" is allowed). */
const FORBIDDEN = /[[\]:*?/\\]/g;
/**
 * A title that already starts with the prefix's word ("Plan 1", "scenario B", "方案 1", any case) is the sheet name
 * itself: "Plan - Plan 1" would say it twice. A Latin word must end there ("Planning" is not "Plan").
 */
const PREFIX_WORD = /^(?:(?:plan|scenario)(?![\p{L}\p{N}])|方案)/iu;

/**
 * The sheet name of a scenario: "Plan - 2026 reorg" in English, "方案：2026 重组" in Chinese. Excel refuses ":" in
 * sheet names (and [ ] * ? / \), so English writes a dash and Chinese the full-width colon "：", which Excel accepts.
 * Characters Excel refuses in the title become "-"; the name is cut to Excel's 31 characters (no apostrophe at its
 * end). A title that starts with the word Plan, Scenario or 方案 (any case) is not prefixed again: "Plan 1" gets
 * the sheet "Plan 1". The adapters add " (2)" when the name is taken.
 */
export function scenarioSheetName(title: string, lang: Lang): string {
  const clean = title
    .replace(FORBIDDEN, "-")
    .replace(/\p{Cc}/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
  const name = PREFIX_WORD.test(clean) ? clean : translate(lang, "scenario.sheetName", { title: clean });
  const characters = Array.from(name);
  const cut = characters.length <= MAX_SHEET_NAME ? name : characters.slice(0, MAX_SHEET_NAME).join("");
  // Excel refuses an apostrophe at the end of a sheet name.
  return cut.replace(/[\s']+$/u, "");
}

/** The first of "Scenario_1", "Scenario_2"… that no table or name in `taken` uses (Excel ignores case). */
export function scenarioTableName(taken: Iterable<string>): string {
  const used = new Set<string>();
  for (const name of taken) used.add(name.toLowerCase());
  for (let n = 1; ; n++) if (!used.has(`scenario_${n}`)) return `Scenario_${n}`;
}

/** A title for a scenario made in one click: "Scenario 1", "Scenario 2"… (方案 1…), the first not in use. */
export function defaultScenarioTitle(existing: readonly Pick<ScenarioInfo, "title">[], lang: Lang): string {
  const used = new Set(existing.map((scenario) => scenario.title.trim().toLowerCase()));
  for (let n = 1; ; n++) {
    const title = translate(lang, "scenario.defaultTitle", { n: String(n) });
    if (!used.has(title.toLowerCase())) return title;
  }
}
