import { writeFile } from "node:fs/promises";
import { parseColumnMapping } from "../core/columns/columnMappingSetting";
import { scenarioChanges } from "../core/scenario/scenarioChanges";
import { SETTING_COLUMN_MAPPING } from "../core/sheet/workbookSource";
import type { FileWorkbookSource } from "../files/fileWorkbookSource";
import { openWorkbookFile } from "../files/openWorkbookFile";
import { translatorFor, type Lang, type Translate } from "../i18n";
import { EXIT_OK, failWith, type CliOutput } from "./cliOutput";
import { problemMessage } from "./problemMessage";
import { readFileBytes } from "./readFileBytes";
import { sameFile } from "./sameFile";
import type { ScenarioCommand } from "./scenarioCommand";

/**
 * `orgwright scenario create|list|edit FILE …`: scenarios (plans) through the file adapter, as the pane makes them.
 * `create` copies the positions into a new scenario sheet and saves the workbook to `--out`; `list` prints the
 * scenarios; `edit` applies edits to a scenario sheet (the user's own table is refused) and saves to `--out`. The
 * file named is never written. Exit 0, or 2 (with one line on standard error) when the file cannot be read or an
 * edit is refused — then nothing is written.
 */
export async function runScenario(command: ScenarioCommand, lang: Lang, output: CliOutput): Promise<number> {
  const t = translatorFor(lang);
  if (command.action !== "list" && (await sameFile(command.out, command.file)))
    return failWith(output, t("cli.error.outIsInput", { file: command.out }));
  const read = await readFileBytes(command.file, t);
  if (!read.ok) return failWith(output, read.message);
  const opened = await openWorkbookFile(read.bytes, command.file);
  if (!opened.ok) return failWith(output, problemMessage(opened.problem, t, command.file));
  const source = opened.source;

  switch (command.action) {
    case "list": {
      const scenarios = await source.listScenarios();
      if (command.format === "text") output.stdout(listText(scenarios, t));
      else output.stdout(`${JSON.stringify({ file: command.file, scenarios }, null, 2)}\n`);
      return EXIT_OK;
    }
    case "create": {
      const created = await source.createScenario({
        title: command.title,
        lang,
        from: command.sheet,
        ...(Object.keys(command.mapping).length > 0 ? { mapping: command.mapping } : {}),
      });
      if (!created.ok) return failWith(output, problemMessage(created.problem, t, command.file));
      const saved = await save(source, command.out, t);
      if (saved) return failWith(output, saved);
      output.stdout(
        `${JSON.stringify({ file: command.file, out: command.out, scenario: created.scenario }, null, 2)}\n`,
      );
      return EXIT_OK;
    }
    case "edit": {
      const sheet = (await source.listScenarios()).find(
        (scenario) => scenario.sheetName.toLowerCase() === command.planSheet.toLowerCase(),
      )?.sheetName;
      if (!sheet)
        return failWith(
          output,
          problemMessage({ code: "NOT_A_SCENARIO", subject: command.planSheet }, t, command.file),
        );
      const mapping = parseColumnMapping(await source.readSetting(SETTING_COLUMN_MAPPING));
      const done: { kind: string; id: string; cells: number; rows: number }[] = [];
      for (const edit of command.edits) {
        const positions = await source.readPositions({ sheet, mapping });
        if (!positions.ok) return failWith(output, problemMessage(positions.problem, t, command.file));
        const made = scenarioChanges(positions.grid, edit, { lang, mapping });
        if (!made.ok) return failWith(output, made.refusal.message);
        const applied = await source.applyScenarioChanges(sheet, made.changes);
        if (!applied.ok) return failWith(output, problemMessage(applied.problem, t, command.file));
        const changes = made.changes.changes;
        done.push({
          kind: edit.kind,
          id: made.id,
          cells: changes.reduce((sum, change) => sum + (change.kind === "set" ? change.cells.length : 0), 0),
          rows: changes.filter((change) => change.kind !== "set").length,
        });
      }
      const saved = await save(source, command.out, t);
      if (saved) return failWith(output, saved);
      output.stdout(`${JSON.stringify({ file: command.file, out: command.out, sheet, edits: done }, null, 2)}\n`);
      return EXIT_OK;
    }
  }
}

/** Saves the whole workbook to `out`; the reason it could not, or undefined. */
async function save(source: FileWorkbookSource, out: string, t: Translate): Promise<string | undefined> {
  try {
    await writeFile(out, await source.toXlsx());
    return undefined;
  } catch (error) {
    return t("cli.error.fileNotWritten", { file: out, detail: error instanceof Error ? error.message : String(error) });
  }
}

function listText(scenarios: { sheetName: string; title: string; source: string; created: string }[], t: Translate) {
  if (scenarios.length === 0) return `${t("scenario.cli.none")}\n`;
  return `${scenarios
    .map((scenario) =>
      t("scenario.cli.listLine", {
        sheet: scenario.sheetName,
        title: scenario.title,
        source: scenario.source,
        created: scenario.created.slice(0, 10),
      }),
    )
    .join("\n")}\n`;
}
