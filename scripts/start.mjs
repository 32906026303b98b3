// `npm start`. On Windows and macOS with office-addin-debugging installed: sideload into Excel as the yo-office
// template does. Elsewhere (Linux, CI, or the tool missing): start the webpack dev server in the background, wait
// until it serves the task pane, and say where. Never reads the terminal.
import { spawn, spawnSync } from "node:child_process";
import { closeSync, openSync, readFileSync } from "node:fs";
import http from "node:http";
import https from "node:https";
import { join } from "node:path";
import {
  LOG_FILE,
  MANIFEST,
  PROJECT_DIR,
  devServerPort,
  findOfficeAddinDebugging,
  forgetDevServerState,
  isRunning,
  readDevServerState,
  stopProcessTree,
  writeDevServerState,
} from "./devServer.mjs";

const READY_TIMEOUT_MS = 180_000;
const quietEnv = { ...process.env, NO_UPDATE_NOTIFIER: "1", BROWSER: "none", NO_COLOR: "1" };

function sideloadWithOfficeTools(cli) {
  const args = [cli, "start", MANIFEST, ...process.argv.slice(2)];
  const result = spawnSync(process.execPath, args, {
    cwd: PROJECT_DIR,
    env: quietEnv,
    stdio: ["ignore", "inherit", "inherit"],
  });
  process.exit(result.status ?? 1);
}

/** Resolves with the URL of the task pane once the server answers 200 for it, over https or http. */
function probeTaskPane(port) {
  const attempt = (client, scheme) =>
    new Promise((resolve) => {
      const url = `${scheme}://localhost:${port}/taskpane.html`;
      const request = client.get(url, { rejectUnauthorized: false, timeout: 2000 }, (response) => {
        response.resume();
        resolve(response.statusCode === 200 ? url : null);
      });
      request.on("error", () => resolve(null));
      request.on("timeout", () => request.destroy());
    });
  return attempt(https, "https").then((url) => url ?? attempt(http, "http"));
}

async function waitForTaskPane(pid, port) {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (!isRunning(pid)) return null;
    const url = await probeTaskPane(port);
    if (url) return url;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  return null;
}

function printHowToUse(url) {
  const secure = url.startsWith("https:");
  const root = url.replace(/taskpane\.html$/, "");
  console.log(`\nOrgwright in a browser: ${root}`);
  console.log("  The pane on an .xlsx or .csv file, or the sample; no Excel needed, no office.js, no network.");
  console.log(
    `Orgwright in Excel: ${url} (the page manifest.xml names; it loads office.js and runs only inside Office)`,
  );
  console.log(
    `  In Excel on the web: Insert › Add-ins › Upload My Add-in (More Settings › Upload My Add-in), choose ${MANIFEST}.`,
  );
  if (!secure) {
    console.log(
      "  Office loads add-ins only over https with a trusted certificate: `npx office-addin-dev-certs install`",
    );
    console.log("  (it needs sudo on Linux), then `npm run stop` and `npm start` again.");
  }
  console.log(`  Dev server log: ${LOG_FILE}. Stop it with \`npm run stop\`.`);
}

async function startDevServer() {
  const port = devServerPort();
  const running = readDevServerState();
  if (running) {
    console.log(`The dev server is already running (pid ${running.pid}).`);
    printHowToUse(running.url);
    return;
  }
  forgetDevServerState();
  const other = await probeTaskPane(port);
  if (other) {
    console.error(`Port ${port} is taken by another server (${other}); stop it first.`);
    process.exit(1);
  }

  const log = openSync(LOG_FILE, "w");
  const webpackCli = join(PROJECT_DIR, "node_modules", "webpack", "bin", "webpack.js");
  const child = spawn(process.execPath, [webpackCli, "serve", "--mode", "development"], {
    cwd: PROJECT_DIR,
    env: quietEnv,
    detached: true, // its own process group, so `npm run stop` can end webpack and everything it started
    stdio: ["ignore", log, log],
    windowsHide: true,
  });
  closeSync(log);
  child.unref();
  writeDevServerState({ pid: child.pid, port, url: null });
  console.log(`Starting the webpack dev server on port ${port} (pid ${child.pid}); the first build takes a minute…`);

  const url = await waitForTaskPane(child.pid, port);
  // eslint-disable-next-line no-control-regex -- strips colour codes from the log
  const logText = readFileSync(LOG_FILE, "utf8").replace(/\x1b\[[0-9;]*m/g, "");
  const reason = logText.split("\n").find((line) => line.startsWith("[orgwright]"));
  if (reason) console.log(reason);
  if (!url) {
    console.error(
      `The dev server did not come up. Last lines of ${LOG_FILE}:\n${logText.split("\n").slice(-25).join("\n")}`,
    );
    if (isRunning(child.pid)) stopProcessTree(child.pid);
    forgetDevServerState();
    process.exit(1);
  }
  writeDevServerState({ pid: child.pid, port, url });
  if (/compiled with \d+ errors?/.test(logText)) console.warn(`The build has errors: see ${LOG_FILE}.`);
  printHowToUse(url);
}

const officeTools = findOfficeAddinDebugging();
if (officeTools && !process.env.CI) sideloadWithOfficeTools(officeTools);
else await startDevServer();
