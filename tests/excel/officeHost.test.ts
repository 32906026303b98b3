/** @jest-environment jsdom */
import { loadOfficeHost, OFFICE_JS_URL } from "../../src/excel/officeHost";
import { readOfficeHostSignals } from "../../src/excel/officeHostSignals";

type OfficeFake = {
  onReady: () => Promise<{ host: string | null; platform: string | null }>;
  context: { displayLanguage: string };
};

function officeScripts(): HTMLScriptElement[] {
  return Array.from(document.querySelectorAll("script")).filter((script) => script.src === OFFICE_JS_URL);
}

/** Waits until the loader has added its script tag (it does so after a few microtasks). */
async function injectedScript(): Promise<HTMLScriptElement> {
  for (let i = 0; i < 50; i++) {
    const [script] = officeScripts();
    if (script) return script;
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  throw new Error("office.js was never injected");
}

function installOffice(office: OfficeFake | undefined): void {
  (globalThis as unknown as { Office?: OfficeFake }).Office = office;
}

beforeEach(() => {
  window.history.replaceState({}, "", "/taskpane.html");
  window.name = "";
  sessionStorage.clear();
  document.head.innerHTML = "";
  installOffice(undefined);
  delete (window as { OsfOptOut?: boolean }).OsfOptOut;
});

describe("readOfficeHostSignals(window)", () => {
  it("reads the page's URL, window.name and sessionStorage", () => {
    window.history.replaceState({}, "", "/taskpane.html?_host_Info=Excel$Web$16.00$zh-CN");
    window.name = '{"hostInfo":"Excel|Web"}';
    sessionStorage.setItem("hostInfoValue", "Excel$Web$16.00$zh-CN");
    const signals = readOfficeHostSignals(window);
    expect(signals.search).toBe("?_host_Info=Excel$Web$16.00$zh-CN");
    expect(signals.windowName).toBe('{"hostInfo":"Excel|Web"}');
    expect(signals.sessionHostInfo).toBe("Excel$Web$16.00$zh-CN");
    expect(signals.inFrame).toBe(false);
    expect(signals.hasWebView2).toBe(false);
  });
});

describe("loadOfficeHost()", () => {
  it("in a plain browser tab resolves { inExcel: false } at once and injects no script", async () => {
    const started = Date.now();
    await expect(loadOfficeHost({ timeoutMs: 5_000 })).resolves.toEqual({ inExcel: false });
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(document.querySelectorAll("script")).toHaveLength(0);
  });

  it("injects office.js from the CDN when the URL carries host info, and reports Excel after onReady", async () => {
    window.history.replaceState({}, "", "/taskpane.html?_host_Info=Excel$Win32$16.01$zh-CN$$$$0");
    const result = loadOfficeHost({ timeoutMs: 5_000 });
    const script = await injectedScript();
    expect(officeScripts()).toHaveLength(1);
    installOffice({
      onReady: async () => ({ host: "Excel", platform: "PC" }),
      context: { displayLanguage: "zh-CN" },
    });
    script.dispatchEvent(new Event("load"));
    await expect(result).resolves.toEqual({ inExcel: true, displayLanguage: "zh-CN" });
  });

  it("reports not-in-Excel when office.js fails to load (offline)", async () => {
    window.history.replaceState({}, "", "/taskpane.html?office=1");
    const result = loadOfficeHost({ timeoutMs: 5_000 });
    const script = await injectedScript();
    script.dispatchEvent(new Event("error"));
    await expect(result).resolves.toEqual({ inExcel: false });
  });

  it("reports not-in-Excel when office.js never answers within the timeout", async () => {
    window.history.replaceState({}, "", "/taskpane.html?office=1");
    const started = Date.now();
    const result = loadOfficeHost({ timeoutMs: 50 });
    expect(await injectedScript()).toBeDefined();
    await expect(result).resolves.toEqual({ inExcel: false });
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it("reports not-in-Excel when onReady never resolves within the timeout", async () => {
    window.history.replaceState({}, "", "/taskpane.html?office=1");
    const result = loadOfficeHost({ timeoutMs: 50 });
    const script = await injectedScript();
    installOffice({ onReady: () => new Promise(() => undefined), context: { displayLanguage: "en-US" } });
    script.dispatchEvent(new Event("load"));
    await expect(result).resolves.toEqual({ inExcel: false });
  });

  it("reports not-in-Excel when office.js runs outside Office (onReady gives host null) or in another host", async () => {
    window.history.replaceState({}, "", "/taskpane.html?office=1");
    for (const host of [null, "Word"]) {
      document.head.innerHTML = "";
      installOffice(undefined);
      const result = loadOfficeHost({ timeoutMs: 5_000 });
      const script = await injectedScript();
      installOffice({ onReady: async () => ({ host, platform: null }), context: { displayLanguage: "en-US" } });
      script.dispatchEvent(new Event("load"));
      await expect(result).resolves.toEqual({ inExcel: false });
    }
  });

  it("uses an office.js that is already on the page instead of injecting another", async () => {
    window.history.replaceState({}, "", "/taskpane.html?office=1");
    installOffice({
      onReady: async () => ({ host: "Excel", platform: "OfficeOnline" }),
      context: { displayLanguage: "en-US" },
    });
    await expect(loadOfficeHost({ timeoutMs: 5_000 })).resolves.toEqual({ inExcel: true, displayLanguage: "en-US" });
    expect(officeScripts()).toHaveLength(0);
  });

  it("does not load office.js when ?office=0, whatever the other signals say", async () => {
    window.history.replaceState({}, "", "/taskpane.html?office=0&_host_Info=Excel$Web");
    await expect(loadOfficeHost({ timeoutMs: 5_000 })).resolves.toEqual({ inExcel: false });
    expect(document.querySelectorAll("script")).toHaveLength(0);
  });
});

describe("readOfficeHostSignals(window) in host webviews and frames", () => {
  it("sees WebView2, WKWebView, the old Windows hosts, and a cross-origin parent frame", () => {
    const fakeWindow = {
      location: { search: "" },
      name: "",
      sessionStorage: {
        getItem: () => {
          throw new Error("SecurityError");
        },
      },
      self: {},
      get top(): unknown {
        throw new Error("cross-origin");
      },
      chrome: { webview: {} },
      webkit: { messageHandlers: {} },
      external: { GetHostInfo: () => "Excel" },
    } as unknown as Window;
    expect(readOfficeHostSignals(fakeWindow)).toEqual({
      search: "",
      windowName: "",
      sessionHostInfo: null,
      inFrame: true,
      hasWebView2: true,
      hasWebKitMessageHandlers: true,
      hasExternalHostInfo: true,
    });
  });
});
