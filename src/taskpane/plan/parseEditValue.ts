import { parseNumber } from "../../core/cells/parseNumber";
import { scaleDecimal } from "../../core/cost/decimal";

/** What the FTE / salary input of a plan's card accepts. */
export type EditValueKind = "fte" | "salary";

/** The FTE a position may be given in a plan (the checks flag over 1; 1.5 leaves room for overtime posts). */
export const FTE_RANGE = { min: 0, max: 1.5 } as const;

export type ParsedEditValue =
  | { ok: true; value: number | null }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "outOfRange"; min: number; max: number };

/**
 * The number a user typed for a plan's FTE or salary, as Excel users type numbers in either language (1,200 · 12万 ·
 * ¥120,000 · full-width digits · 0.5 · 50%). An empty salary clears it (null); an empty FTE is not a number.
 */
export function parseEditValue(kind: EditValueKind, text: string): ParsedEditValue {
  if (text.trim() === "") return kind === "salary" ? { ok: true, value: null } : { ok: false, reason: "invalid" };
  const value = parseNumber(text);
  if (value === undefined) return { ok: false, reason: "invalid" };
  if (kind === "fte") {
    if (value < FTE_RANGE.min || value > FTE_RANGE.max) return { ok: false, reason: "outOfRange", ...FTE_RANGE };
    return { ok: true, value };
  }
  if (value < 0) return { ok: false, reason: "outOfRange", min: 0, max: Number.MAX_SAFE_INTEGER };
  // Money is kept to the cent, rounded half up on the decimal typed.
  return { ok: true, value: scaleDecimal(value, 2) / 100 };
}
