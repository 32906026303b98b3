import { useEffect, useRef } from "react";

/** Whether a key press belongs to a text field (its own undo), not to the pane. */
function inTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target.tagName === "INPUT" || target.tagName === "TEXTAREA";
}

/**
 * The pane's own undo and redo of a plan's edits from the keyboard, while a plan is shown and the focus is in the
 * pane: Ctrl+Z (⌘Z) undoes, Ctrl+Y, Ctrl+Shift+Z (⌘⇧Z) redo. A text field keeps its own undo.
 */
export function usePlanUndoKeys(active: boolean, undo: () => void, redo: () => void): void {
  const latest = useRef({ undo, redo });
  latest.current = { undo, redo };
  useEffect(() => {
    if (!active) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || inTextField(event.target)) return;
      const key = event.key.toLowerCase();
      if (key === "z" && !event.shiftKey) latest.current.undo();
      else if (key === "y" || (key === "z" && event.shiftKey)) latest.current.redo();
      else return;
      event.preventDefault();
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, [active]);
}
