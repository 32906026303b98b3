/**
 * The export suite (issue 11 §6), `npx tsx bench/exportBench.ts [--record]` or `npm run bench -- --suites export`:
 * on generated orgs, the SVG of 10,000 positions (target ≤ 1 s), the PDF and the PPTX of 1,000 (≤ 2 s each), and
 * subsetting the two Noto Sans SC faces to a chart's characters (≤ 300 ms), each the median of a few runs after a
 * warm-up, the whole chart expanded. Times the writers from the analysed org (scene, card layout, edges, writer); the
 * fonts are read once beforehand, as the pane keeps them once loaded.
 */
import { chartBasis } from "../src/chart/chartBasis";
import { exportFontsMeasurer, drawingTexts, pdfExport, pptxExport, svgExport } from "../src/chart/export/exportFiles";
import { charactersOf, subsetFontTo } from "../src/chart/export/exportFonts";
import { readExportFonts } from "../src/cli/exportFontsFromPackage";
import { analyzeWorkbook } from "../src/core/analyzeWorkbook";
import { translatorFor } from "../src/i18n";
import { generateOrg } from "./generateOrg";

export interface ExportBenchRow {
  what: string;
  positions: number;
  medianMs: number;
  targetMs: number;
  detail: string;
}

async function median(runs: number, work: () => Promise<unknown> | unknown): Promise<number> {
  await work();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

function basisOf(size: number) {
  const { grid } = generateOrg(size);
  return chartBasis(analyzeWorkbook({ positions: grid }, { lang: "en" }));
}

export async function runExportBench(runs = 5): Promise<ExportBenchRow[]> {
  const fonts = await readExportFonts();
  const context = {
    lang: "en" as const,
    translate: translatorFor("en"),
    measure: exportFontsMeasurer(fonts),
    date: new Date(),
  };
  const rows: ExportBenchRow[] = [];
  const big = basisOf(10_000);
  let svgBytes = 0;
  rows.push({
    what: "SVG",
    positions: 10_000,
    medianMs: await median(runs, () => (svgBytes = svgExport(big, { view: "positions" }, context).svg.length)),
    targetMs: 1000,
    detail: `${(svgBytes / 1024 / 1024).toFixed(1)} MB`,
  });
  const small = basisOf(1_000);
  const page = { paper: "A3" as const, landscape: true, pages: "tiles" as const };
  let pdfBytes = 0;
  rows.push({
    what: "PDF (tiles, A3)",
    positions: 1_000,
    medianMs: await median(runs, async () => {
      pdfBytes = (await pdfExport(small, { view: "positions" }, context, fonts, page)).bytes.length;
    }),
    targetMs: 2000,
    detail: `${Math.round(pdfBytes / 1024)} KB`,
  });
  let pptxBytes = 0;
  let slides = 0;
  rows.push({
    what: "PPTX (deck)",
    positions: 1_000,
    medianMs: await median(runs, async () => {
      const pptx = await pptxExport(small, { view: "positions" }, context);
      pptxBytes = pptx.bytes.length;
      slides = pptx.slides.length;
    }),
    targetMs: 2000,
    detail: `${slides} slides, ${Math.round(pptxBytes / 1024)} KB`,
  });
  const { drawing } = svgExport(small, { view: "positions" }, context);
  const characters = charactersOf(drawingTexts(drawing));
  let subsetBytes = 0;
  rows.push({
    what: "Font subsetting (2 faces)",
    positions: 1_000,
    medianMs: await median(runs, async () => {
      const [a, b] = await Promise.all([
        subsetFontTo(fonts, fonts.regular, characters),
        subsetFontTo(fonts, fonts.bold, characters),
      ]);
      subsetBytes = a.length + b.length;
    }),
    targetMs: 300,
    detail: `${[...characters].length} characters → ${Math.round(subsetBytes / 1024)} KB`,
  });
  return rows;
}

export function formatExportBench(rows: readonly ExportBenchRow[]): string {
  const lines = [
    "| export | positions | median | target | result | output |",
    "|---|---:|---:|---:|---|---|",
    ...rows.map(
      (row) =>
        `| ${row.what} | ${row.positions.toLocaleString("en-US")} | ${Math.round(row.medianMs)} ms | ≤ ${row.targetMs} ms | ${row.medianMs <= row.targetMs ? "PASS" : "MISS"} | ${row.detail} |`,
    ),
  ];
  return lines.join("\n");
}

if (require.main === module)
  runExportBench(Number(process.argv[2]) || 5).then(
    (rows) => console.log(formatExportBench(rows)),
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
