/**
 * The browser half of `npm run bench`: Orgwright's chart against d3-org-chart (npm) on the same generated orgs,
 * in headless Debian Chromium driven by playwright-core, in one run. Timing definitions are the research note's
 * (docs: /work/shared/research/performance-baselines.md): "first frame" is a rAF callback plus a MessageChannel
 * task posted from it; a frame's cost runs from the start of the rAF callback that changes the view to that task.
 *
 *   npx tsx bench/browser/runBrowserBench.ts [--sizes 1000,10000,100000] [--peer-sizes 1000,5000,10000] [--runs 5]
 *       [--seed 42] [--no-pane] [--unthrottled] [--json FILE]
 *
 * Every run is a new browser context (a new renderer process and JS heap); the page fetches and parses the rows
 * before the clock starts, then a forced GC (CDP) clears that garbage. Prints tables; exits 1 only when the
 * bench itself breaks.
 */
import { randomUUID } from "node:crypto";
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { chromium, type Browser, type BrowserContext, type CDPSession, type Page } from "playwright-core";
import { describeMachine, type MachineInfo } from "../describeMachine";
import { BenchData } from "./benchData";
import { startBenchServer, type BenchServer } from "./benchServer";
import { buildPageBundle } from "./buildPageBundle";
import { formatBrowserResults } from "./formatBrowserResults";
import { median } from "./frameStats";
import type { OursFirstFrame, OursPan, OursPanOptions } from "./oursScenario";
import type { BenchPageApi } from "./page";
import type { PeerFirstFrame } from "./peerScenario";
import { rendererProcesses } from "./rendererMemory";

export const CHROMIUM_PATH = "/usr/bin/chromium";
/** The flags: no sandbox (root in a container), software rendering, nothing talking to the network. */
export const CHROMIUM_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];
/** With --unthrottled: frames are produced as fast as the main thread allows instead of at 60 Hz. */
export const UNTHROTTLED_FLAGS = ["--disable-gpu-vsync", "--disable-frame-rate-limit"];

export const VIEWPORT = { width: 1280, height: 800 };
export const PANE = { width: 420, height: 800 };
const PAN_FRAMES = 60;
const PEER_PAN_FRAMES = 30;
const PAN_STEP_PX = 40;
const ZOOMED_OUT_CARDS = 1000;
/** Further pans over the densest spot at the research note's scales (cards as plain blocks, no text). */
const DENSE_PAN_SCALES = [0.2, 0.05];

export interface BrowserBenchOptions {
  /** Org sizes for ours (default 1k, 10k, 100k). Pan and memory are measured at the sizes ≥ 10k. */
  sizes: number[];
  /** Org sizes for d3-org-chart (default 1k, 5k, 10k; 50k takes ~40 s and 4 GB). */
  peerSizes: number[];
  /** Measured first-frame runs of ours per size (default 5, after 1 warm-up); pans use the first 3. */
  runs: number;
  seed: number;
  /** Also measure ours in a 420 × 800 pane-sized container (default on). */
  pane: boolean;
  unthrottled: boolean;
  chromiumPath: string;
  log: (line: string) => void;
}

export const DEFAULT_BROWSER_BENCH_OPTIONS: BrowserBenchOptions = {
  sizes: [1_000, 10_000, 100_000],
  peerSizes: [1_000, 5_000, 10_000],
  runs: 5,
  seed: 42,
  pane: true,
  unthrottled: false,
  chromiumPath: CHROMIUM_PATH,
  log: (line) => console.log(line),
};

/** Median and range of one quantity over runs. */
export interface Spread {
  median: number;
  min: number;
  max: number;
  samples: number[];
}

export interface OursFirstFrameResult {
  size: number;
  container: { width: number; height: number };
  runs: number;
  model: Spread;
  treeLayout: Spread;
  scene: Spread;
  render: Spread;
  total: Spread;
  /** Diagnostics (medians): the scene stage's parts, and setScene's own time within "render". */
  sceneParts: { rollups: number; departments: number; findingsAndContent: number };
  renderSync: number;
  cards: number;
  cardsDrawn: number;
  domNodes: number;
  chartWidth: number;
  chartHeight: number;
  openingScale: number;
}

