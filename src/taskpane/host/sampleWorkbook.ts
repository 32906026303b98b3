import { operationsCenterWorkbook, type WorkbookSource } from "../../core";
import { FileWorkbookSource } from "../../files";
import { translate, type Lang } from "../../i18n";
import type { PaneWorkbook } from "./paneHost";

/** The methods of a workbook source that change the workbook. */
const WRITES: ReadonlySet<PropertyKey> = new Set<keyof WorkbookSource>([
  "writeSetting",
  "writeSheet",
  "createScenario",
  "applyScenarioChanges",
  "deleteScenario",
]);

/**
 * The built-in sample (Positions and Departments, in `lang`) as the pane's workbook outside Excel. It remembers
 * whether the user changed it through the pane (a saved mapping, rules or cost settings, a report, a plan): until
 * then it follows the pane's language; after, a language switch keeps the user's work.
 */
export function sampleWorkbook(lang: Lang): PaneWorkbook {
  const file = FileWorkbookSource.fromSheetSpecs(translate(lang, "ui.sample.label"), operationsCenterWorkbook(lang));
  let changed = false;
  const source = new Proxy(file, {
    get(target, key) {
      const value: unknown = Reflect.get(target, key, target);
      if (typeof value !== "function") return value;
      const method = value as (...args: unknown[]) => unknown;
      return WRITES.has(key)
        ? (...args: unknown[]) => {
            changed = true;
            return method.apply(target, args);
          }
        : method.bind(target);
    },
  });
  return { source, origin: "sample", toXlsx: () => file.toXlsx(), sampleLang: lang, changed: () => changed };
}
