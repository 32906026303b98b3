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
  "export.pngScaled": "The chart is bigger than a picture can be here: it was scaled down to {scale}% (×{factor}).",
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
