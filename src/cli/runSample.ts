import { writeFile } from "node:fs/promises";
import { basename } from "node:path";
import { operationsCenterWorkbook } from "../core/sample/operationsCenterWorkbook";
import { FileWorkbookSource } from "../files/fileWorkbookSource";
import { translatorFor, type Lang } from "../i18n";
import { EXIT_OK, failWith, type CliOutput } from "./cliOutput";

/** `orgwright sample --out FILE.xlsx`: writes the operations-center sample (Positions, Departments) as a real workbook. */
export async function runSample(out: string, lang: Lang, output: CliOutput): Promise<number> {
  const t = translatorFor(lang);
  const [positions, ...others] = operationsCenterWorkbook(lang);
  const source = FileWorkbookSource.fromSheetSpecs(basename(out), []);
  const written = await source.writeSheet(positions);
  for (const spec of others) await source.writeSheet(spec);
  try {
    await writeFile(out, await source.toXlsx());
  } catch (error) {
    return failWith(output, t("cli.error.fileNotWritten", { file: out, detail: (error as Error).message }));
  }
  output.stdout(t("cli.sample.written", { count: positions.rows.length, sheet: written.sheetName, file: out }) + "\n");
  return EXIT_OK;
}
