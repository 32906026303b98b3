/**
 * What each long main-thread task of a Chromium trace was (issue 9 §2: every task at 100k under 100 ms): the trace's
 * `RunTask` events of the page's main thread of `minMs` or more, each with the events inside it that took the time
 * (script, garbage collection, style, layout, paint, a message's structured clone) and the functions the V8 sampling
 * profiler caught most (self time), resolved through the bundle's source map where there is one.
 *
 * Recorded with playwright-core's `browser.startTracing(page, { categories: TRACE_CATEGORIES })`.
 */

import { writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

/** devtools.timeline for tasks and their events, the V8 CPU profiler for the functions. */
export const TRACE_CATEGORIES = [
  "devtools.timeline",
  "disabled-by-default-devtools.timeline",
  "v8",
  "v8.execute",
  "disabled-by-default-v8.cpu_profiler",
  "blink.user_timing",
];

interface TraceEvent {
  name: string;
  cat?: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  id?: string;
  args?: { name?: string; data?: Record<string, unknown> };
}

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}

/** Where a minified frame came from: the original file, line and name (a source map's answer), or undefined. */
export type FrameResolver = (frame: CallFrame) => string | undefined;

export interface LongTask {
  /** Start (ms) from `origin`; duration (ms). */
  start: number;
  duration: number;
  /** Inside the task, by name: total ms of each kind of event (nested events counted in their own line too). */
  events: { name: string; ms: number }[];
  /** The functions most often on top of the stack (self time, ms). */
  functions: { frame: string; ms: number }[];
  /** The project's own functions (`src/`) nearest the top of the stack (time in them and what they called, ms). */
  ours: { frame: string; ms: number }[];
}

const INTERESTING = new Set([
  "FunctionCall",
  "EvaluateScript",
  "v8.run",
  "TimerFire",
  "FireAnimationFrame",
  "EventDispatch",
  "V8.GC_SCAVENGER",
  "MinorGC",
  "MajorGC",
  "V8.GCScavenger",
  "V8.GCFinalizeMC",
  "V8.GC_MC_BACKGROUND_MARKING",
  "V8.GCIncrementalMarking",
  "UpdateLayoutTree",
  "Layout",
  "Paint",
  "PrePaint",
  "Layerize",
  "Commit",
  "HitTest",
  "ParseHTML",
  "v8.compile",
  "v8.parseOnBackground",
  "V8.DeserializeContext",
  "v8.deserializeValue",
  "ParseAuthorStyleSheet",
  "RecalculateStyles",
  "ScheduleStyleRecalculation",
  "BlinkGC.AtomicPhase",
  "ThreadState::performIdleLazySweep",
]);

function mainThreads(events: TraceEvent[]): Set<string> {
  const threads = new Set<string>();
  for (const event of events)
    if (event.ph === "M" && event.name === "thread_name" && event.args?.name === "CrRendererMain")
      threads.add(`${event.pid}:${event.tid}`);
  return threads;
}

interface Samples {
  times: number[];
  /** The sampled stack, top frame first. */
  stacks: CallFrame[][];
}

/** The CPU profiler's samples per thread: each sample's time (µs, the trace's clock) and its top frame. */
function profileSamples(events: TraceEvent[]): Map<string, Samples> {
  const byId = new Map<
    string,
    { thread: string; time: number; nodes: Map<number, CallFrame>; parents: Map<number, number> }
  >();
  const out = new Map<string, Samples>();
  for (const event of events) {
    if (event.name === "Profile" && event.id !== undefined) {
      const start = Number((event.args?.data as { startTime?: number } | undefined)?.startTime ?? event.ts);
      byId.set(`${event.pid}:${event.id}`, {
        thread: `${event.pid}:${event.tid}`,
        time: start,
        nodes: new Map(),
        parents: new Map(),
      });
    } else if (event.name === "ProfileChunk" && event.id !== undefined) {
      const profile = byId.get(`${event.pid}:${event.id}`);
      if (!profile) continue;
      const data = event.args?.data as
        | {
            cpuProfile?: { nodes?: { id: number; callFrame: CallFrame; parent?: number }[]; samples?: number[] };
            timeDeltas?: number[];
          }
        | undefined;
      for (const node of data?.cpuProfile?.nodes ?? []) {
        profile.nodes.set(node.id, node.callFrame);
        if (node.parent !== undefined) profile.parents.set(node.id, node.parent);
      }
      const samples = data?.cpuProfile?.samples ?? [];
      const deltas = data?.timeDeltas ?? [];
      let list = out.get(profile.thread);
      if (!list) out.set(profile.thread, (list = { times: [], stacks: [] }));
      for (let i = 0; i < samples.length; i++) {
        profile.time += deltas[i] ?? 0;
        const stack: CallFrame[] = [];
        for (let id: number | undefined = samples[i]; id !== undefined; id = profile.parents.get(id)) {
          const frame = profile.nodes.get(id);
          if (frame) stack.push(frame);
        }
        if (stack.length > 0) {
          list.times.push(profile.time);
          list.stacks.push(stack);
        }
      }
    }
  }
  return out;
}

