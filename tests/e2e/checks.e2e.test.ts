import { findingMessage } from "../../src/core/findings/localizeFinding";
import { listedFindingCodes, openPane, saveScreenshot, paneSessionForFile } from "./support/paneBrowser";
import { analyzeSample, countCodes, fitsViewport, openTab, type PaneTabName } from "./support/paneViews";
import { seriousAccessibilityViolations } from "./support/axe";

const session = paneSessionForFile();

describe("the Checks view", () => {
  test("on the sample in English: every finding of the analysis, by severity and rule; filters; a click shows the position", async () => {
    const expected = (await analyzeSample("en")).analysis;
    const expectedCodes = expected.findings.map((finding) => finding.code);
    expect(expectedCodes).toEqual(expect.arrayContaining(["SPAN_TOO_NARROW", "SUPPORT_MISSING"]));

    const pane = await openPane(session);
    const { page } = pane;
    try {
      await openTab(page, "checks");
      await expect(listedFindingCodes(page).then(countCodes)).resolves.toEqual(countCodes(expectedCodes));
      await expect(page.getByTestId("findings-shown").textContent()).resolves.toBe(
        `${expectedCodes.length} of ${expectedCodes.length} findings shown`,
      );
      // Grouped by severity, then rule: each rule's group holds exactly its findings (its list renders those near the
      // viewport; it says how many it has, and each finding its place among them).
      for (const finding of expected.findings) {
        const group = page.locator(`[data-severity='${finding.severity}'] [data-rule='${finding.code}']`);
        const count = expectedCodes.filter((code) => code === finding.code).length;
        await expect(group.locator("ul[data-virtual-list]").getAttribute("data-virtual-list")).resolves.toBe(
          String(count),
        );
        await expect(group.locator("[data-finding-code]").first().getAttribute("aria-setsize")).resolves.toBe(
          String(count),
        );
      }
      await expect(page.locator("[data-rule='SPAN_TOO_NARROW'] h4").textContent()).resolves.toContain(
        "Span too narrow",
      );

      // One rule.
      await page.getByTestId("rule-filter").click();
      const support = expectedCodes.filter((code) => code === "SUPPORT_MISSING").length;
      await page.getByRole("option", { name: `Support missing (${support})` }).click();
      await expect(listedFindingCodes(page)).resolves.toEqual(Array(support).fill("SUPPORT_MISSING"));
      await expect(page.getByTestId("findings-shown").textContent()).resolves.toBe(
        `${support} of ${expectedCodes.length} findings shown`,
      );
      await page.getByRole("button", { name: "Clear filters" }).click();
      await expect(listedFindingCodes(page).then((codes) => codes.length)).resolves.toBe(expectedCodes.length);

      // Text: a position ID.
      await page.getByTestId("finding-search").fill("OC-030");
      const mentioning = expected.findings.filter(
        (finding) => findingMessage(finding, "en").includes("OC-030") || finding.ids.includes("OC-030"),
      );
      expect(mentioning.length).toBeGreaterThan(0);
      await expect(listedFindingCodes(page).then(countCodes)).resolves.toEqual(
        countCodes(mentioning.map((finding) => finding.code)),
      );
      await page.getByTestId("finding-search").fill("");

      // Severity: warnings only, then none of them ticked again.
      const warnings = expectedCodes.filter((_, i) => expected.findings[i].severity === "warning").length;
      await page.locator("[data-severity-filter='warning']").click();
      await expect(listedFindingCodes(page).then((codes) => codes.length)).resolves.toBe(warnings);
      await page.locator("[data-severity-filter='warning']").click();

      // A click on a finding: outside Excel the position is highlighted in the outline, with its row.
      const narrow = expected.findings.find((finding) => finding.code === "SPAN_TOO_NARROW")!;
      const id = String(narrow.params.id);
      const row = expected.model.positions[expected.model.indexById.get(id)!].row;
      await page.locator("[data-finding-code='SPAN_TOO_NARROW'] button").first().click();
      const position = page.locator(`[data-position-id='${id}']`);
      await expect(position.getAttribute("data-focused")).resolves.toBe("true");
      await expect(position.getAttribute("aria-current")).resolves.toBe("true");
      await expect(page.locator("[data-focused='true']").count()).resolves.toBe(1);
      await expect(position.getByTestId("focused-row").textContent()).resolves.toBe(`Row ${row}`);
      await expect(page.getByTestId("finding-status").textContent()).resolves.toBe(
        `Row ${row} of “Positions”, shown in the positions below.`,
      );
      // …and scrolled into view.
      const box = await position.boundingBox();
      expect(box!.y).toBeGreaterThanOrEqual(0);
      expect(box!.y + box!.height).toBeLessThanOrEqual(800);
      await saveScreenshot(page, "checks-en-focused");
      // Back to the finding: it is in view again, and has the keyboard focus.
      await position.getByRole("button", { name: "Back to the finding" }).click();
      await expect(
        page.evaluate(() => document.activeElement?.closest("[data-finding-code]")?.getAttribute("data-selected")),
      ).resolves.toBe("true");

      await expect(fitsViewport(page)).resolves.toBe(true);
      expect(pane.blockedRequests).toEqual([]);
      expect(pane.errors).toEqual([]);
    } finally {
      await pane.close();
    }
  });

  test("on the sample in Chinese: the findings, rules and filters speak Chinese", async () => {
    const expected = (await analyzeSample("zh-CN")).analysis;
    const pane = await openPane(session, { locale: "zh-CN" });
    const { page } = pane;
    try {
      await page.getByRole("tab", { name: "检查" }).click();
      await page.getByTestId("checks").waitFor();
      await expect(page.getByRole("heading", { name: "检查结果" }).count()).resolves.toBe(1);
      await expect(listedFindingCodes(page).then(countCodes)).resolves.toEqual(
        countCodes(expected.findings.map((finding) => finding.code)),
      );
      await expect(page.locator("[data-rule='SPAN_TOO_NARROW'] h4").textContent()).resolves.toContain("管理幅度过窄");
      const first = expected.findings.find((finding) => finding.code === "SUPPORT_MISSING")!;
      await expect(page.locator("[data-finding-code='SUPPORT_MISSING']").first().textContent()).resolves.toContain(
        findingMessage(first, "zh-CN"),
      );
      await expect(page.getByTestId("findings-shown").textContent()).resolves.toBe(
        `显示 ${expected.findings.length} / ${expected.findings.length} 条结果`,
      );
      await page.getByTestId("finding-search").fill("没有这样的文字");
      await expect(page.getByText("没有符合筛选条件的结果。").count()).resolves.toBe(1);
      await page.getByRole("button", { name: "清除筛选" }).click();
      expect(pane.errors).toEqual([]);
    } finally {
      await pane.close();
    }
  });

  test.each<[string, string]>([
    ["en-US", "English"],
    ["zh-CN", "Chinese"],
  ])("axe-core finds no serious or critical accessibility problems in the views (%s)", async (locale) => {
    const pane = await openPane(session, { locale });
    const { page } = pane;
    try {
      const views: PaneTabName[] = ["checks", "overview", "coverage", "settings"];
      for (const view of views) {
        await openTab(page, view);
        if (view === "checks") await page.locator("[data-finding-code] button").first().click();
        await expect(seriousAccessibilityViolations(page)).resolves.toEqual([]);
      }
      expect(pane.errors).toEqual([]);
    } finally {
      await pane.close();
    }
  });
});
