import type { ChartOrientation } from "../core/layout/chartLayout";
import type { ChartViewKind } from "../chart/chartOptions";
import { exportFormatOf, type ExportFormat } from "../chart/export/exportFormat";
import type { PaperSize } from "../chart/export/paper";
import type { MessageKey, MessageParams } from "../i18n";

/** `orgwright export FILE --out CHART.svg|png|pdf|pptx [...]`. */
export interface ExportCommand {
  kind: "export";
  file: string;
  out: string;
  format: ExportFormat;
  sheet?: string;
  view: ChartViewKind;
  root?: string;
  depth?: number;
  orientation: ChartOrientation;
  paper: PaperSize;
  landscape: boolean;
  /** PDF: one poster page, or pages at a readable scale with overlap marks. */
  pages: "poster" | "tiles";
}

/** The export command's options, and whether each takes a value. */
export const EXPORT_OPTIONS: Readonly<Record<string, "value" | "flag">> = {
  "--out": "value",
  "--sheet": "value",
  "--view": "value",
  "--root": "value",
  "--depth": "value",
  "--orientation": "value",
  "--paper": "value",
  "--landscape": "flag",
  "--pages": "value",
  "--lang": "value",
  "--help": "flag",
};

type Problem = { key: MessageKey; params?: MessageParams };

/** Reads the export command from its operands and options (already split by parseArgs). */
export function parseExportCommand(
  operands: readonly string[],
  value: (name: string) => string | undefined,
  flag: (name: string) => boolean,
): { ok: true; command: ExportCommand } | { ok: false; problem: Problem } {
  const fail = (key: MessageKey, params?: MessageParams) => ({ ok: false as const, problem: { key, params } });
  if (operands.length === 0) return fail("cli.error.missingFile");
  if (operands.length > 1) return fail("cli.error.extraArgument", { value: operands[1] });
  const out = value("--out");
  if (!out) return fail("export.cliMissingOut");
  const format = exportFormatOf(out);
  if (format === undefined) return fail("export.cliUnknownFormat", { file: out });
  const view = (value("--view") ?? "positions").toLowerCase();
  if (view !== "positions" && view !== "departments" && view !== "focus")
    return fail("export.cliBadValue", { option: "--view", value: value("--view")! });
  const orientationText = (value("--orientation") ?? "top-down").toLowerCase();
  const orientation: ChartOrientation | undefined =
    orientationText === "top-down" || orientationText === "topdown"
      ? "topDown"
      : orientationText === "left-right" || orientationText === "leftright"
        ? "leftRight"
        : undefined;
  if (orientation === undefined)
    return fail("export.cliBadValue", { option: "--orientation", value: value("--orientation")! });
  const paperText = (value("--paper") ?? "A4").toLowerCase();
  const paper: PaperSize | undefined =
    paperText === "a4" ? "A4" : paperText === "a3" ? "A3" : paperText === "letter" ? "letter" : undefined;
  if (paper === undefined) return fail("export.cliBadValue", { option: "--paper", value: value("--paper")! });
  const pages = (value("--pages") ?? "tiles").toLowerCase();
  if (pages !== "poster" && pages !== "tiles")
    return fail("export.cliBadValue", { option: "--pages", value: value("--pages")! });
  const depthText = value("--depth");
  const depth = depthText === undefined ? undefined : Number(depthText);
  if (depth !== undefined && (!Number.isInteger(depth) || depth < 1))
    return fail("export.cliBadValue", { option: "--depth", value: depthText! });
  const root = value("--root");
  const sheet = value("--sheet");
  return {
    ok: true,
    command: {
      kind: "export",
      file: operands[0],
      out,
      format,
      view,
      orientation,
      paper,
      landscape: flag("--landscape"),
      pages,
      ...(root !== undefined ? { root } : {}),
      ...(depth !== undefined ? { depth } : {}),
      ...(sheet !== undefined ? { sheet } : {}),
    },
  };
}
