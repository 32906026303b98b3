import type { Lang } from "../../i18n";
import type { SheetSpec } from "../sheet/sheetSpec";
import { operationsCenterSample } from "./operationsCenter";
import { operationsCenterDepartments } from "./operationsCenterDepartments";

/**
 * The whole sample workbook: the Positions sheet (active) and the Departments sheet. The capability
 * catalogue is the default one (no Capabilities sheet), as in a workbook a user starts from. Both are
 * data the user goes on to edit (`role: "data"`), not reports.
 */
export function operationsCenterWorkbook(lang: Lang): SheetSpec[] {
  return [operationsCenterSample(lang), operationsCenterDepartments(lang)].map((spec) => ({ ...spec, role: "data" }));
}
