/**
 * The page's clocks, as the research note (performance-baselines.md) defines them:
 * - first frame: a `requestAnimationFrame` callback, then a `MessageChannel` task posted from it has run
 *   (the frame went through style, layout, paint recording and commit on the main thread);
 * - frame cost: from the start of the rAF callback that changes the view to the `MessageChannel` task after
 *   that frame (main-thread JS + style + layout + paint).
 */

/** Resolves with `performance.now()` once the task posted from a rAF callback has run. */
function afterFrameTask(resolve: (now: number) => void): void {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    channel.port1.close();
    resolve(performance.now());
  };
  channel.port2.postMessage(undefined);
}

/** The time the next frame has been produced (rAF, then a MessageChannel task posted from it). */
export function nextFrame(): Promise<number> {
  return new Promise((resolve) => requestAnimationFrame(() => afterFrameTask(resolve)));
}

/** One frame whose rAF callback runs `change`; resolves with the frame's cost and the rAF callback's start. */
export function timeFrame(change: () => void): Promise<{ cost: number; start: number; script: number }> {
  return new Promise((resolve) =>
    requestAnimationFrame(() => {
      const start = performance.now();
      change();
      const script = performance.now() - start;
      afterFrameTask((end) => resolve({ cost: end - start, start, script }));
    }),
  );
}

/** Per-frame cost, JS time in the rAF callback, and the interval between successive frames' rAF callbacks. */
export interface FrameSeries {
  costs: number[];
  scripts: number[];
  intervals: number[];
}

/** `count` frames, each changing the view once (frame i runs `change(i)`), within `capMs` in all. */
export async function timeFrames(count: number, change: (i: number) => void, capMs = 20_000): Promise<FrameSeries> {
  const series: FrameSeries = { costs: [], scripts: [], intervals: [] };
  const began = performance.now();
  let previousStart: number | undefined;
  for (let i = 0; i < count && performance.now() - began < capMs; i++) {
    const { cost, start, script } = await timeFrame(() => change(i));
    series.costs.push(cost);
    series.scripts.push(script);
    if (previousStart !== undefined) series.intervals.push(start - previousStart);
    previousStart = start;
  }
  return series;
}
