/**
 * Excel on the web refuses a request or a response over 5 MB (`RequestPayloadSizeLimitExceeded`,
 * `ResponsePayloadSizeLimitExceeded`). The adapter sizes each request by an estimate of its
 * serialized bytes and keeps a margin under the limit for what the estimate does not see (the
 * request's own envelope: object paths, addresses, property names).
 *
 * The estimate is JSON as Office.js sends it, counted pessimistically: every character outside
 * ASCII as a `\uXXXX` escape (6 bytes; in UTF-8 it would be 2–3 bytes, so CJK text is over-counted
 * two-fold rather than ever under-counted), control characters as escapes, quotes and backslashes
 * as two bytes.
 */

/** Excel on the web's limit for one request or one response. */
export const EXCEL_PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;

/** Cell data per request: 4 MB, a fifth under the limit. */
export const DEFAULT_PAYLOAD_BUDGET_BYTES = 4 * 1024 * 1024;

/** The error codes Excel gives a request or a response over the limit. */
export const PAYLOAD_TOO_LARGE_CODES: readonly string[] = [
  "RequestPayloadSizeLimitExceeded",
  "ResponsePayloadSizeLimitExceeded",
];

/** True when Excel refused a request (or its response) for its size. */
export function isPayloadTooLarge(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" && PAYLOAD_TOO_LARGE_CODES.includes(code);
}

/** Serialized bytes of one text, quotes included (see the module's note on the assumption). */
export function textBytes(text: string): number {
  let bytes = 2;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x20) bytes += 6;
    else if (code === 0x22 || code === 0x5c) bytes += 2;
    else if (code < 0x80) bytes += 1;
    else bytes += 6; // a surrogate pair counts twice: 12
  }
  return bytes;
}

/** Serialized bytes of one cell's value, with the comma after it. */
export function cellBytes(value: unknown): number {
  if (typeof value === "string") return textBytes(value) + 1;
  if (typeof value === "number") return (Number.isFinite(value) ? String(value).length : 4) + 1;
  if (typeof value === "boolean") return (value ? 4 : 5) + 1;
  return 5; // null, or anything else Office.js would send as a short token
}

/** Serialized bytes of one row of cells, brackets included. */
export function rowBytes(row: readonly unknown[]): number {
  let bytes = 3;
  for (let c = 0; c < row.length; c++) bytes += cellBytes(row[c]);
  return bytes;
}

/**
 * Consecutive slices of `rows` (from `start`), each within `budgetBytes` of estimated data and
 * `maxRows` rows; a row bigger than the budget on its own gets a slice of its own.
 */
export function sliceRowsByBytes(
  rowSizes: readonly number[],
  budgetBytes: number,
  maxRows: number,
): { offset: number; count: number }[] {
  const slices: { offset: number; count: number }[] = [];
  let offset = 0;
  while (offset < rowSizes.length) {
    let count = 0;
    let bytes = 0;
    while (offset + count < rowSizes.length && count < maxRows) {
      const next = rowSizes[offset + count];
      if (count > 0 && bytes + next > budgetBytes) break;
      bytes += next;
      count++;
    }
    slices.push({ offset, count });
    offset += count;
  }
  return slices;
}
