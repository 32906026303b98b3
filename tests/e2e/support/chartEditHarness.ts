import path from "node:path";
import { build } from "esbuild";
import type { Browser, Page } from "playwright-core";
import type { Lang } from "../../../src/i18n";

const ENTRY = path.resolve(__dirname, "chartEditPage.ts");
let bundle: Promise<string> | undefined;

/** The chart-editing page's script (chartEditPage.ts), bundled once per test file by esbuild. */
function pageScript(): Promise<string> {
  bundle ??= build({
    entryPoints: [ENTRY],
    bundle: true,
    format: "iife",
    platform: "browser",
    target: "chrome120",
    write: false,
    legalComments: "none",
    define: { "process.env.NODE_ENV": '"production"' },
    logLevel: "silent",
  }).then((result) => result.outputFiles[0].text);
  return bundle;
}

export interface ChartEditPageOptions {
  lang?: Lang;
  theme?: "light" | "dark";
  /** Coloured by change against the baseline (default true). */
  coloured?: boolean;
  width?: number;
  height?: number;
}

/**
 * Opens the chart-editing page: the sample as a plan (moved, retitled, added and removed positions), drawn by the real
 * chart, editable, in a page of its own (no pane around it). The chart's box is `[data-testid='org-chart']`, as in the
 * pane, so the chart helpers (chartPage.ts) work on it.
 */
export async function openChartEditPage(browser: Browser, options: ChartEditPageOptions = {}): Promise<Page> {
  const lang = options.lang ?? "en";
  const width = options.width ?? 1000;
  const height = options.height ?? 640;
  const context = await browser.newContext({
    locale: lang === "zh-CN" ? "zh-CN" : "en-US",
    viewport: { width: width + 40, height: height + 40 },
    deviceScaleFactor: 1,
    reducedMotion: "reduce",
    colorScheme: options.theme === "dark" ? "dark" : "light",
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  const config = { lang, theme: options.theme ?? "light", coloured: options.coloured ?? true };
  const dark = config.theme === "dark";
  const background = dark ? "#1f1f1f" : "#fafafa";
  // Dark: the Fluent dark theme's colour tokens the chart's stylesheet reads (a FluentProvider sets them in the pane).
  const tokens = dark
    ? "--colorNeutralBackground1:#292929;--colorNeutralBackground2:#1f1f1f;--colorNeutralBackground3:#141414;" +
      "--colorNeutralBackground4:#0a0a0a;--colorNeutralForeground1:#ffffff;--colorNeutralForeground2:#d6d6d6;" +
      "--colorNeutralForeground3:#adadad;--colorNeutralForeground4:#999999;--colorNeutralStroke1:#666666;" +
      "--colorNeutralBackgroundInverted:#ffffff;--colorNeutralForegroundInverted:#242424;"
    : "";
  await page.setContent(
    `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><style>body{margin:20px;background:${background};${tokens}}</style></head>` +
      `<body><div id="chart" data-testid="org-chart" style="width:${width}px;height:${height}px;position:relative;border:1px solid #d1d1d1"></div>` +
      `<script>window.harnessConfig=${JSON.stringify(config)}</script></body></html>`,
  );
  await page.addScriptTag({ content: await pageScript() });
  await page.waitForSelector("[data-position-id]");
  if (errors.length > 0) throw new Error(`the chart page failed: ${errors.join("; ")}`);
  return page;
}

/** The edits the chart has emitted so far. */
export function emittedEdits(page: Page): Promise<unknown[]> {
  return page.evaluate(() => (window as unknown as { chartEdits: unknown[] }).chartEdits.slice());
}
