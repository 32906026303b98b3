/**
 * Validates a manifest against Microsoft's task-pane XSDs (tests/manifest/schemas, from OfficeDev/office-js-docs-pr,
 * CC-BY-4.0; see its README) with xmllint (Debian's libxml2-utils), offline.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const SCHEMA = join(__dirname, "schemas", "OfficeAppManifestV1_1.xsd");

/** The xmllint on PATH, or null. */
export function findXmllint(): string | null {
  const found = spawnSync("sh", ["-c", "command -v xmllint"], { encoding: "utf8" });
  return found.status === 0 && found.stdout.trim() ? found.stdout.trim() : null;
}

/** Throws a clear error when xmllint is missing: the schema tests must fail then, never pass silently. */
export function requireXmllint(): string {
  const xmllint = findXmllint();
  if (!xmllint) {
    throw new Error(
      "xmllint is missing, so manifest.xml cannot be validated against Microsoft's XSDs: apt-get install -y libxml2-utils",
    );
  }
  return xmllint;
}

/** xmllint's verdict on the manifest text: valid, or its messages. */
export function validateManifestXml(xml: string): { valid: boolean; messages: string } {
  const xmllint = requireXmllint();
  const folder = mkdtempSync(join(tmpdir(), "orgwright-manifest-"));
  try {
    const file = join(folder, "manifest.xml");
    writeFileSync(file, xml);
    const result = spawnSync(xmllint, ["--noout", "--nonet", "--schema", SCHEMA, file], { encoding: "utf8" });
    return { valid: result.status === 0, messages: `${result.stdout}${result.stderr}`.trim() };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
