/**
 * What the page can tell about its surroundings before office.js is loaded, so that a plain
 * browser tab never fetches office.js at all.
 */
export interface OfficeHostSignals {
  /** `location.search`, e.g. "?_host_Info=Excel$Win32$16.01$en-US$…" or "?office=1". */
  search: string;
  /** `window.name`: Office on the web puts JSON with a `hostInfo` member there. */
  windowName: string;
  /** `sessionStorage.getItem("hostInfoValue")`: where office.js keeps the host info after a navigation. */
  sessionHostInfo: string | null;
  /** The page runs in a frame (Office on the web hosts the task pane in an iframe). */
  inFrame: boolean;
  /** `window.chrome.webview` exists: Microsoft Edge WebView2 (Office on Windows). */
  hasWebView2: boolean;
  /** `window.webkit.messageHandlers` exists: WKWebView (Office on Mac and iPad). */
  hasWebKitMessageHandlers: boolean;
  /** `window.external.GetHostInfo` exists: the older Windows hosts (Trident, EdgeHTML). */
  hasExternalHostInfo: boolean;
}

/** Why the page may be inside Office, or undefined when it is surely a plain browser tab. */
export type OfficeHostReason =
  | "override"
  | "hostInfoQuery"
  | "hostInfoWindowName"
  | "hostInfoSession"
  | "externalHostInfo"
  | "webView2"
  | "webKit"
  | "frame";

function queryParameter(search: string, name: string): string | null {
  try {
    return new URLSearchParams(search).get(name);
  } catch {
    return null;
  }
}

function windowNameHasHostInfo(windowName: string): boolean {
  if (!windowName.includes("hostInfo")) return false;
  try {
    const parsed: unknown = JSON.parse(windowName);
    return (
      typeof parsed === "object" && parsed !== null && typeof (parsed as { hostInfo?: unknown }).hostInfo === "string"
    );
  } catch {
    return false;
  }
}

/**
 * Decides whether office.js is worth loading. `?office=1` forces it and `?office=0` forbids it
 * (tests and local development); otherwise any sign of an Office host counts.
 */
export function officeHostReason(signals: OfficeHostSignals): OfficeHostReason | undefined {
  const override = queryParameter(signals.search, "office");
  if (override === "0") return undefined;
  if (override === "1") return "override";
  if (queryParameter(signals.search, "_host_Info")) return "hostInfoQuery";
  if (windowNameHasHostInfo(signals.windowName)) return "hostInfoWindowName";
  if (signals.sessionHostInfo) return "hostInfoSession";
  if (signals.hasExternalHostInfo) return "externalHostInfo";
  if (signals.hasWebView2) return "webView2";
  if (signals.hasWebKitMessageHandlers) return "webKit";
  if (signals.inFrame) return "frame";
  return undefined;
}

/** True when the page may be inside Office. */
export function mayBeInsideOffice(signals: OfficeHostSignals): boolean {
  return officeHostReason(signals) !== undefined;
}

interface HostWindowExtras {
  chrome?: { webview?: unknown };
  webkit?: { messageHandlers?: unknown };
  external?: { GetHostInfo?: unknown };
}

/** Reads the signals from a window; every probe is guarded (storage and `window.top` can throw). */
export function readOfficeHostSignals(win: Window): OfficeHostSignals {
  const extras = win as unknown as HostWindowExtras;
  let sessionHostInfo: string | null = null;
  try {
    sessionHostInfo = win.sessionStorage?.getItem("hostInfoValue") ?? null;
  } catch {
    sessionHostInfo = null;
  }
  let inFrame: boolean;
  try {
    inFrame = win.self !== win.top;
  } catch {
    inFrame = true; // a cross-origin parent makes window.top throw: we are framed
  }
  let hasExternalHostInfo = false;
  try {
    hasExternalHostInfo = typeof extras.external?.GetHostInfo !== "undefined";
  } catch {
    hasExternalHostInfo = false;
  }
  return {
    search: win.location?.search ?? "",
    windowName: typeof win.name === "string" ? win.name : "",
    sessionHostInfo,
    inFrame,
    hasWebView2: Boolean(extras.chrome?.webview),
    hasWebKitMessageHandlers: Boolean(extras.webkit?.messageHandlers),
    hasExternalHostInfo,
  };
}
