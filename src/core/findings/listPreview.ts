/** The first few items joined for a message ("A, B, C, … (+12)"); the finding itself keeps them all. */
export function listPreview(items: readonly (string | number)[], max = 5): string {
  if (items.length <= max) return items.join(", ");
  return `${items.slice(0, max).join(", ")}, … (+${items.length - max})`;
}
