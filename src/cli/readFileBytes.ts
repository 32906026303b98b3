import { readFile } from "node:fs/promises";
import type { Translate } from "../i18n";

export type ReadFileBytesResult = { ok: true; bytes: Uint8Array } | { ok: false; message: string };

/** A file's bytes, or the localized reason it cannot be read (missing, a folder, no permission…). */
export async function readFileBytes(path: string, t: Translate): Promise<ReadFileBytesResult> {
  try {
    // A Buffer is a Uint8Array: no copy (a whole sheet's CSV is 150 MB).
    return { ok: true, bytes: await readFile(path) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return { ok: false, message: t("cli.error.fileNotFound", { file: path }) };
    return { ok: false, message: t("cli.error.fileNotReadable", { file: path, detail: (error as Error).message }) };
  }
}
