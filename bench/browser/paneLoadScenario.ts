/**
 * In the page of the built pane (dist/taskpane.html): when the new org's first card is drawn, when the analysis is
 * done, and every long main-thread task (PerformanceObserver "longtask": each task of 50 ms or more, with its
 * duration). Installed before the pane's script runs (an init script), read from Node.
 */
export interface PaneLoadMarks {
  /** The file input's change event (the user chose the file). */
  input?: number;
  /** The first card of the new org in the chart's DOM, then the frame that shows it (rAF + MessageChannel task). */
  firstCard?: number;
  firstFrame?: number;
  /** The pane no longer busy (checks and coverage done, every view available). */
  complete?: number;
  /** The progress line (the analysis' stage) appeared. */
  progress?: number;
  longTasks: { start: number; duration: number }[];
}

/** The init script's source (runs in the page; keep it self-contained). */
export function paneLoadInstrumentation(cardSelector: string): string {
  return `(() => {
    const marks = { longTasks: [] };
    window.__paneLoad = marks;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) marks.longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: "longtask", buffered: true });
    document.addEventListener("change", (event) => {
      if (event.target && event.target.getAttribute && event.target.getAttribute("data-testid") === "open-file") {
        marks.input = performance.now();
        performance.mark("orgwright:input");
        delete marks.firstCard; delete marks.firstFrame; delete marks.complete; delete marks.progress;
      }
    }, true);
    const observer = new MutationObserver(() => {
      if (marks.input === undefined) return;
      const now = performance.now();
      if (marks.progress === undefined && document.querySelector("[data-testid='analysis-progress']")) marks.progress = now;
      if (marks.firstCard === undefined && document.querySelector(${JSON.stringify(cardSelector)})) {
        marks.firstCard = now;
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => { marks.firstFrame = performance.now(); performance.mark("orgwright:firstFrame"); };
          channel.port2.postMessage(null);
        });
      }
      const main = document.querySelector("main");
      if (marks.firstCard !== undefined && marks.complete === undefined && main && main.getAttribute("aria-busy") === "false")
        { marks.complete = now; performance.mark("orgwright:complete"); }
    });
    const start = () => observer.observe(document.documentElement, { subtree: true, childList: true, attributes: true, attributeFilter: ["aria-busy", "data-testid"] });
    if (document.documentElement) start(); else document.addEventListener("DOMContentLoaded", start);
  })();`;
}

/** The longest task that overlaps [from, to] (ms), or 0 when none reached 50 ms. */
export function longestTask(marks: PaneLoadMarks, from: number, to: number): number {
  let longest = 0;
  for (const task of marks.longTasks)
    if (task.start < to && task.start + task.duration > from) longest = Math.max(longest, task.duration);
  return longest;
}
