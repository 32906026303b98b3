import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DOMParser } from "@xmldom/xmldom";
import JSZip from "jszip";
import { pdfExport, pptxExport, svgExport } from "../../../src/chart/export/exportFiles";
import { renderPng } from "../../../src/cli/renderPng";
import type { Lang } from "../../../src/i18n";
import { sampleExport, squeeze } from "./sampleExport";

jest.setTimeout(240_000);

const dir = mkdtempSync(join(tmpdir(), "orgwright-export-"));
const LANGS: Lang[] = ["en", "zh-CN"];

/** Every title and every holder's name of the sample as the cards show them (no line breaks). */
function titlesAndHolders(analysis: Awaited<ReturnType<typeof sampleExport>>["analysis"]): string[] {
  const texts = new Set<string>();
  for (const position of analysis.model.positions) {
    if (position.title.trim() !== "") texts.add(position.title.trim());
    if (position.name.trim() !== "") texts.add(position.name.trim());
  }
  return [...texts];
}

function pdfText(file: string): string {
  return execFileSync("pdftotext", ["-enc", "UTF-8", file, "-"], { encoding: "utf8" });
}

describe.each(LANGS)("export of the %s sample", (lang) => {
  test("SVG: real text with every title and holder, attributes not classes, no foreignObject or script", async () => {
    const { analysis, basis, context } = await sampleExport(lang);
    const { svg, drawing } = svgExport(basis, { view: "positions" }, context);
    expect(drawing.cards.length).toBe(analysis.model.positions.length + (analysis.model.roots.length > 1 ? 1 : 0));
    expect(svg).not.toMatch(/foreignObject|<script|<style|class=|var\(--/i);
    const doc = new DOMParser().parseFromString(svg, "image/svg+xml");
    const texts = squeeze(
      Array.from(doc.getElementsByTagName("text"))
        .map((node) => node.textContent ?? "")
        .join(""),
    );
    for (const text of titlesAndHolders(analysis)) expect(texts).toContain(squeeze(text));
    expect(doc.documentElement!.getAttribute("font-family")).toMatch(/Noto Sans SC|Microsoft YaHei/);
  });

  test("PDF: pdftotext finds every title and holder; the fonts are subsets", async () => {
    const { analysis, basis, context, fonts } = await sampleExport(lang);
    for (const pages of ["poster", "tiles"] as const) {
      const { bytes } = await pdfExport(basis, { view: "positions" }, context, fonts, {
        paper: "A4",
        landscape: true,
        pages,
      });
      const file = join(dir, `${lang}-${pages}.pdf`);
      writeFileSync(file, bytes);
      const text = squeeze(pdfText(file));
      for (const expected of titlesAndHolders(analysis)) expect(text).toContain(squeeze(expected));
      const fontList = execFileSync("pdffonts", [file], { encoding: "utf8" });
      expect(fontList).toMatch(/NotoSansSC/);
      // A subset: far smaller than the 10 MB font.
      expect(bytes.length).toBeLessThan(600_000);
      const info = execFileSync("pdfinfo", [file], { encoding: "utf8" });
      const pageCount = Number(/Pages:\s+(\d+)/.exec(info)![1]);
      if (pages === "poster") expect(pageCount).toBe(1);
      else expect(pageCount).toBeGreaterThan(1);
    }
  });

  test("PPTX: one connector per reporting line, glued to existing cards; LibreOffice reads every title and holder", async () => {
    const { analysis, basis, context } = await sampleExport(lang);
    const { bytes, slides } = await pptxExport(basis, { view: "positions" }, context);
    const zip = await JSZip.loadAsync(bytes);
    for (let i = 0; i < slides.length; i++) {
      const xml = await zip.file(`ppt/slides/slide${i + 1}.xml`)!.async("string");
      const doc = new DOMParser().parseFromString(xml, "application/xml");
      const shapeIds = new Set(
        Array.from(doc.getElementsByTagName("p:sp")).map((sp) =>
          sp.getElementsByTagName("p:cNvPr")[0].getAttribute("id"),
        ),
      );
      const connectors = Array.from(doc.getElementsByTagName("p:cxnSp"));
      const slide = slides[i];
      const reporting = slide.drawing.edges.filter((edge) => edge.kind !== "dotted").length;
      expect(reporting).toBe(slide.drawing.cards.length - 1);
      expect(connectors.length).toBe(slide.drawing.edges.length);
      for (const connector of connectors) {
        const start = connector.getElementsByTagName("a:stCxn")[0];
        const end = connector.getElementsByTagName("a:endCxn")[0];
        expect(shapeIds.has(start.getAttribute("id"))).toBe(true);
        expect(shapeIds.has(end.getAttribute("id"))).toBe(true);
        expect(start.getAttribute("id")).not.toBe(end.getAttribute("id"));
      }
      const dashed = connectors.filter((c) => c.getElementsByTagName("a:prstDash").length > 0).length;
      expect(dashed).toBe(slide.drawing.edges.length - reporting);
      // Every run names its East Asian font.
      const runs = doc.getElementsByTagName("a:rPr");
      for (const run of Array.from(runs)) expect(run.getElementsByTagName("a:ea").length).toBe(1);
    }
    const file = join(dir, `${lang}.pptx`);
    writeFileSync(file, bytes);
    execFileSync("soffice", ["--headless", "--convert-to", "pdf", "--outdir", dir, file], { stdio: "ignore" });
    const text = squeeze(pdfText(join(dir, `${lang}.pdf`)));
    for (const expected of titlesAndHolders(analysis)) expect(text).toContain(squeeze(expected));
  });

  test("PNG: twice the drawing's size, and not blank", async () => {
    const { basis, context } = await sampleExport(lang);
    const { svg, drawing } = svgExport(basis, { view: "positions", root: undefined, depth: 2 }, context);
    const png = await renderPng(svg, drawing.width, drawing.height);
    expect(png.plan).toMatchObject({ mode: "whole", scale: 2, tiles: 1 });
    const bytes = Buffer.from(png.bytes);
    expect(bytes.readUInt32BE(16)).toBe(Math.round(drawing.width * 2));
    expect(bytes.readUInt32BE(20)).toBe(Math.round(drawing.height * 2));
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const UPNG = require("@pdf-lib/upng").default ?? require("@pdf-lib/upng");
    const image = UPNG.decode(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length));
    const rgba = new Uint8Array(UPNG.toRGBA8(image)[0]);
    let ink = 0;
    for (let i = 0; i < rgba.length; i += 4) if (rgba[i] < 200 || rgba[i + 1] < 200 || rgba[i + 2] < 200) ink++;
    expect(ink / (rgba.length / 4)).toBeGreaterThan(0.01);
  });
});

