/**
 * A header's comparable form: width-folded (full-width letters and digits become ASCII),
 * lower-cased, with bracketed notes ("年薪（元）", "Salary (CNY)") and every space, punctuation
 * and symbol removed. "Reports To", "reports_to", "ＲＥＰＯＲＴＳ ＴＯ" and "reportsTo" all give
 * "reportsto".
 */
export function normalizeHeader(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/\([^)]*\)|\[[^\]]*\]|【[^】]*】|<[^>]*>/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, "");
}
