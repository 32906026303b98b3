import { isCellError, type CellValue } from "./cell";

/**
 * A cell as text, untrimmed: numbers in their shortest form, booleans as TRUE/FALSE (as Excel shows
 * them), dates as ISO dates, formula errors as their code ("#N/A").
 */
export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return "";
  switch (typeof value) {
    case "string":
      return value;
    case "number":
      return Number.isFinite(value) ? String(value) : "";
    case "boolean":
      return value ? "TRUE" : "FALSE";
  }
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "" : value.toISOString().slice(0, 10);
  return isCellError(value) ? value.error : "";
}
