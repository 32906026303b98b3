/** The pane while it reads and analyses: progress of the analysis, and a background refresh that failed. */
export const loadingEn = {
  "loading.stage.reading": "Reading the positions…",
  "loading.stage.model": "Building the org…",
  "loading.stage.checks": "Checking spans, layers and coverage…",
  "loading.stage.done": "Analysis complete",
  "loading.progress.label": "Analysis in progress",
  "loading.stale.cellEdit": "Excel is busy (a cell is being edited): showing the org as last read. Trying again…",
  "loading.stale.failed": "The last update could not be read ({detail}): showing the org as last read. Trying again…",
} as const;
