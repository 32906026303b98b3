import type { MessageKey, Translate } from "../../i18n";
import type { FieldValue } from "../compare/planComparison";
import { cellAddress, formulaString, quoteSheetName } from "../sheet/formulaAddress";
import type { SheetSection, SpecCell } from "../sheet/sheetSpec";
import type { ComparedTable, PlanComparisonSheetInput } from "./planComparisonInput";
import { REPORT_TABLE_STYLE, ROW_FORMAT } from "./reportStyles";

/** Table name of the change list (Excel makes it unique in the workbook: "…_2"). */
export const PLAN_COMPARISON_TABLE = "PlanComparisonChanges";

/** The change list: one line per field of a changed position, one per added, removed and moved position. */
export function changesSection(input: PlanComparisonSheetInput, t: Translate): SheetSection {
  const { comparison } = input;
  const rows: SpecCell[][] = [];
  const baselineLink = (row: number) => rowLink(input.baseline, row, input.baselineFile);
  const planLink = (row: number) => rowLink(input.plan, row);
  const kind = (key: "added" | "removed" | "moved" | "changed") => t(`compare.kind.${key}`);
  for (const position of comparison.added)
    rows.push([
      kind("added"),
      position.id,
      null,
      position.title,
      position.department,
      null,
      null,
      null,
      null,
      planLink(position.row),
    ]);
  for (const position of comparison.removed)
    rows.push([
      kind("removed"),
      position.id,
      position.id,
      position.title,
      position.department,
      null,
      null,
      null,
      baselineLink(position.row),
      null,
    ]);
  for (const position of comparison.moved)
    rows.push([
      kind("moved"),
      position.id,
      position.baselineId,
      position.title,
      position.department,
      t("compare.field.manager"),
      position.fromManager || null,
      position.toManager || null,
      baselineLink(position.baselineRow),
      planLink(position.planRow),
    ]);
  for (const position of comparison.changed)
    for (const change of position.changes)
      rows.push([
        kind("changed"),
        position.id,
        position.baselineId,
        position.title,
        position.department,
        t(`field.${change.field}` as MessageKey),
        fieldCell(change.field, change.before, t),
        fieldCell(change.field, change.after, t),
        baselineLink(position.baselineRow),
        planLink(position.planRow),
      ]);
  return {
    title: t("compare.sheet.changes"),
    table: { name: PLAN_COMPARISON_TABLE, style: REPORT_TABLE_STYLE },
    columns: [
      { header: t("compare.kind"), width: 14 },
      { header: t("compare.sheet.id"), width: 14 },
      { header: t("compare.sheet.baselineId"), width: 14 },
      { header: t("compare.sheet.title"), width: 28 },
      { header: t("compare.department"), width: 20 },
      { header: t("compare.sheet.field"), width: 16 },
      { header: t("compare.sheet.before"), width: 18 },
      { header: t("compare.sheet.after"), width: 18 },
      { header: t("compare.sheet.baselineRow"), width: 12, numberFormat: ROW_FORMAT },
      { header: t("compare.sheet.planRow"), width: 12, numberFormat: ROW_FORMAT },
    ],
    rows,
  };
}

/** A field's value in the change list: numbers stay numbers, a status in words, blank left blank. */
function fieldCell(field: string, value: FieldValue, t: Translate): SpecCell {
  if (value === null || value === "") return null;
  if (field === "status" && (value === "filled" || value === "vacant" || value === "planned" || value === "closed"))
    return t(`compare.status.${value}`);
  return value;
}

/**
 * A link to a row of a side's table, on its Position ID cell, showing the row number: `#'Sheet'!B7` in this
 * workbook, `file.xlsx#'Sheet'!B7` in another.
 */
function rowLink(side: ComparedTable, row: number, file = ""): SpecCell {
  if (!(row > 0)) return null;
  const column = side.grid.firstColumn + (side.analysis.columns.columnOf.id ?? 0);
  const target = `${file}#${quoteSheetName(side.grid.sheetName)}!${cellAddress(column, row)}`;
  return { formula: `HYPERLINK(${formulaString(target)},${row})`, value: row };
}
