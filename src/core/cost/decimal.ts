/**
 * Decimal money without binary floating point where it matters. Amounts are carried as integers:
 * - on-cost lines in cents, computed from integer cents and rates in millionths (ppm) and rounded half up on the
 *   exact decimal value (35,283 × 0.5% = 176.415 → 176.42, where binary floating point gives 176.41);
 * - pay and totals in ticks: 1/10,000 of a currency unit (a hundredth of a cent), so pay is carried unrounded to
 *   the cent and rounded only when it is shown; sums of ticks are exact integer sums (up to 9 × 10^11 units).
 */

/** Ticks per currency unit. */
export const TICKS = 10_000;
/** Ticks per cent. */
export const TICKS_PER_CENT = 100;
/** A rate's scale: 0.5% is 5,000 ppm. */
export const PPM = 1_000_000;

/** 10^0 … 10^8, read instead of computing a power on every call. */
const POWERS_OF_TEN = [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000];
const TWO_TO_50 = 2 ** 50;

/**
 * `value` (a number as the cell held it) × 10^`digits` as an integer, rounded half up on the decimal the cell
 * shows: 1.005 × 100 is 101 (not 100.49999… → 100). Reads the number's shortest decimal form (15 significant
 * digits), the one Excel displays.
 */
export function scaleDecimal(value: number, digits: number): number {
  if (!Number.isFinite(value)) return NaN;
  // Fast path: the scaled value is a whole number already (salaries, FTE 1 or 0.5, most rates).
  const direct = value * (digits < POWERS_OF_TEN.length ? POWERS_OF_TEN[digits] : 10 ** digits);
  if (Number.isInteger(direct) && Math.abs(direct) < TWO_TO_50) return direct;
  // Below 10^12 the float error is far below 0.001: away from a tie, rounding the float rounds the decimal.
  if (Math.abs(direct) < 1e12) {
    const fraction = Math.abs(direct - Math.trunc(direct));
    if (Math.abs(fraction - 0.5) > 1e-3) return Math.round(direct);
  }
  const negative = value < 0;
  const text = Math.abs(value).toPrecision(15);
  if (text.includes("e")) return Math.round(value * 10 ** digits);
  const [whole, fraction = ""] = text.split(".");
  const kept = fraction.slice(0, digits).padEnd(digits, "0");
  const rest = fraction.slice(digits);
  let scaled = Number(whole + kept);
  if (rest !== "" && rest.charCodeAt(0) >= 53 /* "5" */) scaled += 1;
  return negative ? -scaled : scaled;
}

/** `divideHalfUp` for safe integers (numerator, 2 × numerator + denominator and 2 × denominator below 2^53). */
function divideHalfUpSafe(numerator: number, denominator: number): number {
  if (numerator < 0) return -divideHalfUpSafe(-numerator, denominator);
  const twice = 2 * numerator + denominator;
  const over = 2 * denominator;
  let q = Math.floor(twice / over);
  if (q * over > twice) q--;
  else if ((q + 1) * over <= twice) q++;
  return q;
}

/** Integer `numerator / denominator` rounded half up (away from zero for a negative numerator); exact. */
export function divideHalfUp(numerator: number, denominator: number): number {
  if (numerator < 0) return -divideHalfUp(-numerator, denominator);
  const twice = 2 * numerator + denominator;
  const over = 2 * denominator;
  if (Number.isSafeInteger(twice) && Number.isSafeInteger(over)) {
    let q = Math.floor(twice / over);
    // Floating division can be off by one near an integer; correct it with exact integer products.
    if (q * over > twice) q--;
    else if ((q + 1) * over <= twice) q++;
    return q;
  }
  const n = BigInt(numerator);
  const d = BigInt(denominator);
  return Number((2n * n + d) / (2n * d));
}

/** Integer `a × b / denominator` rounded half up, exact even when a × b is beyond 2^53 (then in BigInt). */
export function mulDivHalfUp(a: number, b: number, denominator: number): number {
  const product = a * b;
  if (Number.isSafeInteger(product) && Number.isSafeInteger(2 * product + denominator))
    return divideHalfUpSafe(product, denominator);
  const exact = BigInt(a) * BigInt(b);
  const negative = exact < 0n;
  const magnitude = negative ? -exact : exact;
  const d = BigInt(denominator);
  const rounded = (2n * magnitude + d) / (2n * d);
  return Number(negative ? -rounded : rounded);
}

/** Ticks as a decimal amount rounded half up to the cent (for showing and for JSON). */
export function ticksToAmount(ticks: number): number {
  return divideHalfUp(ticks, TICKS_PER_CENT) / 100;
}

/** Ticks rounded half up to whole cents, still in ticks. */
export function roundTicksToCent(ticks: number): number {
  return divideHalfUp(ticks, TICKS_PER_CENT) * TICKS_PER_CENT;
}
