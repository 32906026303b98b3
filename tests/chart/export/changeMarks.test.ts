import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DOMParser } from "@xmldom/xmldom";
import JSZip from "jszip";
import type { ChartChanges } from "../../../src/chart/chartChanges";
import { LIGHT_CHART_THEME } from "../../../src/chart/chartTheme";
import { pdfExport, pptxExport, svgExport } from "../../../src/chart/export/exportFiles";
import { sampleExport, squeeze } from "./sampleExport";

jest.setTimeout(120_000);

const dir = mkdtempSync(join(tmpdir(), "orgwright-changes-"));

/** A plan's changes on the sample: one added, one moved, one changed position, and one removed (a ghost). */
function changesOf(ids: string[]): ChartChanges {
  return {
    kinds: new Map([
      [ids[1], "added"],
      [ids[2], "moved"],
      [ids[3], "changed"],
    ]),
    removed: [{ id: "GONE-1", title: "Retired <Role>", department: "Operations", ghostParent: ids[0] }],
  };
}

test("a plan's change marks, coloured outlines, ghost and legend in SVG, PDF and PowerPoint", async () => {
  const { analysis, basis, context, fonts } = await sampleExport("en");
  const ids = analysis.model.positions.map((position) => position.id);
  const options = { view: "positions" as const, changes: changesOf(ids) };
  const colours = LIGHT_CHART_THEME.changes;

  const { svg, drawing } = svgExport(basis, options, context);
  expect(drawing.changeLegend.map((entry) => entry.label.text)).toEqual([
    "Added: 1",
    "Moved: 1",
    "Changed: 1",
    "Removed: 1",
  ]);
  const doc = new DOMParser().parseFromString(svg, "image/svg+xml");
  const circles = Array.from(doc.getElementsByTagName("circle"));
  // Three changed cards and the ghost carry a mark; the legend one per kind.
  expect(circles.filter((circle) => circle.getAttribute("fill") === colours.added)).toHaveLength(2);
  expect(circles.filter((circle) => circle.getAttribute("fill") === colours.removed)).toHaveLength(2);
  expect(svg).toContain(`stroke="${colours.moved}"`);
  // The ghost's title is cell text: escaped.
  expect(svg).toContain("Retired &lt;Role&gt;");
  const texts = Array.from(doc.getElementsByTagName("text")).map((node) => node.textContent);
  for (const mark of ["+", "→", "Δ", "×"]) expect(texts).toContain(mark);

  const pdf = await pdfExport(basis, options, context, fonts, { paper: "A3", landscape: true, pages: "poster" });
  const file = join(dir, "changes.pdf");
  writeFileSync(file, pdf.bytes);
  const text = squeeze(execFileSync("pdftotext", ["-enc", "UTF-8", file, "-"], { encoding: "utf8" }));
  expect(text).toContain(squeeze("Changes against the baseline"));
  expect(text).toContain("Removed:1");
  expect(text).toContain("Retired<Role>");

  const pptx = await pptxExport(basis, options, context, "slide");
  const slide = await (await JSZip.loadAsync(pptx.bytes)).file("ppt/slides/slide1.xml")!.async("string");
  expect(slide.match(/name="Change mark \d+: /g)).toHaveLength(4);
  expect(slide).toContain(colours.changed.slice(1).toUpperCase());
  expect(slide).toContain("Retired &lt;Role&gt;");
  expect(slide).toContain("Removed: 1");
});
