/**
 * A department's or team's comparable form: width-folded (full-width letters and digits become ASCII), lower-cased,
 * with every space, punctuation mark and symbol removed. "Data Analysis", "data-analysis" and "ＤＡＴＡ ＡＮＡＬＹＳＩＳ"
 * are one department; "运营部（上海）" and "运营部（杭州）" stay two (bracketed text is kept, unlike in headers).
 * A name of only spaces or punctuation compares as "" (no department).
 */
export function normalizeUnitName(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "");
}
