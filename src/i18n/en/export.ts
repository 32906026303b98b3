/** Export strings: the exported chart's header, legend and pages, the pane's Export menu, the command line's export. */
export const exportEn = {
  "export.title": "Org chart",
  "export.titleDepartments": "Org chart: departments",
  "export.titleFocus": "Org chart: {name}",
  "export.date": "Exported {date}",
  "export.legend": "Departments",
  "export.page": "Page {page} of {pages}",
  "export.overview": "Departments overview",
  "export.menu": "Export",
  "export.svg": "SVG picture",
  "export.png": "PNG picture (2×)",
  "export.pdf": "PDF",
  "export.pptx": "PowerPoint (.pptx)",
  "export.working": "Exporting {format}…",
  "export.done": "{file} is ready ({size}).",
  "export.downloaded": "{file} was downloaded.",
  "export.failed": "The export failed: {reason}",
  "export.noDownload":
    "This version of Excel cannot save files from the pane. Export from Excel on the web, or with the command line.",
  "export.pngTiled":
    "The chart is bigger than one canvas: it was drawn in {tiles} tiles and stitched into one {width} × {height} px picture at 2×.",
  "export.pngScaled":
    "The chart is bigger than the largest picture written ({maxSide} px a side, {maxPixels} million pixels): it was scaled down to {scale}% (×{factor}), {width} × {height} px, drawn in {tiles} tiles.",
  "export.dialogTitle": "Export the chart",
  "export.open": "Export…",
  "export.format": "Format",
  "export.sheetShapes": "Into the workbook: shapes",
  "export.sheetPicture": "Into the workbook: picture",
  "export.scope": "Part",
  "export.scopeShown": "As shown",
  "export.scopeWhole": "Whole org",
  "export.scopeSelected": "Selected position's team",
  "export.depth": "Layers",
  "export.depthShown": "As expanded",
  "export.depthAll": "All",
  "export.orientation": "Direction",
  "export.topDown": "Top to bottom",
  "export.leftRight": "Left to right",
  "export.language": "Language",
  "export.paper": "Paper",
  "export.landscape": "Landscape",
  "export.pages": "Pages",
  "export.pagesTiles": "Readable, over several pages",
  "export.pagesPoster": "One poster page",
  "export.deck": "Slides",
  "export.deckAuto": "One slide if readable, else a deck",
  "export.deckSlide": "One slide",
  "export.deckDeck": "Deck: overview + a slide per department",
  "export.go": "Export",
  "export.cancel": "Cancel",
  "export.fontNote": "The first PDF loads its fonts (about 21 MB, from the add-in itself).",
  "export.slidesWritten": "{file} was downloaded ({slides} slides).",
  "export.sheetWritten": "The chart is on the sheet “{sheet}” ({cards} cards).",
  "export.sheetPictureWritten": "The chart is on the sheet “{sheet}” as a picture.",
  "export.sheetTooBig":
    "{cards} cards are more than the workbook takes as shapes ({max} at most): choose a picture, fewer layers or a subtree.",
  "export.sheetNoShapes":
    "This version of Excel cannot draw shapes from an add-in (it needs ExcelApi 1.9). Export a file instead.",
  "export.sheetPictureTooBig": "The picture is too big for the workbook ({size}); choose fewer layers or a subtree.",
  "export.sheetChangeLegend": "{title}: {items}",
  "export.sheetName": "Org chart",
  "export.langEn": "English",
  "export.langZh": "Chinese (Simplified)",
  "export.cliUnknownFormat": "The export file must end in .svg, .png, .pdf or .pptx: {file}",
  "export.cliNoRoot": "--root {id}: no position has this ID.",
  "export.cliWritten": "Wrote {file} ({cards} cards, {size}).",
  "export.cliBadValue": "{option}: “{value}” is not a value it takes (see --help).",
  "export.cliMissingOut":
    "Name the file to write: orgwright export FILE --out chart.svg|chart.png|chart.pdf|chart.pptx",
  "export.cliHelp":
    "  export FILE --out CHART.svg|CHART.png|CHART.pdf|CHART.pptx\n" +
    "                     Draw the org chart into a file, as the pane does.\n" +
    "    --view positions|departments|focus   --root ID   --depth N\n" +
    "    --orientation top-down|left-right\n" +
    "    --paper A4|A3|letter   --landscape   --pages tiles|poster   (PDF)\n",
};

export type ExportMessages = Record<keyof typeof exportEn, string>;
