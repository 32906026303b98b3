import { OFFICE_JS_CDN, listedPositionIds, openPane, paneSessionForFile } from "./support/paneBrowser";
import { openTab } from "./support/paneViews";

const session = paneSessionForFile();

describe("the pane asked to look for Office (?office=1)", () => {
  test("with office.js served from node_modules, Office.onReady reports no host and the pane runs on the sample", async () => {
    const pane = await openPane(session, { query: "?office=1", officeJs: "local" });
    const { page } = pane;
    try {
      expect(pane.officeJsServed[0]).toBe(`${OFFICE_JS_CDN}office.js`);
      const ready = await page.evaluate(async () => {
        const office = (window as unknown as { Office?: { onReady(): Promise<{ host: unknown; platform: unknown }> } })
          .Office;
        if (!office) return "no Office global";
        const info = await office.onReady();
        return { host: info.host, platform: info.platform };
      });
      expect(ready).toEqual({ host: null, platform: null });
      await expect(page.evaluate(() => typeof (window as { Excel?: unknown }).Excel)).resolves.toBe("undefined");
      await openTab(page, "overview");
      await expect(listedPositionIds(page)).resolves.toHaveLength(35);
      await expect(page.getByTestId("source-description").textContent()).resolves.toContain(
        "Sample: operations center",
      );
      await expect(page.getByRole("button", { name: "Open file…" }).count()).resolves.toBe(1);
      await expect(page.getByRole("button", { name: "Insert sample" }).count()).resolves.toBe(0);
      // Only office.js's own files were asked for outside the local server.
      for (const url of [...pane.officeJsServed, ...pane.blockedRequests])
        expect(url.startsWith(OFFICE_JS_CDN)).toBe(true);
      expect(pane.errors).toEqual([]);
    } finally {
      await pane.close();
    }
  });

  test("offline (the office.js request fails), the pane still runs on the sample", async () => {
    const started = Date.now();
    const pane = await openPane(session, { query: "?office=1", officeJs: "offline" });
    const { page } = pane;
    try {
      await openTab(page, "overview");
      await expect(listedPositionIds(page)).resolves.toHaveLength(35);
      expect(Date.now() - started).toBeLessThan(10_000);
      expect(pane.blockedRequests).toEqual([`${OFFICE_JS_CDN}office.js`]);
      await expect(page.evaluate(() => typeof (window as { Office?: unknown }).Office)).resolves.toBe("undefined");
      // The only error is the browser's own note that office.js could not be fetched.
      expect(pane.errors.filter((error) => !/ERR_INTERNET_DISCONNECTED/.test(error))).toEqual([]);
    } finally {
      await pane.close();
    }
  });
});
