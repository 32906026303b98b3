import type { ChartOrientation } from "../../core/layout/chartLayout";
import type { Lang } from "../../i18n";
import type { ChartOptions } from "../chartOptions";
import type { ExportChartOptions } from "./exportScene";
import type { PaperSize } from "./paper";
import type { DeckShape } from "./planDeck";

/** The formats the pane exports as a file. */
export type PaneFileFormat = "svg" | "png" | "pdf" | "pptx";

/** A PDF's pages: paper, orientation, and one poster page or readable tiles. */
export interface PdfPages {
  paper: PaperSize;
  landscape: boolean;
  pages: "poster" | "tiles";
}

/**
 * What the export dialog asks for: the format, what part of the chart (as the pane shows it, the whole org, or the
 * selected position's subtree), how many layers, the orientation, the language, and the format's own options.
 */
export interface PaneExportSettings {
  format: PaneFileFormat;
  scope: "shown" | "whole" | "selected";
  /** Layers shown below the top ("shown": as expanded in the pane; 0: every layer). */
  depth: "shown" | number;
  orientation: ChartOrientation;
  lang: Lang;
  pdf: PdfPages;
  deck: DeckShape;
}

export function defaultExportSettings(options: ChartOptions, lang: Lang): PaneExportSettings {
  return {
    format: "pdf",
    scope: "shown",
    depth: "shown",
    orientation: options.orientation,
    lang,
    pdf: { paper: "A4", landscape: true, pages: "tiles" },
    deck: "auto",
  };
}

/**
 * The export options for the dialog's settings over the pane's chart options: "shown" keeps the pane's view, focus and
 * what is expanded; "whole" is the whole org (every card expanded unless a depth is chosen); "selected" the selected
 * position's subtree.
 */
export function exportOptionsFor(
  settings: PaneExportSettings,
  options: ChartOptions,
  selectedId: string | undefined,
): ExportChartOptions {
  const depth = settings.depth === "shown" ? undefined : settings.depth === 0 ? undefined : settings.depth;
  const base = {
    orientation: settings.orientation,
    compact: options.compact,
    showDottedLines: options.showDottedLines,
    depth,
  };
  if (settings.scope === "selected" && selectedId !== undefined)
    return {
      ...base,
      view: "positions",
      root: selectedId,
      collapsedIds: settings.depth === "shown" ? options.collapsedIds : new Set(),
    };
  if (settings.scope === "whole") return { ...base, view: "positions", collapsedIds: new Set() };
  return {
    ...base,
    view: options.view === "focus" ? "positions" : options.view,
    root: options.view === "focus" ? options.focusId : undefined,
    collapsedIds: settings.depth === "shown" ? options.collapsedIds : new Set(),
    collapsedUnits: options.collapsedUnits,
  };
}
