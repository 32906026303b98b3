import { translate } from "../../src/i18n";
import { OFFICE_JS_CDN, listedPositionIds, openPane, paneSessionForFile, saveScreenshot } from "./support/paneBrowser";
import { openTab } from "./support/paneViews";

const session = paneSessionForFile();

describe("the browser page (index.html, at the server's root)", () => {
  test("loads no office.js and makes no request beyond 127.0.0.1, and runs on the sample", async () => {
    const pane = await openPane(session);
    const { page } = pane;
    try {
      await expect(page.locator("script[src*='office']").count()).resolves.toBe(0);
      await expect(page.evaluate(() => typeof (window as { Office?: unknown }).Office)).resolves.toBe("undefined");
      await openTab(page, "overview");
      await expect(listedPositionIds(page)).resolves.toHaveLength(35);
      expect(pane.blockedRequests).toEqual([]);
      expect(pane.officeJsServed).toEqual([]);
      const fetched = await page.evaluate(() => performance.getEntriesByType("resource").map((entry) => entry.name));
      for (const url of [page.url(), ...fetched]) expect(new URL(url).hostname).toBe("127.0.0.1");
      expect(pane.errors).toEqual([]);
    } finally {
      await pane.close();
    }
  });
});

describe("the page Office loads (taskpane.html)", () => {
  test("references office.js from Microsoft's CDN in its <head>, before any other script", async () => {
    const pane = await openPane(session, { page: "taskpane.html", officeJs: "offline", waitForPositions: false });
    try {
      const scripts = await pane.page.evaluate(() =>
        Array.from(document.querySelectorAll("script"), (script) => ({
          src: script.getAttribute("src"),
          inHead: script.parentElement === document.head,
          async: script.async || script.defer,
        })),
      );
      expect(scripts[0]).toEqual({ src: `${OFFICE_JS_CDN}office.js`, inHead: true, async: false });
    } finally {
      await pane.close();
    }
  });

  test("offline (office.js does not load), says so in English and Chinese instead of showing the sample", async () => {
    const pane = await openPane(session, { page: "taskpane.html", officeJs: "offline", waitForPositions: false });
    const { page } = pane;
    try {
      const notice = page.locator("[data-testid='office-unavailable']");
      await notice.waitFor();
      await expect(notice.getAttribute("data-reason")).resolves.toBe("noOfficeJs");
      const text = await notice.textContent();
      expect(text).toContain(translate("en", "ui.host.noOfficeJs.title"));
      expect(text).toContain(translate("zh-CN", "ui.host.noOfficeJs.title"));
      expect(text).toContain(translate("en", "ui.host.noOfficeJs.action"));
      await expect(page.locator("[data-position-id]").count()).resolves.toBe(0);
      expect(pane.blockedRequests).toEqual([`${OFFICE_JS_CDN}office.js`]);
      await saveScreenshot(page, "office-offline");
    } finally {
      await pane.close();
    }
  });

  test("when Office.onReady does not answer in time, says that Office does not answer", async () => {
    const pane = await openPane(session, {
      page: "taskpane.html",
      officeJs: "silent",
      fakeClock: true,
      waitForPositions: false,
    });
    const { page } = pane;
    try {
      await page.waitForLoadState("load");
      await expect(page.locator("[data-testid='office-unavailable']").count()).resolves.toBe(0);
      await page.clock.fastForward(16_000);
      const notice = page.locator("[data-testid='office-unavailable']");
      await notice.waitFor();
      await expect(notice.getAttribute("data-reason")).resolves.toBe("noAnswer");
      const text = await notice.textContent();
      expect(text).toContain(translate("en", "ui.host.noAnswer.body", { seconds: 15 }));
      expect(text).toContain(translate("zh-CN", "ui.host.noAnswer.title"));
      await expect(page.locator("[data-position-id]").count()).resolves.toBe(0);
    } finally {
      await pane.close();
    }
  });

  test("opened in a plain browser (office.js reports no host), points to the browser page, which runs on the sample", async () => {
    const pane = await openPane(session, { page: "taskpane.html", officeJs: "local", waitForPositions: false });
    const { page } = pane;
    try {
      const notice = page.locator("[data-testid='office-unavailable']");
      await notice.waitFor();
      await expect(notice.getAttribute("data-reason")).resolves.toBe("notExcel");
      await page.getByRole("link", { name: translate("en", "ui.host.browserPage") }).click();
      await page.waitForSelector("[data-position-id]");
      expect(new URL(page.url()).pathname).toBe("/");
      await openTab(page, "overview");
      await expect(listedPositionIds(page)).resolves.toHaveLength(35);
    } finally {
      await pane.close();
    }
  });
});

describe("a host that cannot run the bundle", () => {
  test.each([["browser" as const], ["taskpane.html" as const]])(
    "on the %s page, the ES5 host check shows a bilingual message instead of a blank pane",
    async (pageName) => {
      const pane = await openPane(session, {
        page: pageName,
        officeJs: "local",
        breakBundle: true,
        waitForPositions: false,
      });
      const { page } = pane;
      try {
        const message = page.locator("#orgwright-unsupported");
        await message.waitFor();
        await expect(message.getAttribute("role")).resolves.toBe("alert");
        const text = await message.textContent();
        expect(text).toContain(translate("en", "ui.host.unsupported.title"));
        expect(text).toContain(translate("zh-CN", "ui.host.unsupported.title"));
        expect(await message.isVisible()).toBe(true);
        expect(pane.errors.some((error) => /SyntaxError/.test(error))).toBe(true);
        if (pageName === "browser") await saveScreenshot(page, "host-unsupported");
      } finally {
        await pane.close();
      }
    },
  );
});
