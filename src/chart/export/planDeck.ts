import type { Lang, Translate } from "../../i18n";
import type { ChartBasis } from "../chartBasis";
import type { TextMeasurer } from "../textMeasure";
import { drawChartForExport } from "./exportChart";
import type { ExportChartOptions } from "./exportScene";
import { slideScale, type PptxSlide } from "./writePptx";

/** A slide's chart is readable at this scale or more (a card's title at 7.3 pt). */
export const READABLE_SLIDE_SCALE = 0.75;
/** Depths tried for a subtree's slide, deepest first. */
const DEPTHS = [4, 3, 2];
/** A deck stops growing here (a 100,000-position org would otherwise make thousands of slides). */
export const MAX_SLIDES = 300;

export type DeckShape = "auto" | "slide" | "deck";

/**
 * The slides of an export: the chart on one slide when it is readable there; otherwise a deck: the departments
 * overview first (unless the departments view is what is exported), then the org from the top, as deep as a slide
 * keeps readable (at least a manager and its reports), then one slide for each card shown with hidden reports ("+N"),
 * its subtree in turn, breadth first. A deck asked for ("deck") is made even when one slide would do: the overview, the
 * top with its reports, then a slide per department head's team and so on down.
 */
export function planDeck(
  basis: ChartBasis,
  options: ExportChartOptions,
  context: { lang: Lang; translate: Translate; measure: TextMeasurer; date: Date },
  /** "auto": one slide when it is readable, else a deck; "slide": always one slide; "deck": always a deck. */
  shape: DeckShape = "auto",
): PptxSlide[] {
  if (shape !== "deck" || options.view === "departments") {
    const whole = drawChartForExport(basis, options, context).drawing;
    if (shape === "slide" || slideScale(whole) >= READABLE_SLIDE_SCALE || options.view === "departments")
      return [{ drawing: whole, title: whole.title.text }];
  }
  const slides: PptxSlide[] = [];
  const overview = drawChartForExport(
    basis,
    { ...options, view: "departments", root: undefined, depth: undefined },
    context,
  ).drawing;
  slides.push({ drawing: overview, title: context.translate("export.overview") });
  const queue: Array<string | undefined> = [options.root];
  const done = new Set<string>();
  let first = true;
  while (queue.length > 0 && slides.length < MAX_SLIDES) {
    const root = queue.shift();
    let chosen = null;
    // A deck asked for: the top slide shows the top and its reports, each department head's team a slide of its own.
    const depths = first && shape === "deck" ? [2] : DEPTHS;
    first = false;
    for (const depth of depths) {
      chosen = drawChartForExport(basis, { ...options, root, depth }, context).drawing;
      if (slideScale(chosen) >= READABLE_SLIDE_SCALE) break;
    }
    if (chosen === null) break;
    slides.push({ drawing: chosen, title: chosen.title.text });
    if (root !== undefined) done.add(root);
    for (const card of chosen.cards) {
      const { content } = card;
      if (content.hiddenReports > 0 && content.id !== "" && content.id !== root && !done.has(content.id)) {
        done.add(content.id);
        queue.push(content.id);
      }
    }
  }
  return slides;
}
