import { readFileSync } from "node:fs";
import { join } from "node:path";
import { deploymentUrls, manifestForDeployment } from "../../scripts/manifestUrls";
import { checkManifest } from "./checkManifest";
import { validateManifestXml } from "./validateWithXsd";

const ROOT = join(__dirname, "..", "..");
const MANIFEST = readFileSync(join(ROOT, "manifest.xml"), "utf8");

describe("manifest.xml against Microsoft's task-pane XSDs (xmllint)", () => {
  test("the source manifest is valid", () => {
    const result = validateManifestXml(MANIFEST);
    expect(result.messages).toMatch(/validates$/);
    expect(result.valid).toBe(true);
  });

  test("the manifest built for a deployment is valid, with its app domains", () => {
    const deployment = deploymentUrls({
      ORGWRIGHT_PROD_URL: "https://orgwright.example.org/pane",
      ORGWRIGHT_APP_DOMAINS: "https://help.example.org",
    });
    const built = manifestForDeployment(MANIFEST, deployment);
    expect(built).toContain("<AppDomain>https://help.example.org</AppDomain>");
    expect(validateManifestXml(built).valid).toBe(true);
    expect(
      checkManifest(
        built.replaceAll("https://orgwright.example.org/pane/", "https://localhost:3000/"),
        join(ROOT, "assets"),
      ),
    ).toEqual([]);
  });

  test.each([
    ["an element out of order", /(\s*<Version>[^<]+<\/Version>)(\s*<ProviderName>Orgwright<\/ProviderName>)/, "$2$1"],
    ["an unknown element", "<Permissions>", "<Colour>blue</Colour><Permissions>"],
    ["a bad permission", "<Permissions>ReadWriteDocument<", "<Permissions>Everything<"],
    ["a resid over 32 characters", 'resid="Taskpane.Url"', 'resid="Taskpane.Url.That.Is.Far.Too.Long.For.Office"'],
  ])("rejects %s", (_name, find, replace) => {
    const broken = MANIFEST.replace(find, replace);
    expect(broken).not.toBe(MANIFEST);
    const result = validateManifestXml(broken);
    expect(result.valid).toBe(false);
    expect(result.messages).toMatch(/fails to validate/);
  });
});
