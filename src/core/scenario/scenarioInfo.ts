/**
 * What a scenario is, beside its cells: kept with the sheet's ownership record (the Excel adapter's
 * `orgwright.createdSheets` entry, the file adapter's saved list), so the pane can list "2026 reorg" even when the
 * sheet name had to be shortened or numbered.
 */
export interface ScenarioMeta {
  /** The scenario's own title, as the user typed it ("2026 reorg"). */
  title: string;
  /** The sheet (or scenario sheet) it was copied from, as named then. */
  source: string;
  /** When it was created: an ISO date-time (UTC). */
  created: string;
}

/** A scenario as the pane lists it. */
export interface ScenarioInfo extends ScenarioMeta {
  /** The sheet it lives on now (renames followed where the host tells them). */
  sheetName: string;
}

/** A scenario's metadata from loose JSON (a saved setting), or undefined when it is not one. */
export function parseScenarioMeta(value: unknown): ScenarioMeta | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const raw = value as Record<string, unknown>;
  if (typeof raw.title !== "string") return undefined;
  return {
    title: raw.title,
    source: typeof raw.source === "string" ? raw.source : "",
    created: typeof raw.created === "string" ? raw.created : "",
  };
}
