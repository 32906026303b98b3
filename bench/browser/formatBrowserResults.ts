/** The browser bench's results as Markdown tables (printed, and ready for docs/benchmarks.md). */
import type { BrowserBenchResults, Spread } from "./runBrowserBench";

function ms(value: number): string {
  if (!Number.isFinite(value)) return "–";
  if (value >= 1000) return Math.round(value).toLocaleString("en");
  if (value >= 100) return value.toFixed(0);
  if (value >= 10) return value.toFixed(1);
  return value.toFixed(2);
}

function range(s: Spread): string {
  return s.samples.length > 1 ? `${ms(s.median)} (${ms(s.min)}–${ms(s.max)})` : ms(s.median);
}

function count(value: number): string {
  return Number.isFinite(value) ? Math.round(value).toLocaleString("en") : "–";
}

function table(header: string[], rows: string[][]): string {
  const align = header.map((_, i) => (i === 0 ? "---:" : "---"));
  return [header, align, ...rows].map((cells) => `| ${cells.join(" | ")} |`).join("\n");
}

export function formatBrowserResults(results: BrowserBenchResults): string {
  const out: string[] = [];
  const m = results.machine;
  out.push(
    `Browser bench · ${m.date} · ${m.cpu} × ${m.cores} · ${results.chromium} (headless, ${results.flags.join(" ")}) · ` +
      `seed ${results.seed} · page bundle ${results.bundleKB.toFixed(0)} KB · ${results.seconds.toFixed(0)} s`,
  );
  out.push("");
  out.push("Orgwright, rows in memory → first complete frame, all expanded (median (min–max) ms over runs):");
  out.push(
    table(
      [
        "N",
        "container",
        "runs",
        "buildOrgModel",
        "tree + layout",
        "scene",
        "setScene → frame",
        "**total**",
        "cards drawn",
        "DOM nodes",
        "chart size (px)",
      ],
      results.ours.map((r) => [
        count(r.size),
        `${r.container.width}×${r.container.height}`,
        String(r.runs),
        range(r.model),
        range(r.treeLayout),
        range(r.scene),
        range(r.render),
        `**${range(r.total)}**`,
        count(r.cardsDrawn),
        count(r.domNodes),
        `${count(r.chartWidth)} × ${count(r.chartHeight)} at k ${r.openingScale.toFixed(2)}`,
      ]),
    ),
  );
  out.push("");
  out.push(
    results.ours
      .map(
        (r) =>
          `N=${count(r.size)} ${r.container.width}×${r.container.height}: scene = rollups ${ms(r.sceneParts.rollups)} + ` +
          `departments ${ms(r.sceneParts.departments)} + findings/content ${ms(r.sceneParts.findingsAndContent)}; ` +
          `setScene itself ${ms(r.renderSync)} of the ${ms(r.render.median)} to the frame`,
      )
      .join("\n"),
  );
  if (results.peer.length > 0) {
    out.push("");
    out.push("d3-org-chart (expandAll, 220×110 HTML cards), rows in memory → … (median (min–max) ms), 1280×800:");
    out.push(
      table(
        ["N", "runs", "expandAll() returned", "**first frame**", "settled", "cards", "DOM nodes"],
        results.peer.map((r) => [
          count(r.size),
          String(r.runs),
          range(r.sync),
          `**${range(r.firstFrame)}**`,
          range(r.settled),
          count(r.cards),
          count(r.domNodes),
        ]),
      ),
    );
  }
  if (results.ratios.length > 0) {
    out.push("");
    out.push("Same N, same run: first frame, d3-org-chart ÷ Orgwright (1280×800):");
    out.push(
      table(
        ["N", "Orgwright ms", "d3-org-chart ms", "**× faster**"],
        results.ratios.map((r) => [count(r.size), ms(r.oursMs), ms(r.peerMs), `**${r.speedup.toFixed(0)}×**`]),
      ),
    );
  }
  if (results.pans.length > 0) {
    out.push("");
    out.push(
      "Pan frames (40 px a frame; frame cost = rAF callback start → MessageChannel task after the frame; median across runs of each run's median / p95):",
    );
    out.push(
      table(
        [
          "N",
          "contender",
          "where",
          "scale",
          "cards in view",
          "drawn as",
          "runs × frames",
          "**median / p95 ms**",
          "JS median / p95 ms",
          "rAF interval ms",
        ],
        results.pans.map((p) => [
          count(p.size),
          p.contender,
          p.start,
          p.k < 0.1 ? p.k.toFixed(3) : p.k.toFixed(2),
          count(p.cardsInView),
          p.lod ?? "all DOM",
          `${p.runs} × ${p.frames}`,
          `**${ms(p.median)} / ${ms(p.p95)}**`,
          p.scriptMedian === undefined ? "–" : `${ms(p.scriptMedian)} / ${ms(p.scriptP95 ?? NaN)}`,
          ms(p.intervalMedian),
        ]),
      ),
    );
  }
  if (results.memory.length > 0) {
    out.push("");
    out.push("Memory with the org loaded and drawn (renderer RSS from ps before a GC; JS heap after a forced GC):");
    out.push(
      table(
        ["N", "contender", "renderer RSS MB", "JS heap MB", "DOM nodes"],
        results.memory.map((r) => [
          count(r.size),
          r.contender,
          count(r.rendererRssMB),
          r.jsHeapMB.toFixed(1),
          count(r.domNodes),
        ]),
      ),
    );
  }
  return out.join("\n");
}
