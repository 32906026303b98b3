import type { Lang } from "../../i18n";

/** The Intl locale a language writes numbers, money and dates in. */
export function intlLocaleOf(lang: Lang): string {
  return lang === "zh-CN" ? "zh-CN" : "en-US";
}

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
  let format = cache.get(key) as T | undefined;
  if (!format) cache.set(key, (format = make()));
  return format;
}

/** A count or amount as the language writes it ("12,345.5"), up to `maximumFractionDigits` decimals. */
export function formatLocaleNumber(lang: Lang, value: number, maximumFractionDigits = 2): string {
  // Whole numbers below 1,000 read the same in every language supported (no grouping, no decimals): spare Intl.
  if (Number.isInteger(value) && value < 1000 && (value > 0 || Object.is(value, 0))) return String(value);
  const locale = intlLocaleOf(lang);
  return cached(
    `n|${locale}|${maximumFractionDigits}`,
    () => new Intl.NumberFormat(locale, { maximumFractionDigits }),
  ).format(value);
}

/**
 * A decimal amount of money with its currency, two decimals ("CN¥13,654.52", "£249.95"). An unknown or
 * blank currency code is written before the number ("XYZ 12.00").
 */
export function formatMoney(lang: Lang, amount: number, currency: string): string {
  const locale = intlLocaleOf(lang);
  const code = currency.trim().toUpperCase();
  if (/^[A-Z]{3}$/.test(code)) {
    try {
      return cached(
        `m|${locale}|${code}`,
        () => new Intl.NumberFormat(locale, { style: "currency", currency: code, minimumFractionDigits: 2 }),
      ).format(amount);
    } catch {
      // fall through: not a currency Intl knows
    }
  }
  const number = cached(
    `m|${locale}|`,
    () => new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
  ).format(amount);
  return code === "" ? number : `${code} ${number}`;
}

/** A fraction as a percentage ("15.5%"). */
export function formatPercent(lang: Lang, fraction: number): string {
  const locale = intlLocaleOf(lang);
  return cached(
    `p|${locale}`,
    () => new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 3 }),
  ).format(fraction);
}

/** An ISO date ("2025-03-01") the language's way ("Mar 1, 2025", "2025年3月1日"); other text as is. */
export function formatIsoDate(lang: Lang, iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  const locale = intlLocaleOf(lang);
  return cached(`d|${locale}`, () => new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" })).format(
    date,
  );
}
