import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

export const REPO_ROOT = path.resolve(__dirname, "../../..");
export const DIST = path.join(REPO_ROOT, "dist");
const BUILT_PAGE = path.join(DIST, "taskpane.html");
/** What the bundle is made from: a change to any of these means dist/ is stale. */
const INPUTS = [
  "src",
  "assets",
  "webpack.config.js",
  "scripts/manifestUrls.js",
  "package.json",
  "tsconfig.json",
  "manifest.xml",
];

function newestChange(file: string): number {
  const stat = statSync(file);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(file)) newest = Math.max(newest, newestChange(path.join(file, entry)));
  return newest;
}

/** True when dist/ is missing or older than the sources it is built from. */
export function paneBuildIsStale(): boolean {
  if (!existsSync(BUILT_PAGE)) return true;
  const builtAt = statSync(BUILT_PAGE).mtimeMs;
  return INPUTS.some((input) => {
    const file = path.join(REPO_ROOT, input);
    return existsSync(file) && newestChange(file) > builtAt;
  });
}

/** Builds the pane with the project's webpack config (production mode) when dist/ is stale. */
export function buildPaneIfStale(): void {
  if (!existsSync(path.join(REPO_ROOT, "webpack.config.js"))) {
    throw new Error("webpack.config.js is missing: the browser tests need the project's webpack build.");
  }
  if (!paneBuildIsStale()) return;
  process.stdout.write(
    "[e2e] dist/ is missing or older than src/: building the task pane (webpack --mode production)…\n",
  );
  const started = Date.now();
  const result = spawnSync("npx", ["webpack", "--mode", "production"], {
    cwd: REPO_ROOT,
    encoding: "utf8",
    env: { ...process.env, CI: "true" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  if (result.status !== 0) {
    throw new Error(`The webpack build failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
  }
  process.stdout.write(`[e2e] Built dist/ in ${Math.round((Date.now() - started) / 1000)} s.\n`);
}
