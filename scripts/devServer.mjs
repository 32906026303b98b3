// What `npm start` and `npm run stop` share: where the dev server's pid is kept, and whether Microsoft's sideloading
// tool (office-addin-debugging, an optional dependency that does not install on Linux) can be used.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const PROJECT_DIR = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const MANIFEST = "manifest.xml";
export const STATE_FILE = join(tmpdir(), "orgwright-dev-server.json");
export const LOG_FILE = join(tmpdir(), "orgwright-dev-server.log");

const require = createRequire(join(PROJECT_DIR, "package.json"));

/** The office-addin-debugging CLI script, when it is installed and this platform can sideload (Windows, macOS). */
export function findOfficeAddinDebugging() {
  if (process.platform !== "win32" && process.platform !== "darwin") return null;
  try {
    const packageFile = require.resolve("office-addin-debugging/package.json");
    const { bin } = JSON.parse(readFileSync(packageFile, "utf8"));
    const script = typeof bin === "string" ? bin : bin["office-addin-debugging"];
    return join(dirname(packageFile), script);
  } catch {
    return null;
  }
}

export function devServerPort() {
  const { config } = JSON.parse(readFileSync(join(PROJECT_DIR, "package.json"), "utf8"));
  return Number(process.env.npm_package_config_dev_server_port || config?.dev_server_port || 3000);
}

/** The dev server `npm start` left running, or null. */
export function readDevServerState() {
  if (!existsSync(STATE_FILE)) return null;
  try {
    const state = JSON.parse(readFileSync(STATE_FILE, "utf8"));
    return isRunning(state.pid) ? state : null;
  } catch {
    return null;
  }
}

export function writeDevServerState(state) {
  writeFileSync(STATE_FILE, JSON.stringify(state, null, 2));
}

export function forgetDevServerState() {
  rmSync(STATE_FILE, { force: true });
}

export function isRunning(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === "EPERM";
  }
}

/** Ends a dev server and every process it started (webpack keeps the port if only its parent is killed). */
export function stopProcessTree(pid) {
  if (process.platform === "win32") {
    spawnSync("taskkill", ["/pid", String(pid), "/T", "/F"], { stdio: "ignore" });
    return;
  }
  try {
    process.kill(-pid, "SIGTERM");
  } catch (error) {
    if (error.code !== "ESRCH") throw error;
  }
}
