const MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];

/**
 * The month (1–12) an English month name names, whole or shortened to at least its first three letters ("Mar",
 * "March", "Sept"); undefined for anything else.
 */
export function monthOfName(name: string): number | undefined {
  const lower = name.toLowerCase();
  if (lower.length < 3) return undefined;
  for (let m = 0; m < 12; m++) if (MONTHS[m].startsWith(lower)) return m + 1;
  return undefined;
}
