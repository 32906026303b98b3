import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer } from "node:net";

export const WEBKIT_DRIVER_PATH = "/usr/bin/WebKitWebDriver";
export const XVFB_PATH = "/usr/bin/Xvfb";

/** True when WebKitGTK's WebDriver and Xvfb are installed (apt-get install webkit2gtk-driver xvfb). */
export function webKitAvailable(): boolean {
  return existsSync(WEBKIT_DRIVER_PATH) && existsSync(XVFB_PATH);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

/** Starts Xvfb on a display it picks itself (-displayfd) and resolves with ":N". */
function startXvfb(): Promise<{ process: ChildProcess; display: string }> {
  return new Promise((resolve, reject) => {
    const xvfb = spawn(XVFB_PATH, ["-displayfd", "1", "-screen", "0", "1280x900x24", "-nolisten", "tcp"], {
      stdio: ["ignore", "pipe", "ignore"],
    });
    let output = "";
    xvfb.once("error", reject);
    xvfb.once("exit", (code) => reject(new Error(`Xvfb exited (${code}) before it was ready`)));
    xvfb.stdout!.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      const match = /^(\d+)\n/.exec(output);
      if (match) resolve({ process: xvfb, display: `:${match[1]}` });
    });
  });
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.removeAllListeners("exit");
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
  });
}

/** A W3C WebDriver session in WebKitGTK (the engine of Excel for Mac's task pane), spoken to over plain HTTP. */
export class WebKitSession {
  private constructor(
    private readonly endpoint: string,
    private readonly sessionId: string,
    private readonly processes: ChildProcess[],
  ) {}

  static async start(): Promise<WebKitSession> {
    const xvfb = await startXvfb();
    const port = await freePort();
    const driver = spawn(WEBKIT_DRIVER_PATH, [`--port=${port}`], {
      env: { ...process.env, DISPLAY: xvfb.display },
      stdio: "ignore",
    });
    const endpoint = `http://127.0.0.1:${port}`;
    try {
      const started = Date.now();
      for (;;) {
        try {
          const status = await fetch(`${endpoint}/status`);
          if (status.ok) break;
        } catch {
          // not listening yet
        }
        if (Date.now() - started > 10_000) throw new Error("WebKitWebDriver did not start");
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      const created = (await (
        await fetch(`${endpoint}/session`, { method: "POST", body: JSON.stringify({ capabilities: {} }) })
      ).json()) as { value: { sessionId: string } };
      return new WebKitSession(endpoint, created.value.sessionId, [driver, xvfb.process]);
    } catch (error) {
      await stop(driver);
      await stop(xvfb.process);
      throw error;
    }
  }

  private async command<T>(method: "GET" | "POST" | "DELETE", path: string, body?: unknown): Promise<T> {
    const response = await fetch(`${this.endpoint}/session/${this.sessionId}${path}`, {
      method,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const payload = (await response.json()) as { value: T & { error?: string; message?: string } };
    if (!response.ok) throw new Error(`WebDriver ${method} ${path}: ${payload.value.error} ${payload.value.message}`);
    return payload.value;
  }

  async setWindowSize(width: number, height: number): Promise<void> {
    await this.command("POST", "/window/rect", { width, height });
  }

  async navigate(url: string): Promise<void> {
    await this.command("POST", "/url", { url });
  }

  execute<T>(script: string, args: unknown[] = []): Promise<T> {
    return this.command<T>("POST", "/execute/sync", { script, args });
  }

  /** Polls a script until it returns something truthy. */
  async waitFor<T>(script: string, what: string, timeoutMs = 20_000): Promise<T> {
    const started = Date.now();
    for (;;) {
      const value = await this.execute<T>(script);
      if (value) return value;
      if (Date.now() - started > timeoutMs) throw new Error(`WebKit: timed out waiting for ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }

  /** A PNG of the window. */
  async screenshot(): Promise<Buffer> {
    return Buffer.from(await this.command<string>("GET", "/screenshot"), "base64");
  }

  async close(): Promise<void> {
    try {
      await this.command("DELETE", "");
    } finally {
      for (const child of this.processes) await stop(child);
    }
  }
}
