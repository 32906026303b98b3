import { loadScript } from "./loadScript";
import { officeHostReason, readOfficeHostSignals } from "./officeHostSignals";

/** Where the task pane runs. */
export interface OfficeHostInfo {
  /** True only when Office reported that the pane runs in Excel. */
  inExcel: boolean;
  /** Office's display language ("zh-CN", "en-US"), when in Excel. */
  displayLanguage?: string;
}

/** The office.js Microsoft requires add-ins to load from its CDN (AppSource rule). */
export const OFFICE_JS_URL = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/** How long loading office.js, and then `Office.onReady`, may each take before the pane gives up on Excel. */
export const DEFAULT_OFFICE_TIMEOUT_MS = 15_000;

const NOT_IN_EXCEL: OfficeHostInfo = { inExcel: false };

type OfficeGlobal = Pick<typeof Office, "onReady"> & { context?: { displayLanguage?: string } };

function officeGlobal(): OfficeGlobal | undefined {
  const office = (globalThis as { Office?: OfficeGlobal }).Office;
  return office && typeof office.onReady === "function" ? office : undefined;
}

function withTimeout<T>(promise: Promise<T>, timeoutMs: number): Promise<T | undefined> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(undefined), timeoutMs);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      () => {
        clearTimeout(timer);
        resolve(undefined);
      },
    );
  });
}

/**
 * Finds out whether the task pane runs inside Excel. The pane's HTML has no office.js tag: only
 * when the page shows signs of an Office host (see {@link officeHostReason}) is office.js fetched
 * from the CDN, then `Office.onReady` awaited. In a plain browser tab it resolves
 * `{ inExcel: false }` at once, without any network request; when office.js cannot be loaded
 * (offline) or Office does not answer in time, it resolves `{ inExcel: false }` too.
 */
export async function loadOfficeHost(options: { timeoutMs?: number } = {}): Promise<OfficeHostInfo> {
  if (typeof window === "undefined" || typeof document === "undefined") return NOT_IN_EXCEL;
  const timeoutMs = options.timeoutMs ?? DEFAULT_OFFICE_TIMEOUT_MS;
  const reason = officeHostReason(readOfficeHostSignals(window));
  if (!reason) return NOT_IN_EXCEL;

  let found = officeGlobal();
  if (!found) {
    // In a frame that is not Office, office.js would otherwise navigate the page to about:blank.
    if (reason === "frame") (window as { OsfOptOut?: boolean }).OsfOptOut = true;
    const loaded = await loadScript(document, OFFICE_JS_URL, timeoutMs);
    found = officeGlobal();
    if (!loaded || !found) return NOT_IN_EXCEL;
  }
  const office = found;

  const ready = await withTimeout(
    Promise.resolve().then(() => office.onReady()),
    timeoutMs,
  );
  if (!ready || String(ready.host) !== "Excel") return NOT_IN_EXCEL;
  const displayLanguage = office.context?.displayLanguage;
  return displayLanguage ? { inExcel: true, displayLanguage } : { inExcel: true };
}
