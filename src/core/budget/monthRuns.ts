import type { Lang } from "../../i18n";

const EN_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

interface YearMonth {
  year: number;
  month: number;
}

function parseKey(key: string): YearMonth | undefined {
  const match = /^(\d{4})-(\d{2})$/.exec(key.trim());
  return match ? { year: Number(match[1]), month: Number(match[2]) } : undefined;
}

function ordinal({ year, month }: YearMonth): number {
  return year * 12 + month - 1;
}

function oneRun(first: YearMonth, last: YearMonth, lang: Lang): string {
  const zh = lang === "zh-CN";
  if (ordinal(first) === ordinal(last))
    return zh ? `${first.year}年${first.month}月` : `${EN_MONTHS[first.month - 1]} ${first.year}`;
  if (first.year === last.year)
    return zh
      ? `${first.year}年${first.month}–${last.month}月`
      : `${EN_MONTHS[first.month - 1]}–${EN_MONTHS[last.month - 1]} ${first.year}`;
  return zh
    ? `${first.year}年${first.month}月–${last.year}年${last.month}月`
    : `${EN_MONTHS[first.month - 1]} ${first.year}–${EN_MONTHS[last.month - 1]} ${last.year}`;
}

/**
 * Month keys ("2026-07", comma-separated or as a list) written as runs in the user's language: consecutive months
 * compressed, each run with its year ("Jul–Dec 2026", "Nov 2026–Feb 2027", "Mar 2026, May–Jun 2026"; "2026年7–12月",
 * "2026年11月–2027年2月"). A list with text that is not a month key is kept as written.
 */
export function monthRuns(keys: string | readonly string[], lang: Lang): string {
  const list = typeof keys === "string" ? keys.split(",").filter((key) => key.trim() !== "") : keys;
  const parsed = list.map(parseKey);
  if (parsed.some((month) => month === undefined)) return list.join(", ");
  const months = (parsed as YearMonth[]).sort((a, b) => ordinal(a) - ordinal(b));
  const runs: string[] = [];
  let start = 0;
  for (let i = 1; i <= months.length; i++) {
    if (i < months.length && ordinal(months[i]) <= ordinal(months[i - 1]) + 1) continue;
    runs.push(oneRun(months[start], months[i - 1], lang));
    start = i;
  }
  return runs.join(lang === "zh-CN" ? "、" : ", ");
}
