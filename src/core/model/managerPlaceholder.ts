/**
 * Reports To texts that mean "reports to no one in this table": UK public-sector organograms write `XX` for a
 * post whose manager is outside the file; HR exports write `N/A`, `-`, `none`, `NULL`, `无`, `空`. Compared
 * trimmed and without case. Only unambiguous words: `0` is left out (it is an ID in many sheets), and a text
 * is a placeholder only when no position has it as its ID (the caller checks that first).
 */
const PLACEHOLDERS: ReadonlySet<string> = new Set([
  "xx",
  "n/a",
  "na",
  "n.a.",
  "-",
  "--",
  "—",
  "–",
  "none",
  "null",
  "nil",
  "no manager",
  "无",
  "空",
  "无上级",
  "/",
  "／",
]);

/** The longest placeholder; longer texts are never one (checked before lower-casing). */
const LONGEST = Math.max(...[...PLACEHOLDERS].map((word) => word.length));

/** True when a Reports To text (trimmed) is a placeholder for "no manager". */
export function isManagerPlaceholder(reportsTo: string): boolean {
  return reportsTo !== "" && reportsTo.length <= LONGEST && PLACEHOLDERS.has(reportsTo.toLowerCase());
}
