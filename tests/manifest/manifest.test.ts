import { mkdtempSync, readFileSync, rmSync, writeFileSync, copyFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { checkManifest, child, NS, parseManifest, pngSize } from "./checkManifest";

const ROOT = join(__dirname, "..", "..");
const ASSETS = join(ROOT, "assets");
const MANIFEST = readFileSync(join(ROOT, "manifest.xml"), "utf8");

/** The manifest with one exact piece of text replaced (the replacement must apply, so each case really breaks it). */
function broken(find: string | RegExp, replace: string): string {
  const result = MANIFEST.replace(find, replace);
  if (result === MANIFEST) throw new Error(`the test's edit did not apply: ${find}`);
  return result;
}

describe("manifest.xml", () => {
  it("passes every structural check", () => {
    expect(checkManifest(MANIFEST, ASSETS)).toEqual([]);
  });

  it("is the Orgwright Excel task pane add-in with a stable id", () => {
    const root = parseManifest(MANIFEST);
    expect(child(root, "Id", NS.app)?.textContent).toBe("1655e338-6654-40b4-ae05-21a5febc7c84");
    expect(child(root, "ProviderName", NS.app)?.textContent).toBe("Orgwright");
    expect(child(root, "DisplayName", NS.app)?.getAttribute("DefaultValue")).toBe("Orgwright");
  });

  it("ships every icon size the template ships, as square PNGs named by size", () => {
    for (const size of [16, 32, 64, 80, 128]) {
      expect(pngSize(readFileSync(join(ASSETS, `icon-${size}.png`)))).toEqual({ width: size, height: size });
    }
    expect(pngSize(readFileSync(join(ASSETS, "logo-filled.png")))).not.toBeNull();
  });
});

describe("checkManifest rejects a broken manifest", () => {
  const cases: [string, string, string | RegExp, string][] = [
    ["a non-GUID Id", "is not a GUID", /<Id>[^<]+<\/Id>/, "<Id>orgwright</Id>"],
    ["a missing Permissions", "lacks required <Permissions>", /\s*<Permissions>ReadWriteDocument<\/Permissions>/, ""],
    [
      "a lower permission",
      'Permissions is "ReadDocument"',
      "<Permissions>ReadWriteDocument<",
      "<Permissions>ReadDocument<",
    ],
    [
      "elements out of schema order",
      "out of schema order",
      /(\s*<Version>[^<]+<\/Version>)(\s*<ProviderName>Orgwright<\/ProviderName>)/,
      "$2$1",
    ],
    ["an unknown element", "unknown element <Color>", "<Permissions>", "<Color>blue</Color><Permissions>"],
    ["a Word host", "not [Workbook]", '<Host Name="Workbook"/>', '<Host Name="Document"/>'],
    ["an http icon", "IconUrl is not an https URL", '<IconUrl DefaultValue="https:', '<IconUrl DefaultValue="http:'],
    ["an undefined resid", "refers to no resource", 'resid="Taskpane.Url"', 'resid="Taskpane.Missing"'],
    [
      "a resid of the wrong kind",
      "refers to Images, not Urls",
      'FunctionFile resid="Commands.Url"',
      'FunctionFile resid="Icon.16x16"',
    ],
    [
      "an http resource URL",
      'resource "Commands.Url" is not an https URL',
      'DefaultValue="https://localhost:3000/commands.html"',
      'DefaultValue="http://localhost:3000/commands.html"',
    ],
    [
      "a label without Chinese",
      'string "OrgChartButton.Label" has no zh-CN override',
      '<bt:Override Locale="zh-CN" Value="组织架构图"/>',
      "",
    ],
    [
      "a DisplayName without Chinese",
      "DisplayName has no zh-CN Override",
      /<Override Locale="zh-CN" Value="Orgwright[^"]*"\/>/,
      "",
    ],
    ["a button not on the Home tab", "not on the Home tab", 'OfficeTab id="TabHome"', 'OfficeTab id="TabData"'],
    [
      "a button that runs a function",
      "does not run ShowTaskpane",
      'Action xsi:type="ShowTaskpane"',
      'Action xsi:type="ExecuteFunction"',
    ],
    [
      "an icon of the wrong size",
      "is 32x32, not 80x80",
      'id="Icon.80x80" DefaultValue="https://localhost:3000/assets/icon-80.png"',
      'id="Icon.80x80" DefaultValue="https://localhost:3000/assets/icon-32.png"',
    ],
    ["an icon that is not there", "is not a PNG in assets/", "assets/icon-16.png", "assets/icon-17.png"],
    [
      "a missing FunctionFile",
      "not [GetStarted,FunctionFile,ExtensionPoint]",
      /\s*<FunctionFile resid="Commands.Url"\/>/,
      "",
    ],
  ];

  it.each(cases)("reports %s", (_name, expected, find, replace) => {
    const problems = checkManifest(broken(find, replace), ASSETS);
    expect(problems.some((problem) => problem.includes(expected))).toBe(true);
  });

  it("throws on malformed XML", () => {
    expect(() => checkManifest(broken("</DefaultSettings>", "</DefaultSetting>"), ASSETS)).toThrow();
    expect(() => checkManifest(MANIFEST.slice(0, MANIFEST.length / 2), ASSETS)).toThrow();
  });

  it("reports an icon file whose pixels do not match its name", () => {
    const assets = mkdtempSync(join(tmpdir(), "orgwright-assets-"));
    try {
      for (const file of readdirSync(ASSETS)) copyFileSync(join(ASSETS, file), join(assets, file));
      copyFileSync(join(ASSETS, "icon-64.png"), join(assets, "icon-80.png"));
      expect(checkManifest(MANIFEST, assets)).toContain(
        "icon https://localhost:3000/assets/icon-80.png is 64x64, not 80x80",
      );
      writeFileSync(join(assets, "icon-80.png"), "not a png");
      expect(checkManifest(MANIFEST, assets)).toContain(
        "icon https://localhost:3000/assets/icon-80.png is not a PNG in assets/",
      );
    } finally {
      rmSync(assets, { recursive: true, force: true });
    }
  });
});

describe("manifest.xml requirements", () => {
  test("asks for ExcelApi 1.8: Office 2016 and 2019 volume-licensed (Internet Explorer 11 webview, ExcelApi ≤ 1.7) never offer it", () => {
    expect(MANIFEST).toMatch(/<Set Name="ExcelApi" MinVersion="1\.8"\/>/);
  });
});