export interface PanResult {
  contender: "Orgwright" | "d3-org-chart";
  size: number;
  start: OursPanOptions["start"] | "initial zoom";
  runs: number;
  frames: number;
  k: number;
  /** Cards in the view (ours: counted from the layout; peer: every card is in the DOM). */
  cardsInView: number;
  /** Median across runs of each run's median / p95 frame cost. */
  median: number;
  p95: number;
  scriptMedian?: number;
  scriptP95?: number;
  intervalMedian: number;
  lod?: string;
}

export interface MemoryResult {
  contender: "Orgwright" | "d3-org-chart";
  size: number;
  /** The page's renderer process, from `ps` after the scenario (before the GC). */
  rendererRssMB: number;
  /** After a forced GC (CDP Performance.getMetrics). */
  jsHeapMB: number;
  domNodes: number;
}

export interface PeerFirstFrameResult {
  size: number;
  runs: number;
  sync: Spread;
  firstFrame: Spread;
  settled: Spread;
  cards: number;
  domNodes: number;
}

export interface RatioResult {
  size: number;
  oursMs: number;
  peerMs: number;
  /** How many times faster ours reaches the first frame (peer / ours). */
  speedup: number;
}

export interface BrowserBenchResults {
  machine: MachineInfo;
  chromium: string;
  flags: string[];
  bundleKB: number;
  seed: number;
  ours: OursFirstFrameResult[];
  peer: PeerFirstFrameResult[];
  pans: PanResult[];
  memory: MemoryResult[];
  ratios: RatioResult[];
  seconds: number;
}

function spread(samples: number[]): Spread {
  return { median: median(samples), min: Math.min(...samples), max: Math.max(...samples), samples };
}