function describeFrame(frame: CallFrame, resolve?: FrameResolver): string {
  const resolved = resolve?.(frame);
  if (resolved) return resolved;
  const file = frame.url ? frame.url.replace(/^.*\//, "") : "";
  return `${frame.functionName || "(anonymous)"}${file ? ` ${file}:${frame.lineNumber + 1}:${frame.columnNumber + 1}` : ""}`;
}

/** The long tasks of the page's main thread(s) in a trace, from `originUs` (µs, the trace's clock) on. */
export function longTasksOfTrace(
  trace: { traceEvents: TraceEvent[] } | TraceEvent[],
  options: { minMs?: number; resolve?: FrameResolver; top?: number } = {},
): LongTask[] {
  const events = Array.isArray(trace) ? trace : trace.traceEvents;
  const minUs = (options.minMs ?? 50) * 1000;
  const threads = mainThreads(events);
  const samples = profileSamples(events);
  const tasks = events
    .filter((e) => e.ph === "X" && e.name === "RunTask" && (e.dur ?? 0) >= minUs && threads.has(`${e.pid}:${e.tid}`))
    .sort((a, b) => a.ts - b.ts);
  const inside = events.filter(
    (e) => e.ph === "X" && e.name !== "RunTask" && INTERESTING.has(e.name) && threads.has(`${e.pid}:${e.tid}`),
  );
  const origin = tasks[0]?.ts ?? 0;
  return tasks.map((task) => {
    const end = task.ts + task.dur!;
    const thread = `${task.pid}:${task.tid}`;
    const byName = new Map<string, number>();
    for (const e of inside)
      if (`${e.pid}:${e.tid}` === thread && e.ts >= task.ts && e.ts < end)
        byName.set(e.name, (byName.get(e.name) ?? 0) + (e.dur ?? 0) / 1000);
    const counts = new Map<string, number>();
    const ours = new Map<string, number>();
    const threadSamples = samples.get(thread);
    let interval = 0;
    if (threadSamples) {
      const { times, stacks } = threadSamples;
      let n = 0;
      for (let i = 0; i < times.length; i++) {
        if (times[i] < task.ts || times[i] >= end) continue;
        n++;
        const key = describeFrame(stacks[i][0], options.resolve);
        counts.set(key, (counts.get(key) ?? 0) + 1);
        const own = stacks[i].map((frame) => describeFrame(frame, options.resolve)).find((f) => f.includes("src/"));
        if (own) ours.set(own, (ours.get(own) ?? 0) + 1);
      }
      interval = n > 0 ? task.dur! / 1000 / n : 0;
    }
    const ranked = (map: Map<string, number>) =>
      [...map]
        .map(([frame, count]) => ({ frame, ms: count * interval }))
        .sort((a, b) => b.ms - a.ms)
        .slice(0, options.top ?? 8);
    return {
      start: (task.ts - origin) / 1000,
      duration: task.dur! / 1000,
      events: [...byName].map(([name, ms]) => ({ name, ms })).sort((a, b) => b.ms - a.ms),
      functions: ranked(counts),
      ours: ranked(ours),
    };
  });
}

/** Light categories for every measured run: the tasks with their thread (CPU) time, and the page's marks. */
export const TASK_CATEGORIES = ["disabled-by-default-devtools.timeline", "blink.user_timing"];

/**
 * The longest main-thread task between two of the page's `performance.mark`s, by wall time and by the thread's CPU
 * time (`tdur`): on a loaded machine a task waits for a core and its wall time stretches several times (load 20 on
 * 2 cores: 5×); its CPU time is what the pane's code costs. Both 0 when no task reached `minMs` (wall).
 */
export function longestTaskBetweenMarks(
  trace: { traceEvents: TraceEvent[] } | TraceEvent[],
  fromMark: string,
  toMark: string,
  minMs = 0,
): { wall: number; cpu: number } {
  const events = Array.isArray(trace) ? trace : trace.traceEvents;
  const at = (name: string) =>
    events.filter((e) => e.name === name && (e.cat ?? "").includes("user_timing")).at(-1)?.ts;
  const from = at(fromMark);
  const to = at(toMark);
  if (from === undefined || to === undefined) throw new Error(`marks ${fromMark}, ${toMark} not in the trace`);
  const threads = mainThreads(events);
  let wall = 0;
  let cpu = 0;
  for (const e of events) {
    if (e.ph !== "X" || e.name !== "RunTask" || !threads.has(`${e.pid}:${e.tid}`)) continue;
    const dur = e.dur ?? 0;
    if (e.ts >= to || e.ts + dur <= from || dur < minMs * 1000) continue;
    wall = Math.max(wall, dur / 1000);
    cpu = Math.max(cpu, ((e as { tdur?: number }).tdur ?? dur) / 1000);
  }
  return { wall, cpu };
}

/** Keeps a trace where Chromium's DevTools can open it (Performance panel → Load profile): the path. */
export function saveTrace(trace: Buffer, name: string): string {
  const file = path.join(os.tmpdir(), `orgwright-${name}-${Date.now()}.json`);
  writeFileSync(file, trace);
  return file;
}

/** The long tasks as lines for the console. */
export function formatLongTasks(tasks: readonly LongTask[]): string {
  const ms = (value: number) => `${value.toFixed(0)} ms`;
  return tasks
    .map((task) =>
      [
        `task at +${ms(task.start)}: ${ms(task.duration)}`,
        `  events: ${task.events
          .slice(0, 8)
          .map((e) => `${e.name} ${ms(e.ms)}`)
          .join(", ")}`,
        "  self:",
        ...task.functions.map((f) => `  ${ms(f.ms).padStart(7)}  ${f.frame}`),
        "  in our code (nearest src/ frame):",
        ...task.ours.map((f) => `  ${ms(f.ms).padStart(7)}  ${f.frame}`),
      ].join("\n"),
    )
    .join("\n");
}