test("cell text is data in every format: markup in a title shows as literal text", async () => {
  const markup = `<script>alert("x")</script><b>&amp;`;
  const { basis, context, fonts } = await sampleExport("en", (positions) => {
    const row = positions.rows[1];
    const column = positions.rows[0].findIndex((cell) => /title/i.test(String(cell)));
    row[column] = markup;
  });
  const { svg } = svgExport(basis, { view: "positions", depth: 1 }, context);
  expect(svg).not.toContain("<script>");
  expect(svg).not.toContain("<b>");
  const doc = new DOMParser().parseFromString(svg, "image/svg+xml");
  const texts = Array.from(doc.getElementsByTagName("text")).map((node) => node.textContent ?? "");
  expect(texts.join("")).toContain("<script>");
  const { bytes } = await pdfExport(basis, { view: "positions", depth: 1 }, context, fonts, {
    paper: "A4",
    landscape: false,
    pages: "poster",
  });
  const file = join(dir, "markup.pdf");
  writeFileSync(file, bytes);
  expect(squeeze(pdfText(file))).toContain("<script>");
  const pptx = await pptxExport(basis, { view: "positions", depth: 1 }, context);
  const slide = await (await JSZip.loadAsync(pptx.bytes)).file("ppt/slides/slide1.xml")!.async("string");
  expect(slide).toContain("&lt;script&gt;");
  expect(new DOMParser().parseFromString(slide, "application/xml").getElementsByTagName("script").length).toBe(0);
  expect(readFileSync(file).length).toBeGreaterThan(0);
});
