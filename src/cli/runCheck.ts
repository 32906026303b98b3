import { analyzeWorkbook, type WorkbookInput } from "../core/analyzeWorkbook";
import { parseOrgRules, SETTING_ORG_RULES } from "../core/checks/orgRulesSetting";
import type { OrgRules } from "../core/checks/orgRules";
import { parseColumnMapping } from "../core/columns/columnMappingSetting";
import type { SupportTableKind } from "../core/coverage/supportTables";
import { workbookReport } from "../core/report/workbookReport";
import { SETTING_COLUMN_MAPPING } from "../core/sheet/workbookSource";
import type { FileWorkbookSource } from "../files/fileWorkbookSource";
import { openWorkbookFile } from "../files/openWorkbookFile";
import { translatorFor, type Lang, type Translate } from "../i18n";
import { EXIT_OK, failWith, type CliOutput } from "./cliOutput";
import { formatTextReport } from "./formatTextReport";
import type { CliCommand } from "./parseArgs";
import { problemMessage } from "./problemMessage";
import { readFileBytes } from "./readFileBytes";
import { sameFile } from "./sameFile";
import { toCheckJson } from "./toCheckJson";
import { writeReportCopy } from "./writeReportCopy";

type CheckCommand = Extract<CliCommand, { kind: "check" }>;

/**
 * `orgwright check FILE`: reads the positions table (and the Capabilities and Departments tables, if
 * any) through the file adapter, analyses the workbook and prints the result. The mapping saved in
 * the workbook applies unless `--map` overrides a field; the rules saved in it unless `--rules` names
 * a file. `--out` writes a copy of the workbook with the Org checks and Coverage sheets.
 */
export async function runCheck(command: CheckCommand, lang: Lang, output: CliOutput): Promise<number> {
  const t = translatorFor(lang);
  if (command.out !== undefined && (await sameFile(command.out, command.file)))
    return failWith(output, t("cli.error.outIsInput", { file: command.out }));
  const read = await readFileBytes(command.file, t);
  if (!read.ok) return failWith(output, read.message);
  const opened = await openWorkbookFile(read.bytes, command.file);
  if (!opened.ok) return failWith(output, problemMessage(opened.problem, t, command.file));

  const source = opened.source;
  const saved = parseColumnMapping(await source.readSetting(SETTING_COLUMN_MAPPING));
  const mapping = { ...saved, ...command.mapping };
  const positions = await source.readPositions({ sheet: command.sheet, mapping });
  if (!positions.ok) return failWith(output, problemMessage(positions.problem, t, command.file));
  const rules = await readRules(command, source, t);
  if (!rules.ok) return failWith(output, rules.message);

  const input: WorkbookInput = {
    positions: positions.grid,
    capabilities: await readSupportGrid(source, "capabilities"),
    departments: await readSupportGrid(source, "departments"),
  };
  const analysis = analyzeWorkbook(input, { lang, mapping, rules: rules.rules });
  const result = toCheckJson(command.file, positions.grid, analysis, lang);

  if (command.out !== undefined) {
    const specs = workbookReport(analysis, lang, {
      positionsSheet: positions.grid.sheetName,
      firstColumn: positions.grid.firstColumn,
    });
    const written = await writeReportCopy(source, specs, command.out);
    if (!written.ok)
      return failWith(output, t("cli.error.fileNotWritten", { file: command.out, detail: written.detail }));
    result.report = { file: command.out, sheets: written.sheets };
  }
  output.stdout(command.format === "text" ? formatTextReport(result) : JSON.stringify(result, null, 2) + "\n");
  return EXIT_OK;
}

/** A support table's grid, or undefined when the workbook has none (or it cannot be read). */
async function readSupportGrid(source: FileWorkbookSource, kind: SupportTableKind) {
  const read = await source.readSupportTable(kind);
  return read?.ok ? read.grid : undefined;
}

type RulesResult = { ok: true; rules: OrgRules } | { ok: false; message: string };

/** The rules of `--rules FILE` (which must be JSON), else those saved in the workbook, else the defaults. */
async function readRules(command: CheckCommand, source: FileWorkbookSource, t: Translate): Promise<RulesResult> {
  if (command.rules === undefined)
    return { ok: true, rules: parseOrgRules(await source.readSetting(SETTING_ORG_RULES)) };
  const read = await readFileBytes(command.rules, t);
  if (!read.ok) return { ok: false, message: read.message };
  const text = new TextDecoder("utf-8").decode(read.bytes).replace(/^\uFEFF/, "");
  try {
    JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      message: t("cli.error.rulesNotJson", { file: command.rules, detail: (error as Error).message }),
    };
  }
  return { ok: true, rules: parseOrgRules(text) };
}
