import type { Lang, Translate } from "../i18n";

/** Formats a card's badges in one language and currency; make one per chart, not one per card. */
export interface BadgeFormat {
  /** A count with the language's grouping: "1,234". */
  count(value: number): string;
  /** FTE with up to two decimals, compact from 10,000: "12.5 FTE", "85K FTE"; in Chinese "编制 12.5", "编制 8.5万". */
  fte(value: number): string;
  /** An amount in the chart's currency, compact: "¥1.2M" in English, "¥120万" / "¥1.2亿" in Chinese. */
  cost(value: number): string;
}

const COMPACT_FROM = 10_000;

function localeOf(lang: Lang): string {
  return lang === "zh-CN" ? "zh-CN" : "en-US";
}

/** A compact money format; a currency Intl does not know is written after the number ("1.2M XYZ"). */
function costFormat(locale: string, currency: string): (value: number) => string {
  if (currency !== "") {
    try {
      const format = new Intl.NumberFormat(locale, {
        style: "currency",
        currency,
        currencyDisplay: "narrowSymbol",
        notation: "compact",
      });
      return (value) => format.format(value);
    } catch {
      // Not an ISO 4217 code: fall through to a plain number followed by the code.
    }
  }
  const format = new Intl.NumberFormat(locale, { notation: "compact" });
  return currency === "" ? (value) => format.format(value) : (value) => `${format.format(value)} ${currency}`;
}

/** The badge formats for `lang` and the org's main currency (upper case; "" for none). */
export function badgeFormat(lang: Lang, currency: string, translate: Translate): BadgeFormat {
  const locale = localeOf(lang);
  const counts = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const fte = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const compactFte = new Intl.NumberFormat(locale, { notation: "compact", maximumFractionDigits: 1 });
  const cost = costFormat(locale, currency);
  return {
    count: (value) => counts.format(value),
    fte: (value) =>
      translate("chart.badge.fte", { fte: (Math.abs(value) >= COMPACT_FROM ? compactFte : fte).format(value) }),
    cost,
  };
}
