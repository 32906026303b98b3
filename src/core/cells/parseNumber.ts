import type { CellValue } from "./cell";

/** Currency signs and codes a number cell may carry: ¥120,000 · RMB 120000 · $95,000 · 120000元. */
const CURRENCY =
  /^(?:[¥￥$€£₩₹]|rmb|cny|usd|eur|gbp|hkd|jpy|sgd|元|人民币)|(?:[¥￥$€£]|rmb|cny|usd|eur|gbp|hkd|jpy|sgd|元|人民币)$/i;

/** Multipliers users type after a number: 12万 = 120,000; 120k = 120,000; 1.2亿; 30w = 30万 (as Chinese pay is typed). */
const SUFFIX: Readonly<Record<string, number>> = {
  k: 1e3,
  K: 1e3,
  千: 1e3,
  万: 1e4,
  萬: 1e4,
  w: 1e4,
  W: 1e4,
  亿: 1e8,
  億: 1e8,
};

/** "A year" after an amount: 120,000元/年 · 120k p.a. · £30,000 per annum · 30w/年 (a month is not read as a year). */
const PER_YEAR = /(?:\/(?:年|yr|year|annum|a)|每年|peryear|perannum|p\.?a\.?|年薪)$/i;

/**
 * Whether a number cell's text says its amount is a year's (`144,000元/年`, `£30,000 p.a.`, `30w/年`): a monthly
 * salary column reads such a cell as the year it states. Numbers, and text ending in a digit, say no period.
 */
export function saysPerYear(value: CellValue | undefined): boolean {
  if (typeof value !== "string" || value.length < 2) return false;
  const last = value.charCodeAt(value.length - 1);
  if (last >= 48 && last <= 57) return false;
  return PER_YEAR.test(value.normalize("NFKC").replace(/[\s\u00a0]/g, ""));
}

const PLAIN = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;
const THOUSANDS = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d*)?$/;
const DECIMAL_COMMA = /^[+-]?\d+,\d+$/;
/** Indian grouping: 1,20,000 and 12,50,000.50 (lakhs: two digits a group above the thousands). */
const LAKHS = /^[+-]?\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d*)?$/;
/** European style: 1.234,50 (dots group thousands, the comma is the decimal point). */
const EUROPEAN = /^[+-]?\d{1,3}(?:\.\d{3})+,\d+$/;

/**
 * A number as Excel users type it: 1200 · 1,200 · ¥120,000 · 1.2e5 · 50% · (1,200) · 12万 · 120k · 30w ·
 * 1,20,000 (lakhs) · 12’000 · 120,000元/年 · £30,000 p.a. · full-width digits · numbers stored as text. Returns undefined when the cell is not a number.
 * Blank cells are not numbers either: callers decide what blank means.
 */
export function parseNumber(value: CellValue): number | undefined {
  if (typeof value === "number") return Number.isFinite(value) ? value : undefined;
  if (typeof value !== "string") return undefined;
  let text = value
    .normalize("NFKC")
    .trim()
    .replace(/[\s\u00a0'\u2019]/g, "");
  if (text === "") return undefined;

  let sign = 1;
  if (/^\(.*\)$/.test(text)) {
    sign = -1;
    text = text.slice(1, -1);
  }
  if (text.startsWith("-") || text.startsWith("+")) {
    if (text[0] === "-") sign = -sign;
    text = text.slice(1);
  }
  let scale = 1;
  if (text.endsWith("%")) {
    scale = 0.01;
    text = text.slice(0, -1);
  }
  text = text.replace(PER_YEAR, "");
  for (let stripped = text.replace(CURRENCY, ""); stripped !== text; stripped = text.replace(CURRENCY, ""))
    text = stripped;
  const last = text.slice(-1);
  if (SUFFIX[last] !== undefined && text.length > 1) {
    scale *= SUFFIX[last];
    text = text.slice(0, -1);
  }

  let parsed: number;
  if (PLAIN.test(text)) parsed = Number(text);
  else if (THOUSANDS.test(text)) parsed = Number(text.replace(/,/g, ""));
  else if (LAKHS.test(text)) parsed = Number(text.replace(/,/g, ""));
  else if (DECIMAL_COMMA.test(text)) parsed = Number(text.replace(",", "."));
  else if (EUROPEAN.test(text)) parsed = Number(text.replace(/\./g, "").replace(",", "."));
  else return undefined;
  if (!Number.isFinite(parsed)) return undefined;
  // Scale by division for fractions so 55% is 0.55, not 0.5500000000000001.
  const result = scale < 1 ? parsed / (1 / scale) : parsed * scale;
  return sign * result;
}

/**
 * Number text written with a decimal comma (`120.000,50`, `0,5`, `80.000`) as the same number written with a
 * decimal point and no grouping (`120000.50`, `0.5`, `80000`), for {@link parseNumber}. Text that is not a number
 * of that shape is returned as it is.
 */
export function readDecimalCommaText(text: string): string {
  const trimmed = text.replace(/[\s\u00a0]/g, "");
  if (!/^[^\d]*[+-]?[\d.]+(?:,\d+)?[^\d]*$/.test(trimmed)) return text;
  return trimmed.replace(/\./g, "").replace(",", ".");
}
