/** Bundles bench/browser/page.ts into one IIFE for the page, in memory, with esbuild (minified, as shipped). */
import path from "node:path";
import { build } from "esbuild";

export const PAGE_ENTRY = path.resolve(__dirname, "page.ts");

/** With `sourceMap`, the bundle's source map too (for reading a trace of it: longTaskTrace.ts). */
export async function buildPageBundle(
  options: { sourceMap?: boolean } = {},
): Promise<{ code: string; bytes: number; ms: number; map?: string }> {
  const started = performance.now();
  const result = await build({
    entryPoints: [PAGE_ENTRY],
    ...(options.sourceMap ? { sourcemap: "external" as const, outfile: "bench.js" } : {}),
    bundle: true,
    format: "iife",
    platform: "browser",
    target: "chrome120",
    minify: true,
    write: false,
    legalComments: "none",
    define: { "process.env.NODE_ENV": '"production"' },
    logLevel: "silent",
  });
  const code = result.outputFiles.find((file) => !file.path.endsWith(".map"))!.text;
  const map = result.outputFiles.find((file) => file.path.endsWith(".map"))?.text;
  return { code, bytes: Buffer.byteLength(code), ms: performance.now() - started, ...(map ? { map } : {}) };
}

export const WORKER_ENTRY = path.resolve(__dirname, "../../src/pipeline/worker/analysis.worker.ts");

/** The pane's analysis worker for the bench page (exceljs left out: the bench opens no .xlsx). */
export async function buildWorkerBundle(): Promise<{ code: string; bytes: number }> {
  const result = await build({
    entryPoints: [WORKER_ENTRY],
    bundle: true,
    format: "iife",
    platform: "browser",
    target: "chrome120",
    minify: true,
    write: false,
    legalComments: "none",
    external: ["exceljs"],
    define: { "process.env.NODE_ENV": '"production"' },
    logLevel: "silent",
  });
  const code = result.outputFiles[0].text;
  return { code, bytes: Buffer.byteLength(code) };
}
