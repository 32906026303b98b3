import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { translate } from "../../src/i18n";
import { DIST } from "./support/buildPane";
import { SCREENSHOTS } from "./support/paneBrowser";
import { serveFolder, type StaticServer } from "./support/staticServer";
import { webKitAvailable, WebKitSession } from "./support/webkitDriver";

// WebKit is the engine of Excel's task pane on Mac and iPad: the pane's export runs there too (the dialog, the
// writers' chunks, the PDF's fonts and hb-subset WebAssembly). Runs where webkit2gtk-driver is installed.
const describeInWebKit = webKitAvailable() ? describe : describe.skip;

jest.setTimeout(300_000);

/** Every `<a download>` the pane clicks is kept (name, size, first bytes) instead of being handed to WebKitGTK. */
const CATCH_DOWNLOADS = `
  window.__downloads = [];
  HTMLAnchorElement.prototype.click = function () {
    const name = this.download;
    fetch(this.href).then((response) => response.arrayBuffer()).then((buffer) => {
      const head = Array.from(new Uint8Array(buffer.slice(0, 8))).map((b) => String.fromCharCode(b)).join("");
      window.__downloads.push({ name, size: buffer.byteLength, head });
    });
  };
  return null;`;

/** Opens the export dialog, sets its selects, and clicks Export. */
function exportScript(settings: Record<string, string>): string {
  return `
    const setting = (name, value) => {
      const select = document.querySelector("[data-export-setting='" + name + "']");
      Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, "value").set.call(select, value);
      select.dispatchEvent(new Event("change", { bubbles: true }));
    };
    ${Object.entries(settings)
      .map(([name, value]) => `setting(${JSON.stringify(name)}, ${JSON.stringify(value)});`)
      .join("\n")}
    document.querySelector("[data-testid='export-go']").click();
    return null;`;
}

describeInWebKit("exporting from the pane in WebKit (WebKitGTK)", () => {
  let server: StaticServer;
  let webkit: WebKitSession;

  beforeAll(async () => {
    server = await serveFolder(DIST);
    webkit = await WebKitSession.start();
    await webkit.setWindowSize(380, 800);
  });

  afterAll(async () => {
    await webkit?.close();
    await server?.close();
  });

  async function exportAs(format: string, settings: Record<string, string>, file: string) {
    await webkit.execute<null>("document.querySelector(\"[data-testid='chart-options']\").click(); return null;");
    await webkit.waitFor<boolean>(
      "const item = document.querySelector(\"[data-testid='export-open']\"); if (item) item.click(); return !!item;",
      "the Export… item",
    );
    await webkit.waitFor<boolean>("return !!document.querySelector(\"[data-testid='export-dialog']\");", "the dialog");
    await webkit.execute<null>(exportScript({ format, ...settings }));
    return webkit.waitFor<{ name: string; size: number; head: string }>(
      `return window.__downloads.find((download) => download.name === ${JSON.stringify(file)});`,
      file,
      180_000,
    );
  }

  test("SVG, PowerPoint and PDF (fonts and WebAssembly fetched then) are made in WebKit, in Chinese", async () => {
    await webkit.navigate(`${server.baseUrl}?lang=zh-CN`);
    await webkit.waitFor<boolean>(
      "return !!document.querySelector(\"[data-testid='org-chart'] [data-position-id='OC-001']\");",
      "the chart",
    );
    await webkit.execute<null>(CATCH_DOWNLOADS);
    const before = await webkit.execute<string[]>(
      "return performance.getEntriesByType('resource').map((entry) => entry.name);",
    );
    for (const url of before) expect(url).not.toMatch(/\.ttf|\.wasm/);

    const svg = await exportAs("svg", {}, "org-chart.svg");
    expect(svg.head).toBe("<?xml ve");
    const pptx = await exportAs("pptx", { deck: "deck" }, "org-chart.pptx");
    expect(pptx.head.slice(0, 2)).toBe("PK");
    const pdf = await exportAs("pdf", { paper: "A4", pages: "poster" }, "org-chart.pdf");
    expect(pdf.head.slice(0, 5)).toBe("%PDF-");
    expect(pdf.size).toBeGreaterThan(10_000);
    const status = await webkit.execute<string>(
      "return document.querySelector(\"[data-testid='export-status']\").textContent;",
    );
    expect(status).toBe(translate("zh-CN", "export.downloaded", { file: "org-chart.pdf" }));
    const after = await webkit.execute<string[]>(
      "return performance.getEntriesByType('resource').map((entry) => entry.name);",
    );
    expect(after.some((url) => url.endsWith("harfbuzz-subset.wasm"))).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    mkdirSync(SCREENSHOTS, { recursive: true });
    writeFileSync(path.join(SCREENSHOTS, "export-webkit-zh-CN.png"), await webkit.screenshot());
  });

  test("a PNG wider than a canvas at 2× is drawn in tiles and stitched in WebKit too, and the pane says so", async () => {
    await webkit.navigate(`${server.baseUrl}?lang=en`);
    await webkit.waitFor<boolean>("return !!document.querySelector(\"[data-position-id='OC-001']\");", "the sample");
    // A top position with 20 managers of two reports each (about 9,400 px wide), opened as "Open file…" does.
    const lines = ["Position ID,Title,Department,Reports To,Name", "T0,Chief Executive,Office,,Ada Top"];
    for (let m = 1; m <= 20; m++) {
      lines.push(`M${m},Manager ${m},Dept ${m % 7},T0,Person M${m}`);
      for (let r = 1; r <= 2; r++) lines.push(`R${m}-${r},Analyst ${m}.${r},Dept ${m % 7},M${m},Person R${m}-${r}`);
    }
    await webkit.execute<null>(`
      const input = document.querySelector("[data-testid='open-file']");
      const transfer = new DataTransfer();
      transfer.items.add(new File([${JSON.stringify(lines.join("\n") + "\n")}], "wide.csv", { type: "text/csv" }));
      input.files = transfer.files;
      input.dispatchEvent(new Event("change", { bubbles: true }));
      return null;`);
    await webkit.waitFor<boolean>("return !!document.querySelector(\"[data-position-id='T0']\");", "the wide chart");
    await webkit.execute<null>(CATCH_DOWNLOADS);
    const png = await exportAs("png", { scope: "whole", depth: "0" }, "org-chart.png");
    expect(png.head).toBe("\x89PNG\r\n\x1a\n");
    const status = await webkit.execute<string>(
      "return document.querySelector(\"[data-testid='export-status']\").textContent;",
    );
    expect(status).toMatch(/drawn in \d+ tiles and stitched into one [\d,]+ × [\d,]+ px picture at 2×/);
    expect(status).toContain(translate("en", "export.downloaded", { file: "org-chart.png" }));
    expect(png.size).toBeGreaterThan(50_000);
  });
});
