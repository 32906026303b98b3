/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 *
 * The chart canvas draws a big org's scene in a task of its own, after React's commit (issue 9 §2: no main-thread
 * task at 100,000 positions over 100 ms; the render that builds the scene and the drawing of its cards were one).
 */
import { TextDecoder, TextEncoder } from "node:util";
import { act, createRef } from "react";
import { createRoot, type Root } from "react-dom/client";
import { buildChartScene } from "../../../src/chart/buildChartScene";
import { chartBasis } from "../../../src/chart/chartBasis";
import { DEFAULT_CHART_OPTIONS } from "../../../src/chart/chartOptions";
import { openWorkbookFile } from "../../../src/files";
import { translatorFor } from "../../../src/i18n";
import { OrgChartCanvas, type OrgChartHandle } from "../../../src/taskpane/components/chart/OrgChartCanvas";
import { loadOrgWorkbook } from "../../../src/taskpane/loadOrgWorkbook";

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
Object.assign(globalThis, { TextDecoder, TextEncoder });

const CSV = "Position ID,Title,Reports To\nB,Boss,\nL1,Lead one,B\nL2,Lead two,B\n";

async function scene() {
  const opened = await openWorkbookFile(new TextEncoder().encode(CSV), "org.csv");
  if (!opened.ok) throw new Error(opened.problem.code);
  const loaded = await loadOrgWorkbook(opened.source, { lang: "en" });
  if (!loaded.ok) throw new Error(loaded.problem.code);
  return buildChartScene(chartBasis(loaded.loaded.analysis), DEFAULT_CHART_OPTIONS, "en", translatorFor("en")).scene;
}

const cards = () => document.querySelectorAll("[data-testid='org-chart'] [data-position-id]").length;

describe("OrgChartCanvas", () => {
  let root: Root;
  let host: HTMLDivElement;

  beforeEach(() => {
    Object.defineProperty(HTMLElement.prototype, "clientWidth", { configurable: true, get: () => 600 });
    Object.defineProperty(HTMLElement.prototype, "clientHeight", { configurable: true, get: () => 500 });
    host = document.createElement("div");
    document.body.appendChild(host);
    root = createRoot(host);
  });

  afterEach(() => {
    act(() => root.unmount());
    host.remove();
  });

  function render(drawn: Awaited<ReturnType<typeof scene>>, drawApart: boolean) {
    act(() =>
      root.render(
        <OrgChartCanvas
          ref={createRef<OrgChartHandle>()}
          scene={drawn}
          selected={-1}
          revealTicket={0}
          openKey="k"
          onActivate={() => undefined}
          onToggle={() => undefined}
          onViewChange={() => undefined}
          cardOfPosition={() => -1}
          height={500}
          drawApart={drawApart}
        />,
      ),
    );
  }

  it("draws the scene in the commit by default", async () => {
    render(await scene(), false);
    expect(cards()).toBe(3);
  });

  it("with drawApart, draws it in a task of its own after the commit", async () => {
    render(await scene(), true);
    expect(cards()).toBe(0); // React's task ended without the cards
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
    expect(cards()).toBe(3);
  });

  it("with drawApart, a scene replaced before its task came is never drawn; the newest is", async () => {
    const first = await scene();
    const second = await scene();
    const drawn: unknown[] = [];
    const spy = jest
      .spyOn((await import("../../../src/chart/orgChartView")).OrgChartView.prototype, "setScene")
      .mockImplementation(function (this: unknown, s: unknown) {
        drawn.push(s);
      });
    try {
      render(first, true);
      render(second, true);
      await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
      expect(drawn).toEqual([second]);
    } finally {
      spy.mockRestore();
    }
  });
});
