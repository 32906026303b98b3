import { ticksToAmount } from "../../core/cost/decimal";
import { formatLocaleNumber, formatMoney } from "../../core/findings/localeFormat";
import type { Lang } from "../../i18n";

/** The sign a change is written with: "+" for more, the minus sign "−" for less, none for no change. */
function sign(value: number): string {
  return value > 0 ? "+" : value < 0 ? "\u2212" : "";
}

/** A change in a count or FTE, signed ("+3", "−1.5", "0"). */
export function formatCountDelta(lang: Lang, value: number, maximumFractionDigits = 2): string {
  const rounded = Number(value.toFixed(maximumFractionDigits));
  return `${sign(rounded)}${formatLocaleNumber(lang, Math.abs(rounded), maximumFractionDigits)}`;
}

/** A change in money (ticks), signed, in the currency ("+CN¥12,000.00", "−$950.50"). */
export function formatMoneyDelta(lang: Lang, ticks: number, currency: string): string {
  const amount = ticksToAmount(ticks);
  return `${sign(amount)}${formatMoney(lang, Math.abs(amount), currency)}`;
}

/** An amount of money (ticks), unsigned, in the currency. */
export function formatTicks(lang: Lang, ticks: number, currency: string): string {
  return formatMoney(lang, ticksToAmount(ticks), currency);
}
