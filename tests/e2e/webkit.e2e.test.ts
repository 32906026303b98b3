import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { DIST } from "./support/buildPane";
import { SCREENSHOTS } from "./support/paneBrowser";
import { serveFolder, type StaticServer } from "./support/staticServer";
import { webKitAvailable, WebKitSession } from "./support/webkitDriver";

// WebKit is the engine of Excel's task pane on Mac and iPad. The smoke test runs where webkit2gtk-driver is installed.
const describeInWebKit = webKitAvailable() ? describe : describe.skip;

describeInWebKit("the pane in WebKit (WebKitGTK)", () => {
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

  test("opens on the sample in English and in Chinese", async () => {
    await webkit.navigate(server.baseUrl);
    // The chart (the view it opens on) draws its cards' text as SVG <text> that WebKit lays out; a reduced card wraps
    // the title over lines (<tspan>s), so the title is compared without the spaces between its lines.
    const titleWidth = await webkit.waitFor<number>(
      "const text = document.querySelector(\"[data-testid='org-chart'] [data-position-id='OC-001'] text.oc-card-title\");" +
        " return text && text.textContent.replace(/\\s+/g, '') === 'OperationsDirector' ? text.getBBox().width : 0;",
      "the director's card",
    );
    expect(titleWidth).toBeGreaterThan(20);
    await webkit.execute<null>("document.querySelector(\"[data-tab='overview']\").click(); return null;");
    // The outline is a virtual list: it holds 35 positions, rendering those near the viewport (scrolled to it, several).
    const count = await webkit.waitFor<number>(
      "const list = document.querySelector(\"[data-testid='positions'] ul[data-virtual-list]\");" +
        " if (list) list.scrollIntoView({ block: 'start' });" +
        " const rows = list ? list.querySelectorAll(\"[data-position-id][aria-setsize='35']\").length : 0;" +
        " return list && list.getAttribute('data-virtual-list') === '35' && rows >= 5 ? 35 : 0;",
      "35 positions in the outline",
    );
    expect(count).toBe(35);
    const errors = await webkit.execute<number>(
      "return document.querySelectorAll(\"[data-severity='error']\").length;",
    );
    expect(errors).toBe(0);
    // Outside Office the pane asks for nothing but its own files.
    const fetched = await webkit.execute<string[]>(
      "return performance.getEntriesByType('resource').map((entry) => entry.name);",
    );
    expect(fetched.length).toBeGreaterThan(0);
    for (const url of fetched) expect(url.startsWith(server.baseUrl)).toBe(true);

    await webkit.navigate(`${server.baseUrl}?lang=zh-CN`);
    const director = await webkit.waitFor<string>(
      "const card = document.querySelector(\"[data-testid='org-chart'] [data-position-id='OC-001']\"); return card ? card.textContent : '';",
      "the director's card in Chinese",
    );
    expect(director).toContain("张伟");
    // WebKit paints a moment after the DOM is ready; an immediate screenshot can come back blank.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    mkdirSync(SCREENSHOTS, { recursive: true });
    writeFileSync(path.join(SCREENSHOTS, "pane-webkit-zh-CN.png"), await webkit.screenshot());
    const [scrollWidth, innerWidth] = await webkit.execute<number[]>(
      "return [document.documentElement.scrollWidth, window.innerWidth];",
    );
    expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
  });
});