const PAGE_HTML = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Orgwright browser bench</title>
<style>html,body{margin:0;padding:0;overflow:hidden;background:#fff}#chart{position:relative;overflow:hidden}</style>
</head><body><div id="chart"></div><script src="/bench.js"></script></body></html>`;

/** One fresh browser context with the page loaded, a CDP session and the page's API. */
class BenchPage {
  private constructor(
    readonly context: BrowserContext,
    readonly page: Page,
    readonly cdp: CDPSession,
  ) {}

  static async open(browser: Browser, origin: string, errors: string[]): Promise<BenchPage> {
    const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
    const page = await context.newPage();
    page.on("pageerror", (error) => errors.push(String(error)));
    await page.goto(`${origin}/`);
    await page.waitForFunction(() => "orgwrightBench" in window);
    const cdp = await context.newCDPSession(page);
    await cdp.send("Performance.enable");
    return new BenchPage(context, page, cdp);
  }

  /** Calls the page's API: `bench.call("oursFirstFrame", 1280, 800)`. */
  call<K extends keyof BenchPageApi>(
    name: K,
    ...args: Parameters<BenchPageApi[K]>
  ): Promise<Awaited<ReturnType<BenchPageApi[K]>>> {
    return this.page.evaluate(
      ([method, methodArgs]) => {
        const api = (window as unknown as { orgwrightBench: Record<string, (...a: unknown[]) => unknown> })
          .orgwrightBench;
        return api[method as string](...(methodArgs as unknown[]));
      },
      [name, args] as const,
    ) as Promise<Awaited<ReturnType<BenchPageApi[K]>>>;
  }

  async collectGarbage(): Promise<void> {
    await this.cdp.send("HeapProfiler.collectGarbage");
  }

  async metrics(): Promise<{ jsHeapMB: number; domNodes: number }> {
    const { metrics } = await this.cdp.send("Performance.getMetrics");
    const value = (name: string) => metrics.find((metric) => metric.name === name)?.value ?? NaN;
    return { jsHeapMB: value("JSHeapUsedSize") / 2 ** 20, domNodes: value("Nodes") };
  }

  async close(): Promise<void> {
    await this.context.close();
  }
}

/** The browser process: the one whose command line carries the run's marker (renderers do not). */
function browserPid(marker: string): number {
  const text = execFileSync("ps", ["-eo", "pid=,args="], { encoding: "utf8", maxBuffer: 64 << 20 });
  for (const line of text.split("\n")) {
    const match = /^\s*(\d+)\s+(.*)$/.exec(line);
    if (match && match[2].includes(marker) && !match[2].includes("--type=")) return Number(match[1]);
  }
  throw new Error("cannot find the Chromium browser process");
}

function chromiumVersion(path: string): string {
  try {
    const text = execFileSync(path, ["--version"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
    return text.trim().split("\n").pop() ?? "";
  } catch {
    return "unknown";
  }
}

export async function runBrowserBench(overrides: Partial<BrowserBenchOptions> = {}): Promise<BrowserBenchResults> {
  const options: BrowserBenchOptions = { ...DEFAULT_BROWSER_BENCH_OPTIONS, ...overrides };
  const { log } = options;
  const started = performance.now();
  const machine = describeMachine();
  const bundle = await buildPageBundle();
  log(`page bundle: ${(bundle.bytes / 1024).toFixed(0)} KB (esbuild, ${bundle.ms.toFixed(0)} ms)`);
  const data = new BenchData(options.seed);
  const server: BenchServer = await startBenchServer((path) => {
    if (path === "/") return { type: "text/html; charset=utf-8", body: PAGE_HTML };
    if (path === "/bench.js") return { type: "text/javascript; charset=utf-8", body: bundle.code };
    const match = /^\/data\/(grid|peer)-(\d+)\.json$/.exec(path);
    if (!match) return undefined;
    const size = Number(match[2]);
    return { type: "application/json", body: match[1] === "grid" ? data.gridJson(size) : data.peerJson(size) };
  });
  const marker = `--orgwright-bench=${randomUUID()}`;
  const flags = [...CHROMIUM_FLAGS, ...(options.unthrottled ? UNTHROTTLED_FLAGS : [])];
  const browser = await chromium.launch({
    executablePath: options.chromiumPath,
    headless: true,
    args: [...flags, marker],
  });
  const pid = browserPid(marker);
  const errors: string[] = [];
  const results: BrowserBenchResults = {
    machine,
    chromium: chromiumVersion(options.chromiumPath),
    flags,
    bundleKB: bundle.bytes / 1024,
    seed: options.seed,
    ours: [],
    peer: [],
    pans: [],
    memory: [],
    ratios: [],
    seconds: 0,
  };

  const rendererRssMB = () => rendererProcesses(pid)[0]?.rssMB ?? NaN;
  const checkErrors = () => {
    if (errors.length > 0) throw new Error(`the bench page failed: ${errors.join("; ")}`);
  };

  /** One run of ours: a fresh page, the rows loaded, a GC, then rows → first frame (and pans when asked). */
  const oursRun = async (size: number, container: { width: number; height: number }, pans: boolean) => {
    const bench = await BenchPage.open(browser, server.origin, errors);
    try {
      await bench.call("loadGrid", `/data/grid-${size}.json`);
      await bench.collectGarbage();
      const first: OursFirstFrame = await bench.call("oursFirstFrame", container.width, container.height);
      checkErrors();
      if (first.positions !== size) throw new Error(`ours drew ${first.positions} of ${size} positions`);
      if (first.cardsDrawn === 0) throw new Error(`ours drew no card at ${size}`);
      const panned: OursPan[] = [];
      let memory: MemoryResult | undefined;
      if (pans) {
        const pansToRun: OursPanOptions[] = [
          { frames: PAN_FRAMES, stepPx: PAN_STEP_PX, start: "opening" },
          { frames: PAN_FRAMES, stepPx: PAN_STEP_PX, start: "dense" },
          ...DENSE_PAN_SCALES.map((k): OursPanOptions => ({
            frames: PAN_FRAMES,
            stepPx: PAN_STEP_PX,
            start: "dense",
            k,
          })),
          { frames: PAN_FRAMES, stepPx: PAN_STEP_PX, start: "zoomedOut", cardsInView: ZOOMED_OUT_CARDS },
        ];
        for (const pan of pansToRun) {
          panned.push(await bench.call("oursPanFrames", pan));
        }
        const rss = rendererRssMB();
        await bench.collectGarbage();
        const metrics = await bench.metrics();
        memory = { contender: "Orgwright", size, rendererRssMB: rss, ...metrics };
      }
      checkErrors();
      return { first, panned, memory };
    } finally {
      await bench.close();
    }
  };

  const peerRun = async (size: number, pan: boolean) => {
    const bench = await BenchPage.open(browser, server.origin, errors);
    try {
      await bench.call("loadPeerRows", `/data/peer-${size}.json`);
      await bench.collectGarbage();
      const first: PeerFirstFrame = await bench.call("peerFirstFrame", VIEWPORT.width, VIEWPORT.height);
      checkErrors();
      if (first.cards !== size) throw new Error(`d3-org-chart drew ${first.cards} of ${size} cards`);
      let panned: Awaited<ReturnType<BenchPageApi["peerPanFrames"]>> | undefined;
      let memory: MemoryResult | undefined;
      if (pan) {
        panned = await bench.call("peerPanFrames", PEER_PAN_FRAMES, PAN_STEP_PX);
        const rss = rendererRssMB();
        await bench.collectGarbage();
        const metrics = await bench.metrics();
        memory = { contender: "d3-org-chart", size, rendererRssMB: rss, ...metrics };
      }
      checkErrors();
      return { first, panned, memory };
    } finally {
      await bench.close();
    }
  };

  try {
    const containers = [VIEWPORT, ...(options.pane ? [PANE] : [])];
    for (const size of options.sizes) {
      for (const container of containers) {
        const label = `Orgwright N=${size} ${container.width}×${container.height}`;
        const runs = container === VIEWPORT ? options.runs : Math.min(3, options.runs);
        const withPans = container === VIEWPORT && size >= 10_000;
        log(`${label}: 1 warm-up + ${runs} runs${withPans ? " (pans and memory in the first 3)" : ""}…`);
        await oursRun(size, container, false);
        const firsts: OursFirstFrame[] = [];
        const pans: OursPan[][] = [];
        const memories: MemoryResult[] = [];
        for (let run = 0; run < runs; run++) {
          const measured = await oursRun(size, container, withPans && run < 3);
          firsts.push(measured.first);
          if (measured.panned.length > 0) pans.push(measured.panned);
          if (measured.memory) memories.push(measured.memory);
        }
        const last = firsts[firsts.length - 1];
        results.ours.push({
          size,
          container,
          runs,
          model: spread(firsts.map((f) => f.model)),
          treeLayout: spread(firsts.map((f) => f.treeLayout)),
          scene: spread(firsts.map((f) => f.scene)),
          render: spread(firsts.map((f) => f.render)),
          total: spread(firsts.map((f) => f.total)),
          sceneParts: {
            rollups: median(firsts.map((f) => f.sceneParts.rollups)),
            departments: median(firsts.map((f) => f.sceneParts.departments)),
            findingsAndContent: median(firsts.map((f) => f.sceneParts.findingsAndContent)),
          },
          renderSync: median(firsts.map((f) => f.renderSync)),
          cards: last.cards,
          cardsDrawn: last.cardsDrawn,
          domNodes: last.domNodes,
          chartWidth: last.width,
          chartHeight: last.height,
          openingScale: last.opening.k,
        });
        for (let i = 0; i < (pans[0]?.length ?? 0); i++) {
          const series = pans.map((run) => run[i]);
          results.pans.push({
            contender: "Orgwright",
            size,
            start: series[0].start,
            runs: series.length,
            frames: series[0].frames,
            k: series[0].k,
            cardsInView: median(series.map((s) => s.cardsInView)),
            median: median(series.map((s) => s.median)),
            p95: median(series.map((s) => s.p95)),
            scriptMedian: median(series.map((s) => s.scriptMedian)),
            scriptP95: median(series.map((s) => s.scriptP95)),
            intervalMedian: median(series.map((s) => s.intervalMedian)),
            lod: [...new Set(series.map((s) => s.lod))].join(", "),
          });
        }
        if (memories.length > 0) {
          results.memory.push({
            contender: "Orgwright",
            size,
            rendererRssMB: median(memories.map((m) => m.rendererRssMB)),
            jsHeapMB: median(memories.map((m) => m.jsHeapMB)),
            domNodes: median(memories.map((m) => m.domNodes)),
          });
        }
      }
    }

    for (const size of options.peerSizes) {
      // d3-org-chart takes ~0.5 s per 1k expanded cards here: fewer runs as N grows.
      const runs = size <= 1_000 ? 3 : size <= 5_000 ? 3 : size <= 10_000 ? 2 : 1;
      const warmup = size <= 1_000;
      log(`d3-org-chart N=${size}: ${warmup ? "1 warm-up + " : ""}${runs} runs (pan and memory in the last)…`);
      if (warmup) await peerRun(size, false);
      const firsts: PeerFirstFrame[] = [];
      for (let run = 0; run < runs; run++) {
        const measured = await peerRun(size, run === runs - 1);
        firsts.push(measured.first);
        if (measured.panned) {
          results.pans.push({
            contender: "d3-org-chart",
            size,
            start: "initial zoom",
            runs: 1,
            frames: measured.panned.frames,
            k: measured.panned.k,
            cardsInView: size,
            median: measured.panned.median,
            p95: measured.panned.p95,
            intervalMedian: measured.panned.intervalMedian,
          });
        }
        if (measured.memory) results.memory.push(measured.memory);
      }
      results.peer.push({
        size,
        runs,
        sync: spread(firsts.map((f) => f.sync)),
        firstFrame: spread(firsts.map((f) => f.firstFrame)),
        settled: spread(firsts.map((f) => f.settled)),
        cards: firsts[0].cards,
        domNodes: firsts[firsts.length - 1].domNodes,
      });
    }
  } finally {
    await browser.close();
    await server.close();
  }

  // Ours at equal N in the same run (the viewport-sized container, as the peer's).
  for (const peer of results.peer) {
    const ours = results.ours.find((o) => o.size === peer.size && o.container === VIEWPORT);
    if (ours) {
      results.ratios.push({
        size: peer.size,
        oursMs: ours.total.median,
        peerMs: peer.firstFrame.median,
        speedup: peer.firstFrame.median / ours.total.median,
      });
    }
  }
  results.seconds = (performance.now() - started) / 1000;
  return results;
}

function parseSizes(flag: string, text: string | undefined): number[] {
  if (text === undefined) throw new Error(`${flag} needs a list of sizes`);
  if (text === "" || text === "none") return [];
  return text.split(",").map((part) => {
    const value = Number(part.trim().replace(/_/g, "").replace(/k$/i, "000"));
    if (!Number.isInteger(value) || value < 1) throw new Error(`${flag}: not a size: "${part}"`);
    return value;
  });
}

const USAGE = `npx tsx bench/browser/runBrowserBench.ts [--sizes 1000,10000,100000] [--peer-sizes 1000,5000,10000]
    [--runs 5] [--seed 42] [--no-pane] [--unthrottled] [--json FILE]
  --sizes        org sizes for Orgwright's chart (pan and memory at the sizes ≥ 10k)
  --peer-sizes   org sizes for d3-org-chart ("none" skips it; 50000 takes ~40 s and 4 GB of memory)
  --runs         measured first-frame runs of Orgwright per size (after 1 warm-up)
  --no-pane      skip the 420 × 800 pane-sized container
  --unthrottled  add ${UNTHROTTLED_FLAGS.join(" ")} (frames not paced at 60 Hz)
  --json         also write the results as JSON`;

export function parseBrowserBenchArgs(argv: readonly string[]): {
  options: Partial<BrowserBenchOptions>;
  json?: string;
} {
  const options: Partial<BrowserBenchOptions> = {};
  let json: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    if (flag === "--sizes") options.sizes = parseSizes(flag, argv[++i]);
    else if (flag === "--peer-sizes") options.peerSizes = parseSizes(flag, argv[++i]);
    else if (flag === "--runs" || flag === "--seed") {
      const value = Number(argv[++i]);
      if (!Number.isInteger(value) || value < 1) throw new Error(`${flag} needs a positive integer`);
      if (flag === "--runs") options.runs = value;
      else options.seed = value;
    } else if (flag === "--no-pane") options.pane = false;
    else if (flag === "--unthrottled") options.unthrottled = true;
    else if (flag === "--json") json = argv[++i];
    else if (flag === "--help" || flag === "-h") {
      console.log(USAGE);
      process.exit(0);
    } else throw new Error(`unknown option ${flag}\n${USAGE}`);
  }
  return { options, json };
}

async function main(): Promise<void> {
  const { options, json } = parseBrowserBenchArgs(process.argv.slice(2));
  const results = await runBrowserBench(options);
  console.log("");
  console.log(formatBrowserResults(results));
  if (json) writeFileSync(json, JSON.stringify(results, null, 2));
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  });
}
