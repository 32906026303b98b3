/**
 * One set of listeners for every virtual list on the page: a scroll anywhere (captured: any scrolling element), a
 * resized window, and the page's content changing height (a list above measured its rows, a banner appeared), each
 * of which can move a list against the viewport. Listeners run once per animation frame at most, their lists
 * rendered in that frame.
 */

import { flushSync } from "react-dom";

type Listener = () => void;

const listeners = new Set<Listener>();
let frame: number | undefined;
let pageObserver: ResizeObserver | undefined;

function notify(): void {
  frame = undefined;
  // Rendered before this frame is painted: rows scrolled into view never show as empty space first.
  flushSync(() => {
    for (const listener of [...listeners]) listener();
  });
}

/** Runs the listeners in the next frame (once, however many changes come before it). */
export function scheduleViewportCheck(): void {
  if (frame === undefined) frame = requestAnimationFrame(notify);
}

/**
 * The row the user is looking at: the first row of any virtual list in the viewport, where it was, and the page's
 * scroll then. Rows measured at last (their estimated height corrected as they render, re-wrapped by a language
 * switch) and spaces resized above it would move it; the page is scrolled back by as much. (The browser's own scroll
 * anchoring does not: it stands down when an ancestor's padding changes, which is how a list leaves room for rows
 * it does not render; and WebKit has none.)
 */
let anchor: { row: Element; top: number; scrollY: number } | undefined;

/** Notes the first row of a virtual list in the viewport, as the row to keep in place. */
export function recordPageAnchor(): void {
  anchor = undefined;
  const height = window.innerHeight;
  for (const list of document.querySelectorAll("ul[data-virtual-list]")) {
    const box = list.getBoundingClientRect();
    if (box.bottom <= 0 || box.top >= height) continue;
    for (const row of list.querySelectorAll(":scope > [data-virtual-index]")) {
      const rowBox = row.getBoundingClientRect();
      if (rowBox.bottom > 0 && rowBox.top < height) {
        anchor = { row, top: rowBox.top, scrollY: window.scrollY };
        return;
      }
    }
  }
}

/**
 * Scrolls the page so the anchored row is where it was noted, unless the page was scrolled since (the user, or the
 * focus going to a row): then the row in view is noted instead.
 */
export function keepPageAnchor(): void {
  if (anchor && anchor.row.isConnected && window.scrollY === anchor.scrollY) {
    const moved = anchor.row.getBoundingClientRect().top - anchor.top;
    if (Math.abs(moved) >= 0.5) window.scrollBy(0, moved);
  }
  recordPageAnchor();
}

function start(): void {
  // The lists keep the rows in view in place themselves (keepPageAnchor).
  document.documentElement.style.overflowAnchor = "none";
  window.addEventListener("scroll", scheduleViewportCheck, { capture: true, passive: true });
  window.addEventListener("resize", scheduleViewportCheck, { passive: true });
  pageObserver = new ResizeObserver(scheduleViewportCheck);
  pageObserver.observe(document.documentElement);
}

function stop(): void {
  document.documentElement.style.overflowAnchor = "";
  anchor = undefined;
  window.removeEventListener("scroll", scheduleViewportCheck, { capture: true });
  window.removeEventListener("resize", scheduleViewportCheck);
  pageObserver?.disconnect();
  pageObserver = undefined;
  if (frame !== undefined) cancelAnimationFrame(frame);
  frame = undefined;
}

/** Calls `listener` whenever a list may have moved against the viewport; returns the unsubscribe. */
export function onViewportChange(listener: Listener): () => void {
  if (listeners.size === 0) start();
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) stop();
  };
}

/** Whether rows can be measured here (every browser the pane runs in; not jsdom). */
export function canMeasureRows(): boolean {
  return typeof ResizeObserver !== "undefined" && typeof requestAnimationFrame !== "undefined";
}
