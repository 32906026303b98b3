import { readFileSync } from "node:fs";
import type { Translate } from "../i18n";

export type ReadFileBytesResult = { ok: true; bytes: Uint8Array } | { ok: false; message: string };

/** A file's bytes, or the localized reason it cannot be read (missing, a folder, no permission…). */
export async function readFileBytes(path: string, t: Translate): Promise<ReadFileBytesResult> {
  try {
    // A Buffer is a Uint8Array: no copy (a whole sheet's CSV is 150 MB). Read in one call: the command has nothing
    // else to do meanwhile, and fs/promises reads it 512 KiB a step (a quarter more CPU on a whole sheet).
    return { ok: true, bytes: readFileSync(path) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return { ok: false, message: t("cli.error.fileNotFound", { file: path }) };
    return { ok: false, message: t("cli.error.fileNotReadable", { file: path, detail: (error as Error).message }) };
  }
}
