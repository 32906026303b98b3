import { buildOrgModel } from "../core/buildOrgModel";
import { SETTING_COLUMN_MAPPING } from "../core/sheet/workbookSource";
import { openWorkbookFile } from "../files/openWorkbookFile";
import { parseColumnMapping } from "../core/columns/columnMappingSetting";
import { translatorFor, type Lang } from "../i18n";
import { EXIT_OK, failWith, type CliOutput } from "./cliOutput";
import { formatTextReport } from "./formatTextReport";
import type { CliCommand } from "./parseArgs";
import { problemMessage } from "./problemMessage";
import { readFileBytes } from "./readFileBytes";
import { toCheckJson } from "./toCheckJson";

/**
 * `orgwright check FILE`: reads the positions table through the file adapter, builds the org and
 * prints the result. The mapping saved in the workbook applies unless `--map` overrides a field.
 */
export async function runCheck(
  command: Extract<CliCommand, { kind: "check" }>,
  lang: Lang,
  output: CliOutput,
): Promise<number> {
  const t = translatorFor(lang);
  const read = await readFileBytes(command.file, t);
  if (!read.ok) return failWith(output, read.message);
  const opened = await openWorkbookFile(read.bytes, command.file);
  if (!opened.ok) return failWith(output, problemMessage(opened.problem, t, command.file));

  const source = opened.source;
  const saved = parseColumnMapping(await source.readSetting(SETTING_COLUMN_MAPPING));
  const mapping = { ...saved, ...command.mapping };
  const positions = await source.readPositions({ sheet: command.sheet, mapping });
  if (!positions.ok) return failWith(output, problemMessage(positions.problem, t, command.file));

  const analysis = buildOrgModel(positions.grid, { lang, mapping });
  const result = toCheckJson(command.file, positions.grid, analysis, lang);
  output.stdout(command.format === "text" ? formatTextReport(result) : JSON.stringify(result, null, 2) + "\n");
  return EXIT_OK;
}
