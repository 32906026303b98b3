import { execFile } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { makeTempDir } from "../fixtures/workbookFiles";

const run = promisify(execFile);

/**
 * LibreOffice's settings that make it recalculate every formula of an .xlsx (and .ods) when it loads one, instead of
 * trusting the cached results (its default for files written by other programs is "never").
 */
const RECALCULATE_ON_LOAD = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/**
 * Opens .xlsx bytes in LibreOffice headless (`soffice --convert-to xlsx`) with recalculation on load forced, and
 * returns the saved file's bytes: every formula's cached result is then what LibreOffice computed. A private user
 * profile keeps the setting (and the run) apart from any other LibreOffice.
 */
export async function recalculateWithLibreOffice(bytes: Uint8Array, name = "book.xlsx"): Promise<Uint8Array> {
  return (await recalculateAllWithLibreOffice([{ name, bytes }]))[0];
}

/** {@link recalculateWithLibreOffice} for several files in one LibreOffice run (names must differ). */
export async function recalculateAllWithLibreOffice(
  files: readonly { name: string; bytes: Uint8Array }[],
): Promise<Uint8Array[]> {
  const temp = makeTempDir("orgwright-lo-");
  try {
    const profile = join(temp.path, "profile");
    mkdirSync(join(profile, "user"), { recursive: true });
    writeFileSync(join(profile, "user", "registrymodifications.xcu"), RECALCULATE_ON_LOAD);
    const input = join(temp.path, "in");
    const output = join(temp.path, "out");
    mkdirSync(input);
    mkdirSync(output);
    for (const { name, bytes } of files) writeFileSync(join(input, name), bytes);
    await run(
      "soffice",
      [
        `-env:UserInstallation=file://${profile}`,
        "--headless",
        "--norestore",
        "--convert-to",
        "xlsx:Calc MS Excel 2007 XML",
        "--outdir",
        output,
        ...files.map(({ name }) => join(input, name)),
      ],
      { timeout: 180_000 },
    );
    return files.map(({ name }) => new Uint8Array(readFileSync(join(output, name))));
  } finally {
    temp.remove();
  }
}
