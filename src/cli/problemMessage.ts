import type { SourceProblem } from "../core/sheet/workbookSource";
import type { Translate } from "../i18n";

/** A source problem (file unreadable, sheet not found…) as a localized sentence. */
export function problemMessage(problem: SourceProblem, t: Translate, file: string): string {
  return t(`problem.${problem.code}`, { subject: problem.subject ?? file, detail: problem.detail ?? "" });
}
