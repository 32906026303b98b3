import { stat } from "node:fs/promises";
import { resolve } from "node:path";

/**
 * True when two paths name the same file: the same path once resolved, or (when both exist) the same
 * file on disk, which catches links, "./" detours and case-insensitive file systems.
 */
export async function sameFile(a: string, b: string): Promise<boolean> {
  if (resolve(a) === resolve(b)) return true;
  try {
    const [first, second] = await Promise.all([stat(a), stat(b)]);
    return first.dev === second.dev && first.ino === second.ino;
  } catch {
    return false;
  }
}
