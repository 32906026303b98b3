/** What the fake records of each `context.sync()`, and how it refuses one: sizes, limits and errors as Excel has them. */

/** One `context.sync()`: the cells it loaded (`values`) and wrote, and the addresses read. */
export interface FakeRequest {
  cellsRead: number;
  cellsWritten: number;
  reads: string[];
  /** Bytes of cell data the request carried to Excel (UTF-8 JSON of the values and formulas written). */
  requestBytes: number;
  /** Bytes of cell data Excel sent back (UTF-8 JSON of the values and number formats loaded). */
  responseBytes: number;
  /** Set when Excel refused the request for its size: the error code. */
  refused?: "RequestPayloadSizeLimitExceeded" | "ResponsePayloadSizeLimitExceeded";
  /** Shape operations (method calls and property writes on shapes) the request carried. */
  shapeOperations?: number;
}

/** Excel on the web refuses a request or a response over 5 MB ("RequestPayloadSizeLimitExceeded"). */
export const EXCEL_PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;

/** The bytes a value takes in a request or response: its JSON in UTF-8. */
export function payloadBytes(value: unknown): number {
  return Buffer.byteLength(JSON.stringify(value) ?? "", "utf8");
}

/** What Office.js rejects `context.sync()` with (an OfficeExtension.Error has `code` and `message`). */
export class FakeExcelError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}
