import { readOfficeTheme, type OfficeThemeColours } from "./officeTheme";

/** The parts of office.js the theme is followed through (the `Office` global; a stand-in in tests). */
export interface OfficeThemeHost {
  context?: {
    officeTheme?: unknown;
    document?: {
      addHandlerAsync?: (type: string, handler: (event: unknown) => void, callback?: (result: unknown) => void) => void;
      removeHandlerAsync?: (type: string, options?: unknown, callback?: (result: unknown) => void) => void;
    };
  };
  EventType?: { OfficeThemeChanged?: string };
}

/** Where the pane learns that the user may have been elsewhere (Excel's options, where the theme is chosen). */
export interface PaneWindow {
  addEventListener(type: "focus", listener: () => void): void;
  removeEventListener(type: "focus", listener: () => void): void;
  document: {
    visibilityState: string;
    addEventListener(type: "visibilitychange", listener: () => void): void;
    removeEventListener(type: "visibilitychange", listener: () => void): void;
  };
}

const THEME_CHANGED = "officeThemeChanged";

function sameTheme(a: OfficeThemeColours | undefined, b: OfficeThemeColours | undefined): boolean {
  return (
    a?.bodyBackground === b?.bodyBackground &&
    a?.bodyForeground === b?.bodyForeground &&
    a?.controlBackground === b?.controlBackground &&
    a?.controlForeground === b?.controlForeground
  );
}

/**
 * Follows Office's theme after the pane started (`Office.context.officeTheme` is only a snapshot): where the host
 * signals a change (`OfficeThemeChanged`, which Excel does not raise today: the handler is asked for, guarded), and
 * by reading the theme again whenever the pane regains focus or becomes visible (the theme is changed in Excel's
 * options, away from the pane). Calls `onChange` with the new colours only when they differ from the last seen;
 * returns the function that stops following. Never throws.
 */
export function followOfficeTheme(
  initial: OfficeThemeColours | undefined,
  onChange: (theme: OfficeThemeColours | undefined) => void,
  office: OfficeThemeHost | undefined = (globalThis as unknown as { Office?: OfficeThemeHost }).Office,
  pane: PaneWindow | undefined = typeof window === "undefined" ? undefined : window,
): () => void {
  let last = initial;
  const seen = (officeTheme: unknown) => {
    const theme = readOfficeTheme(officeTheme);
    // A host that stops answering (undefined) keeps the theme the pane has.
    if (theme === undefined || sameTheme(theme, last)) return;
    last = theme;
    onChange(theme);
  };
  const reread = () => {
    try {
      seen(office?.context?.officeTheme);
    } catch {
      // The context went away (the pane is closing): nothing to follow.
    }
  };
  const onVisibility = () => {
    if (pane?.document.visibilityState === "visible") reread();
  };
  const onThemeChanged = (event: unknown) => {
    const carried = (event as { officeTheme?: unknown } | undefined)?.officeTheme;
    if (carried !== undefined) seen(carried);
    else reread();
  };
  const eventType = office?.EventType?.OfficeThemeChanged ?? THEME_CHANGED;
  const document = office?.context?.document;
  let handlerAdded = false;
  try {
    document?.addHandlerAsync?.(eventType, onThemeChanged, (result) => {
      handlerAdded = (result as { status?: string } | undefined)?.status === "succeeded";
    });
  } catch {
    // Hosts that do not know the event throw or fail the call: focus and visibility still follow the theme.
  }
  pane?.addEventListener("focus", reread);
  pane?.document.addEventListener("visibilitychange", onVisibility);
  return () => {
    pane?.removeEventListener("focus", reread);
    pane?.document.removeEventListener("visibilitychange", onVisibility);
    if (!handlerAdded) return;
    try {
      document?.removeHandlerAsync?.(eventType, { handler: onThemeChanged });
    } catch {
      // Nothing left to stop.
    }
  };
}
