// `npm run stop`: ends what `npm start` started. The dev server it ran itself (Linux, CI) is stopped by process
// group; otherwise, on Windows and macOS, office-addin-debugging unregisters the add-in and stops its dev server.
import { spawnSync } from "node:child_process";
import {
  MANIFEST,
  PROJECT_DIR,
  findOfficeAddinDebugging,
  forgetDevServerState,
  isRunning,
  readDevServerState,
  stopProcessTree,
} from "./devServer.mjs";

const STOP_TIMEOUT_MS = 10_000;

async function stopOwnDevServer({ pid }) {
  stopProcessTree(pid);
  const deadline = Date.now() + STOP_TIMEOUT_MS;
  while (isRunning(pid) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 200));
  if (isRunning(pid) && process.platform !== "win32") process.kill(-pid, "SIGKILL");
  forgetDevServerState();
  console.log(`Stopped the dev server (pid ${pid}).`);
}

const running = readDevServerState();
const officeTools = findOfficeAddinDebugging();
if (running) {
  await stopOwnDevServer(running);
} else if (officeTools) {
  const result = spawnSync(process.execPath, [officeTools, "stop", MANIFEST], {
    cwd: PROJECT_DIR,
    stdio: ["ignore", "inherit", "inherit"],
  });
  process.exit(result.status ?? 1);
} else {
  forgetDevServerState();
  console.log("No dev server started by `npm start` is running.");
}
