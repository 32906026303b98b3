import { readOfficeTheme, type OfficeThemeColours } from "./officeTheme";

/**
 * What became of the page's office.js: the pane runs in Excel, or it says why not.
 * - `noOfficeJs`: office.js is not on the page (the CDN could not be reached, or a proxy blocked it);
 * - `noAnswer`: office.js is there but `Office.onReady` did not resolve in time;
 * - `notExcel`: Office answered, but the page is not in Excel (a plain browser tab: host null; or another app).
 */
export type OfficeConnection =
  | { status: "excel"; displayLanguage?: string; theme?: OfficeThemeColours }
  | { status: "noOfficeJs" }
  | { status: "noAnswer" }
  | { status: "notExcel"; host: string | null };

/** The office.js Microsoft requires add-ins to load from its CDN (AppSource rule), in the `<head>` of taskpane.html. */
export const OFFICE_JS_URL = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/** How long `Office.onReady` may take before the pane says that Office does not answer. */
export const DEFAULT_OFFICE_TIMEOUT_MS = 15_000;

type OfficeGlobal = Pick<typeof Office, "onReady"> & {
  context?: { displayLanguage?: string; officeTheme?: unknown };
};

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
 * Waits for the office.js that taskpane.html references in its `<head>` (the page Office loads; the browser page,
 * index.html, has none and never calls this). Never throws and never loads a script itself.
 */
export async function connectToOffice(options: { timeoutMs?: number } = {}): Promise<OfficeConnection> {
  const office = officeGlobal();
  if (!office) return { status: "noOfficeJs" };
  const ready = await withTimeout(
    Promise.resolve().then(() => office.onReady()),
    options.timeoutMs ?? DEFAULT_OFFICE_TIMEOUT_MS,
  );
  if (!ready) return { status: "noAnswer" };
  const host = ready.host == null ? null : String(ready.host);
  if (host !== "Excel") return { status: "notExcel", host };
  let displayLanguage: string | undefined;
  let officeTheme: unknown;
  try {
    displayLanguage = office.context?.displayLanguage;
    officeTheme = office.context?.officeTheme;
  } catch {
    // An older host without these members: the pane falls back to the browser's language and the light theme.
  }
  const theme = readOfficeTheme(officeTheme);
  return {
    status: "excel",
    ...(displayLanguage ? { displayLanguage } : {}),
    ...(theme ? { theme } : {}),
  };
}
