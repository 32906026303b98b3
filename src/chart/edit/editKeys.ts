/** What a key does to editing in the chart (besides the arrow keys, which choose the target while moving). */
export type EditKeyCommand = "pickUp" | "drop" | "cancel" | "menu";

/** The modifier keys and the key of a keydown. */
export interface EditKey {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

/**
 * The editing command of a key on a focused card. "M" or Ctrl+X (⌘X) picks the card up; while moving, Enter (or
 * Ctrl+V, ⌘V) drops it on the focused card and Escape cancels; Shift+F10 or the context-menu key opens the card menu.
 */
export function editKeyCommand(event: EditKey, moving: boolean): EditKeyCommand | undefined {
  const command = event.ctrlKey || event.metaKey;
  const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
  if (event.altKey) return undefined;
  if ((key === "F10" && event.shiftKey && !command) || key === "ContextMenu") return moving ? undefined : "menu";
  if (moving) {
    if (key === "Escape") return "cancel";
    if ((key === "Enter" && !command) || (key === "v" && command)) return "drop";
    return undefined;
  }
  if ((key === "m" && !command && !event.shiftKey) || (key === "x" && command)) return "pickUp";
  return undefined;
}
