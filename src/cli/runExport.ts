import { writeFile } from "node:fs/promises";
import { chartBasis } from "../chart/chartBasis";
import { exportFontsMeasurer, pdfExport, pptxExport, svgExport } from "../chart/export/exportFiles";
import { pngNotice } from "../chart/export/pngNotice";
import { openWorkbookFile } from "../files/openWorkbookFile";
import { translatorFor, type Lang } from "../i18n";
import { loadWorkbook } from "../pipeline/loadWorkbook";
import { EXIT_OK, failWith, type CliOutput } from "./cliOutput";
import { readExportFonts } from "./exportFontsFromPackage";
import type { ExportCommand } from "./parseExportArgs";
import { problemMessage } from "./problemMessage";
import { readFileBytes } from "./readFileBytes";
import { renderPng } from "./renderPng";
import { sameFile } from "./sameFile";

/**
 * `orgwright export FILE --out CHART.svg|png|pdf|pptx`: reads the workbook as `check` does, builds the same scene as
 * the pane (view, subtree, depth, orientation) and writes it with the format's writer. Text is measured with the
 * fonts the PDF embeds and the PNG is drawn with. Exit codes as `check`: 0 written, 2 not.
 */
export async function runExport(command: ExportCommand, lang: Lang, output: CliOutput): Promise<number> {
  const t = translatorFor(lang);
  if (await sameFile(command.out, command.file))
    return failWith(output, t("cli.error.outIsInput", { file: command.out }));
  const read = await readFileBytes(command.file, t);
  if (!read.ok) return failWith(output, read.message);
  const opened = await openWorkbookFile(read.bytes, command.file);
  if (!opened.ok) return failWith(output, problemMessage(opened.problem, t, command.file));
  const loaded = await loadWorkbook(opened.source, { lang, sheet: command.sheet });
  if (!loaded.ok) return failWith(output, problemMessage(loaded.problem, t, command.file));
  const basis = chartBasis(loaded.loaded.analysis);
  if (command.root !== undefined && !basis.model.indexById.has(command.root))
    return failWith(output, t("export.cliNoRoot", { id: command.root }));

  const fonts = await readExportFonts();
  const context = { lang, translate: t, measure: exportFontsMeasurer(fonts), date: new Date() };
  const options = {
    view: command.view,
    root: command.root,
    depth: command.depth,
    orientation: command.orientation,
  };
  let bytes: Uint8Array;
  let cards: number;
  let note = "";
  switch (command.format) {
    case "svg": {
      const { svg, drawing } = svgExport(basis, options, context);
      bytes = new TextEncoder().encode(svg);
      cards = drawing.cards.length;
      break;
    }
    case "png": {
      const { svg, drawing } = svgExport(basis, options, context);
      const png = await renderPng(svg, drawing.width, drawing.height);
      bytes = png.bytes;
      cards = drawing.cards.length;
      note = pngNotice(png.plan, t) ?? "";
      break;
    }
    case "pdf": {
      const pdf = await pdfExport(basis, options, context, fonts, command);
      bytes = pdf.bytes;
      cards = pdf.drawing.cards.length;
      break;
    }
    case "pptx": {
      const pptx = await pptxExport(basis, options, context);
      bytes = pptx.bytes;
      cards = pptx.slides.reduce((sum, slide) => sum + slide.drawing.cards.length, 0);
      break;
    }
  }
  try {
    await writeFile(command.out, bytes);
  } catch (error) {
    return failWith(output, t("cli.error.fileNotWritten", { file: command.out, detail: (error as Error).message }));
  }
  const size =
    bytes.length >= 1024 * 1024
      ? `${(bytes.length / 1024 / 1024).toFixed(1)} MB`
      : `${Math.ceil(bytes.length / 1024)} KB`;
  if (note !== "") output.stderr(note + "\n");
  output.stdout(t("export.cliWritten", { file: command.out, cards, size }) + "\n");
  return EXIT_OK;
}
