import { parseOrgRules } from "../core/checks/orgRulesSetting";
import type { OrgRules } from "../core/checks/orgRules";
import type { FileWorkbookSource } from "../files/fileWorkbookSource";
import { openWorkbookFile } from "../files/openWorkbookFile";
import { translatorFor, type Lang, type Translate } from "../i18n";
import { loadWorkbook } from "../pipeline/loadWorkbook";
import { EXIT_OK, failWith, type CliOutput } from "./cliOutput";
import { formatTextReport } from "./formatTextReport";
import type { CliCommand } from "./parseArgs";
import { problemMessage } from "./problemMessage";
import { readFileBytes } from "./readFileBytes";
import { readLineFiles } from "./readLineFiles";
import { sameFile } from "./sameFile";
import { toCheckJson } from "./toCheckJson";
import { writeCheckJson } from "./writeCheckJson";
import { writeReportCopy } from "./writeReportCopy";

type CheckCommand = Extract<CliCommand, { kind: "check" }>;

/**
 * `orgwright check FILE [LINES…]`: reads the positions table (and the Capabilities and Departments tables, if
 * any; and the headcount lines of the further files, joined under their managers) through the file adapter, analyses the workbook and prints the result. The mapping saved in
 * the workbook applies unless `--map` overrides a field; the rules saved in it unless `--rules` names
 * a file. `--out` writes a copy of the workbook with the Org checks and Coverage sheets.
 */
export async function runCheck(command: CheckCommand, lang: Lang, output: CliOutput): Promise<number> {
  const t = translatorFor(lang);
  if (command.out !== undefined && (await sameFile(command.out, command.file)))
    return failWith(output, t("cli.error.outIsInput", { file: command.out }));
  const opened = await openFile(command.file, t);
  if (!opened.ok) return failWith(output, opened.message);

  const source = opened.source;
  const rules = await readRulesFile(command, t);
  if (!rules.ok) return failWith(output, rules.message);
  const lines = await readLineFiles(command.lineFiles ?? [], t);
  if (!lines.ok) return failWith(output, lines.message);
  const loaded = await loadWorkbook(source, {
    lang,
    sheet: command.sheet,
    mapping: command.mapping,
    rules: rules.rules,
    lines: lines.lines,
    cost: false, // check shows no cost: not worked out (on a whole sheet it is 190 MB of month arrays)
  });
  if (!loaded.ok) return failWith(output, problemMessage(loaded.problem, t, command.file));
  const { grid: positions, analysis } = loaded.loaded;
  // JSON: the findings written one by one from the analysis (a whole sheet has 460,000), not made into objects first.
  const json = command.format !== "text";
  const result = toCheckJson(command.file, positions, analysis, lang, { withFindings: !json });

  if (command.out !== undefined) {
    // Loaded when asked for, like the other commands' modules (runCli): a check without --out writes no sheets.
    const { workbookReport } = await import("../core/report/workbookReport");
    const specs = workbookReport(analysis, lang, {
      positionsSheet: positions.sheetName,
      firstColumn: positions.firstColumn,
    });
    const written = await writeReportCopy(source, specs, command.out);
    if (!written.ok)
      return failWith(output, t("cli.error.fileNotWritten", { file: command.out, detail: written.detail }));
    result.report = { file: command.out, sheets: written.sheets };
  }
  if (command.format === "text") output.stdout(formatTextReport(result));
  else
    writeCheckJson(
      result,
      { text: (text) => output.stdout(text), bytes: output.stdoutBytes && ((bytes) => output.stdoutBytes!(bytes)) },
      { findings: analysis.findings, lang },
    );
  return EXIT_OK;
}

type OpenFileResult = { ok: true; source: FileWorkbookSource } | { ok: false; message: string };

/**
 * The file read and opened, or why not. Its bytes are let go of here, once read into the workbook's tables:
 * a whole sheet's CSV is 150 MB that the analysis does not need.
 */
async function openFile(file: string, t: Translate): Promise<OpenFileResult> {
  const read = await readFileBytes(file, t);
  if (!read.ok) return read;
  const opened = await openWorkbookFile(read.bytes, file);
  return opened.ok ? opened : { ok: false, message: problemMessage(opened.problem, t, file) };
}

type RulesResult = { ok: true; rules: OrgRules | undefined } | { ok: false; message: string };

/** The rules of `--rules FILE` (which must be JSON); undefined without it (the workbook's or the defaults apply). */
async function readRulesFile(command: CheckCommand, t: Translate): Promise<RulesResult> {
  if (command.rules === undefined) return { ok: true, rules: undefined };
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
