import { parse } from "acorn";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { JSDOM } from "jsdom";
import { translate, type Lang } from "../../src/i18n";

const SCRIPT = readFileSync(join(__dirname, "../../src/taskpane/hostCheck.js"), "utf8");
const PAGES = ["taskpane.html", "index.html"].map((name) => ({
  name,
  html: readFileSync(join(__dirname, "../../src/taskpane", name), "utf8"),
}));

/** A page with the pane's container, where the host check runs as the page's first script would. */
function pageWith(prepare: (window: JSDOM["window"]) => void): JSDOM {
  const dom = new JSDOM('<!doctype html><html><head></head><body><div id="container"></div></body></html>', {
    runScripts: "outside-only",
    pretendToBeVisual: true,
  });
  prepare(dom.window);
  dom.window.eval(SCRIPT);
  return dom;
}

function message(dom: JSDOM): HTMLElement | null {
  return dom.window.document.getElementById("orgwright-unsupported");
}

async function afterLoad(dom: JSDOM): Promise<void> {
  // jsdom fires "load" once the (script-less) document has loaded; the check then runs on a zero timeout.
  if (dom.window.document.readyState !== "complete")
    await new Promise((resolve) => dom.window.addEventListener("load", resolve));
  await new Promise((resolve) => dom.window.setTimeout(resolve, 10));
}

describe("hostCheck.js, the ES5 script before the bundle", () => {
  test("is plain ES5: an ES5 parser reads it", () => {
    expect(() => parse(SCRIPT, { ecmaVersion: 5, sourceType: "script" })).not.toThrow();
    // The bundle itself is not: the same parser rejects what it is made of (a sanity check of the parser).
    expect(() => parse("const a = b?.c ?? 1;", { ecmaVersion: 5 })).toThrow();
  });

  test.each(PAGES)("$name loads it before the bundle, as a classic script", ({ html }) => {
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((match) => match[0]);
    expect(scripts[scripts.length - 1]).toMatch(/src="hostCheck\.js"/);
    expect(scripts[scripts.length - 1]).not.toMatch(/defer|async|type="module"/);
  });

  test("in an engine without ES2019/ES2020 built-ins (Internet Explorer, old Edge), shows the message in both languages", async () => {
    const dom = pageWith((window) => {
      delete (window.Object as { fromEntries?: unknown }).fromEntries;
    });
    await afterLoad(dom);
    const box = message(dom);
    expect(box).not.toBeNull();
    expect(box!.getAttribute("role")).toBe("alert");
    expect(dom.window.document.getElementById("container")!.style.display).toBe("none");
    const parts = Array.from(box!.children) as HTMLElement[];
    expect(parts.map((part) => part.lang)).toEqual(["en", "zh-CN"]);
    // Its strings are the i18n files' (the script cannot import them).
    for (const part of parts) {
      const lang = part.lang as Lang;
      const texts = Array.from(part.children, (child) => child.textContent);
      expect(texts).toEqual([
        translate(lang, "ui.host.unsupported.title"),
        translate(lang, "ui.host.unsupported.body"),
        translate(lang, "ui.host.unsupported.action"),
      ]);
    }
  });

  test("in a capable engine, shows it when the bundle did not start by the page's load (it failed to parse or load)", async () => {
    const dom = pageWith(() => undefined);
    await afterLoad(dom);
    expect(message(dom)?.textContent).toContain(translate("en", "ui.host.unsupported.title"));
  });

  test("stays silent when the bundle started", async () => {
    const dom = pageWith((window) => {
      (window as unknown as { orgwrightStarted: boolean }).orgwrightStarted = true;
    });
    await afterLoad(dom);
    expect(message(dom)).toBeNull();
    expect(dom.window.document.getElementById("container")!.style.display).toBe("");
  });
});
