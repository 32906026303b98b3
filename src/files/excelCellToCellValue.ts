import type { CellValue as ExcelCellValue } from "exceljs";
import type { CellValue } from "../core/cells/cell";

/**
 * An exceljs cell value as the core's {@link CellValue}: rich text and hyperlinks become their plain
 * text, formulas their cached result (an error result stays an error, `{ error: "#REF!" }`), dates
 * stay `Date`s. A formula with no cached result is blank.
 */
export function excelCellToCellValue(value: ExcelCellValue | undefined): CellValue {
  if (value === null || value === undefined) return null;
  switch (typeof value) {
    case "string":
    case "number":
    case "boolean":
      return value;
  }
  if (value instanceof Date) return value;
  const object = value as unknown as Record<string, unknown>;
  if (typeof object.error === "string") return { error: object.error };
  if (Array.isArray(object.richText)) return richTextOf(object.richText);
  if ("formula" in object || "sharedFormula" in object) {
    return excelCellToCellValue(object.result as ExcelCellValue | undefined);
  }
  if ("hyperlink" in object || "text" in object) {
    const text = object.text;
    if (typeof text === "string") return text;
    if (text && typeof text === "object" && Array.isArray((text as { richText?: unknown }).richText)) {
      return richTextOf((text as { richText: unknown[] }).richText);
    }
    return typeof object.hyperlink === "string" ? object.hyperlink : null;
  }
  return null;
}

function richTextOf(runs: unknown[]): string {
  let text = "";
  for (const run of runs) {
    const part = (run as { text?: unknown }).text;
    if (typeof part === "string") text += part;
  }
  return text;
}
