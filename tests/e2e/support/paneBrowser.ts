import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from "playwright-core";
import { DIST, REPO_ROOT } from "./buildPane";
import { serveFolder, type StaticServer } from "./staticServer";

export const CHROMIUM_PATH = "/usr/bin/chromium";
export const SCREENSHOTS = path.join(REPO_ROOT, "test-results");

/** office.js's CDN folder (the URL src/excel loads), and the package's copy of it. */
export const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";
const OFFICE_JS_DIST = path.join(REPO_ROOT, "node_modules/@microsoft/office-js/dist");
/** An office.js whose Office.onReady never resolves: an Office host that does not answer. */
const SILENT_OFFICE_JS = "window.Office = { onReady: function () { return new Promise(function () {}); } };";

/** One browser and one static server for a test file. */
export interface PaneSession {
  browser: Browser;
  server: StaticServer;
  close(): Promise<void>;
}

/**
 * One pane session for the calling test file: started before its tests, closed after them. The
 * returned object stands for the session while it is open.
 */
export function paneSessionForFile(): PaneSession {
  let session: PaneSession | undefined;
  beforeAll(async () => {
    session = await startPaneSession();
  });
  afterAll(async () => {
    await session?.close();
  });
  const open = (): PaneSession => {
    if (!session) throw new Error("The pane session is used before beforeAll started it");
    return session;
  };
  return {
    get browser() {
      return open().browser;
    },
    get server() {
      return open().server;
    },
    close: () => open().close(),
  };
}

