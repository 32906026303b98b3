import type { Lang } from "../i18n";

const formats = new Map<string, Intl.NumberFormat>();

/** A number as the language writes it ("9,876,000"; FTE with up to two decimals). */
export function formatNumber(lang: Lang, value: number, maximumFractionDigits = 0): string {
  const key = `${lang}|${maximumFractionDigits}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(lang === "zh-CN" ? "zh-CN" : "en-US", { maximumFractionDigits });
    formats.set(key, format);
  }
  return format.format(value);
}
