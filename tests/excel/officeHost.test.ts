import { connectToOffice } from "../../src/excel/officeHost";
import { readOfficeTheme } from "../../src/excel/officeTheme";

type OfficeFake = {
  onReady: () => Promise<{ host: string | null; platform: string | null }>;
  context?: { displayLanguage?: string; officeTheme?: unknown };
};

function installOffice(office: OfficeFake | undefined): void {
  (globalThis as unknown as { Office?: OfficeFake }).Office = office;
}

const DARK = {
  bodyBackgroundColor: "#262626",
  bodyForegroundColor: "#FFFFFF",
  controlBackgroundColor: "#404040",
  controlForegroundColor: "#F0F0F0",
};

afterEach(() => installOffice(undefined));

describe("connectToOffice() waits for the office.js that taskpane.html references", () => {
  it("says office.js is missing when the script did not load (no Office global), without loading anything", async () => {
    await expect(connectToOffice({ timeoutMs: 5_000 })).resolves.toEqual({ status: "noOfficeJs" });
  });

  it("reports Excel, Office's display language and theme once Office.onReady answers", async () => {
    installOffice({
      onReady: async () => ({ host: "Excel", platform: "PC" }),
      context: { displayLanguage: "zh-CN", officeTheme: DARK },
    });
    await expect(connectToOffice({ timeoutMs: 5_000 })).resolves.toEqual({
      status: "excel",
      displayLanguage: "zh-CN",
      theme: {
        bodyBackground: "#262626",
        bodyForeground: "#ffffff",
        controlBackground: "#404040",
        controlForeground: "#f0f0f0",
      },
    });
  });

  it("says Office does not answer when onReady never resolves within the timeout", async () => {
    installOffice({ onReady: () => new Promise(() => undefined) });
    const started = Date.now();
    await expect(connectToOffice({ timeoutMs: 50 })).resolves.toEqual({ status: "noAnswer" });
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it("says Office does not answer when onReady rejects or throws", async () => {
    installOffice({ onReady: () => Promise.reject(new Error("no host")) });
    await expect(connectToOffice({ timeoutMs: 5_000 })).resolves.toEqual({ status: "noAnswer" });
    installOffice({
      onReady: () => {
        throw new Error("broken");
      },
    });
    await expect(connectToOffice({ timeoutMs: 5_000 })).resolves.toEqual({ status: "noAnswer" });
  });

  it("says the page is not in Excel when office.js runs in a plain browser (host null) or in another app", async () => {
    installOffice({ onReady: async () => ({ host: null, platform: null }) });
    await expect(connectToOffice({ timeoutMs: 5_000 })).resolves.toEqual({ status: "notExcel", host: null });
    installOffice({ onReady: async () => ({ host: "Word", platform: "PC" }) });
    await expect(connectToOffice({ timeoutMs: 5_000 })).resolves.toEqual({ status: "notExcel", host: "Word" });
  });

  it("runs in an Excel that gives no language or theme", async () => {
    installOffice({ onReady: async () => ({ host: "Excel", platform: "Mac" }) });
    await expect(connectToOffice({ timeoutMs: 5_000 })).resolves.toEqual({ status: "excel" });
  });
});

describe("readOfficeTheme(Office.context.officeTheme)", () => {
  it("reads the four colours, with or without '#', in lower case", () => {
    expect(
      readOfficeTheme({
        bodyBackgroundColor: "F3F3F3",
        bodyForegroundColor: "#262626",
        controlBackgroundColor: "#FFFFFF",
        controlForegroundColor: "#262626",
      }),
    ).toEqual({
      bodyBackground: "#f3f3f3",
      bodyForeground: "#262626",
      controlBackground: "#ffffff",
      controlForeground: "#262626",
    });
  });

  it("falls back to the body colours for missing control colours, and gives nothing for junk", () => {
    expect(readOfficeTheme({ bodyBackgroundColor: "#000000", bodyForegroundColor: "#ffffff" })).toMatchObject({
      controlBackground: "#000000",
      controlForeground: "#ffffff",
    });
    expect(readOfficeTheme(undefined)).toBeUndefined();
    expect(readOfficeTheme({ bodyBackgroundColor: "red", bodyForegroundColor: "#ffffff" })).toBeUndefined();
    const throwing = Object.defineProperty({}, "bodyBackgroundColor", {
      get() {
        throw new Error("not supported");
      },
    });
    expect(readOfficeTheme(throwing)).toBeUndefined();
  });
});