export async function startPaneSession(): Promise<PaneSession> {
  const server = await serveFolder(DIST);
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
  return {
    browser,
    server,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

export interface OpenPaneOptions {
  /** The browser's language, e.g. "zh-CN". */
  locale?: string;
  /** Which page: the browser page at the server's root (index.html, default) or the page Office loads. */
  page?: "browser" | "taskpane.html";
  /** Query string for the page, e.g. "?lang=zh-CN". */
  query?: string;
  /**
   * What a request for office.js on Microsoft's CDN gets: the package's copy, nothing (offline, the default), or a
   * stand-in whose Office.onReady never resolves (an Office that does not answer).
   */
  officeJs?: "local" | "offline" | "silent";
  /** A stand-in office.js (its text) for Microsoft's CDN URL: an Office host the test describes. */
  officeJsBody?: string;
  /** The system's colour scheme (prefers-color-scheme). */
  colorScheme?: "light" | "dark";
  /** Serve the pane's bundle as a script that cannot be parsed (a webview too old for it). */
  breakBundle?: boolean;
  /** Fake timers (Playwright's clock), installed before the page loads. */
  fakeClock?: boolean;
  viewport?: { width: number; height: number };
  /** Wait for a position to be shown (a card of the chart, the view the pane opens on) before returning (default true). */
  waitForPositions?: boolean;
}

export interface OpenedPane {
  page: Page;
  context: BrowserContext;
  /** Requests for anything but the local server, which were aborted. */
  blockedRequests: string[];
  /** Requests for office.js files answered from node_modules. */
  officeJsServed: string[];
  /** Console errors and uncaught exceptions. */
  errors: string[];
  close(): Promise<void>;
}

/** Opens the built pane in a fresh context where nothing but 127.0.0.1 is reachable (every other request is recorded). */
export async function openPane(session: PaneSession, options: OpenPaneOptions = {}): Promise<OpenedPane> {
  const context = await session.browser.newContext({
    locale: options.locale ?? "en-US",
    viewport: options.viewport ?? { width: 380, height: 800 },
    acceptDownloads: true,
    // No animations: a screenshot right after a click shows where things end up (the tab indicator slides).
    reducedMotion: "reduce",
    colorScheme: options.colorScheme ?? "light",
  });
  if (options.fakeClock) await context.clock.install();
  const blockedRequests: string[] = [];
  const officeJsServed: string[] = [];
  await context.route("**/*", async (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === "127.0.0.1") {
      if (options.breakBundle && /\/taskpane(\.[0-9a-f]+)?\.js$/.test(url.pathname))
        return route.fulfill({ body: "const pane = ;", contentType: "text/javascript; charset=utf-8" });
      return route.continue();
    }
    const standIn = options.officeJsBody ?? (options.officeJs === "silent" ? SILENT_OFFICE_JS : undefined);
    if (standIn !== undefined && url.href === `${OFFICE_JS_CDN}office.js`) {
      officeJsServed.push(url.href);
      return route.fulfill({ body: standIn, contentType: "text/javascript; charset=utf-8" });
    }
    if (options.officeJs === "local" && url.href.startsWith(OFFICE_JS_CDN)) {
      const file = path.join(
        OFFICE_JS_DIST,
        decodeURIComponent(url.pathname.slice(new URL(OFFICE_JS_CDN).pathname.length)),
      );
      if (file.startsWith(OFFICE_JS_DIST + path.sep) && existsSync(file)) {
        officeJsServed.push(url.href);
        return route.fulfill({ path: file, contentType: "text/javascript; charset=utf-8" });
      }
    }
    blockedRequests.push(url.href);
    return route.abort("internetdisconnected");
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(`${error.name}: ${error.message}`));
  const pageName = options.page === "taskpane.html" ? "taskpane.html" : "";
  await page.goto(`${session.server.baseUrl}${pageName}${options.query ?? ""}`);
  if (options.waitForPositions ?? true) await page.waitForSelector("[data-position-id]");
  return { page, context, blockedRequests, officeJsServed, errors, close: () => context.close() };
}

/** Saves what the pane shows (test-results/NAME.png) and the whole scrolled page (NAME-full.png). */
export async function saveScreenshot(page: Page, name: string): Promise<string[]> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const files = [path.join(SCREENSHOTS, `${name}.png`), path.join(SCREENSHOTS, `${name}-full.png`)];
  await page.screenshot({ path: files[0] });
  await page.screenshot({ path: files[1], fullPage: true });
  return files;
}

/** The outline of positions (Overview and Checks views); the chart's cards carry `data-position-id` too. */
export const POSITIONS_OUTLINE = "[data-testid='positions']";

/**
 * The position IDs the outline lists, in order (the outline must be shown: the Overview or Checks view). The outline
 * renders only the positions near the viewport: the page is scrolled through to collect them all.
 */
export function listedPositionIds(page: Page): Promise<string[]> {
  return collectListedRows(page, `${POSITIONS_OUTLINE} [data-position-id]`, "data-position-id");
}

/**
 * An attribute of every row matching `rowSelector`, in order: the lists render only the rows near the viewport
 * (VirtualList), so the page is scrolled from top to bottom, a part of a screen at a time, collecting each row once
 * (by its list and its aria-posinset), then scrolled back. For the small orgs of the tests, not for 100,000 rows.
 */
export function collectListedRows(page: Page, rowSelector: string, attribute: string): Promise<string[]> {
  return page.evaluate(
    async ({ rowSelector, attribute }) => {
      const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
      const settle = async () => {
        for (let i = 0; i < 3; i++) await frame();
      };
      const scroller = document.scrollingElement!;
      const start = scroller.scrollTop;
      const found = new Map<string, { list: number; place: number; value: string }>();
      const collect = () => {
        const lists = [...document.querySelectorAll("ul[data-virtual-list]")];
        let unlisted = 0;
        for (const row of document.querySelectorAll(rowSelector)) {
          const list = row.parentElement ? lists.indexOf(row.parentElement) : -1;
          const place = list >= 0 ? Number(row.getAttribute("aria-posinset")) : unlisted++;
          found.set(`${list}:${place}`, { list, place, value: row.getAttribute(attribute) ?? "" });
        }
      };
      scroller.scrollTop = 0;
      await settle();
      collect();
      for (let step = 0; step < 1000; step++) {
        const before = scroller.scrollTop;
        scroller.scrollTop = before + Math.round(window.innerHeight * 0.75);
        await settle();
        collect();
        if (scroller.scrollTop === before) break;
      }
      scroller.scrollTop = start;
      await settle();
      return [...found.values()].sort((a, b) => a.list - b.list || a.place - b.place).map((row) => row.value);
    },
    { rowSelector, attribute },
  );
}

/**
 * One position's item in the outline (not its card on the chart). The outline renders the positions near the
 * viewport only: for one further down, {@link revealOutlineItem} scrolls to it first.
 */
export function outlineItem(page: Page, id: string): Locator {
  return page.locator(`${POSITIONS_OUTLINE} [data-position-id='${id}']`);
}

/**
 * Scrolls the page down from the outline's top, a part of a screen at a time, until the outline renders the
 * position `id`, then centres it; its item. For the small orgs of the tests.
 */
export async function revealOutlineItem(page: Page, id: string): Promise<Locator> {
  const selector = `${POSITIONS_OUTLINE} [data-position-id='${id}']`;
  const found = await page.evaluate(
    async ({ outline, selector }) => {
      const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
      const settle = async () => {
        for (let i = 0; i < 3; i++) await frame();
      };
      document.querySelector(outline)?.scrollIntoView({ block: "start" });
      await settle();
      const scroller = document.scrollingElement!;
      for (let step = 0; step < 1000 && !document.querySelector(selector); step++) {
        const before = scroller.scrollTop;
        scroller.scrollTop = before + Math.round(window.innerHeight * 0.75);
        await settle();
        if (scroller.scrollTop === before) break;
      }
      const item = document.querySelector(selector);
      item?.scrollIntoView({ block: "center" });
      await settle();
      return item !== null;
    },
    { outline: POSITIONS_OUTLINE, selector },
  );
  if (!found) throw new Error(`the outline does not list ${id}`);
  return outlineItem(page, id);
}

/** The finding codes the findings lists show, in order (the page scrolled through: see collectListedRows). */
export function listedFindingCodes(page: Page): Promise<string[]> {
  return collectListedRows(page, "[data-finding-code]", "data-finding-code");
}

/** Opens a file through the pane's hidden file input, as "Open file…" does, and waits until it is read. */
export async function openFileInPane(
  page: Page,
  name: string,
  mimeType: string,
  buffer: Buffer,
  options: { timeout?: number } = {},
): Promise<void> {
  await page.setInputFiles('[data-testid="open-file"]', { name, mimeType, buffer });
  await page.waitForFunction(
    (fileName) => {
      const source = document.querySelector('[data-testid="source-description"]')?.textContent ?? "";
      const busy = document.querySelector("main")?.getAttribute("aria-busy") === "true";
      return !busy && (source.includes(fileName) || document.querySelector("[data-problem-code]") !== null);
    },
    name,
    { timeout: options.timeout, polling: options.timeout === undefined ? "raf" : 250 },
  );
}
