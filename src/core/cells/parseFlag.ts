import type { CellValue } from "./cell";

const YES = new Set(["y", "yes", "true", "1", "x", "✓", "✔", "是", "是的", "对", "√", "助理", "assistant"]);

/** A yes/no cell: TRUE, 1, "yes", "x", "✓", "是"… are yes; anything else (blank included) is no. */
export function parseFlag(value: CellValue): boolean {
  if (value === true) return true;
  if (typeof value === "number") return value === 1;
  if (typeof value !== "string") return false;
  return YES.has(value.normalize("NFKC").trim().toLowerCase());
}
