import { readFileSync } from "node:fs";
import { join } from "node:path";
import { deploymentUrls, DEV_SUPPORT_URL, manifestForDeployment } from "../../scripts/manifestUrls";
import { child, NS, parseManifest } from "./checkManifest";

const MANIFEST = readFileSync(join(__dirname, "..", "..", "manifest.xml"), "utf8");

describe("the manifest's URLs come from the build's configuration", () => {
  test("manifest.xml has no placeholder domain: its support page is the one the add-in ships", () => {
    expect(MANIFEST).not.toMatch(/contoso/i);
    const root = parseManifest(MANIFEST);
    expect(child(root, "SupportUrl", NS.app)?.getAttribute("DefaultValue")).toBe(DEV_SUPPORT_URL);
    // Listing the pane's own domain has no effect and misleads (Microsoft's AppDomain reference): none by default.
    expect(child(root, "AppDomains", NS.app)).toBeUndefined();
  });

  test("ORGWRIGHT_PROD_URL moves every URL, the support page with them", () => {
    const built = manifestForDeployment(
      MANIFEST,
      deploymentUrls({ ORGWRIGHT_PROD_URL: "https://org.example.net/addin" }),
    );
    expect(built).not.toContain("localhost");
    const root = parseManifest(built);
    expect(child(root, "SupportUrl", NS.app)?.getAttribute("DefaultValue")).toBe(
      "https://org.example.net/addin/support.html",
    );
    expect(built).toContain('<SourceLocation DefaultValue="https://org.example.net/addin/taskpane.html"/>');
    expect(child(root, "AppDomains", NS.app)).toBeUndefined();
  });

  test("ORGWRIGHT_SUPPORT_URL and ORGWRIGHT_APP_DOMAINS set the support page and the app domains", () => {
    const deployment = deploymentUrls({
      ORGWRIGHT_PROD_URL: "https://org.example.net/",
      ORGWRIGHT_SUPPORT_URL: "https://help.example.org/orgwright",
      ORGWRIGHT_APP_DOMAINS: "https://help.example.org, https://org.example.net,https://help.example.org",
    });
    expect(deployment.appDomains).toEqual(["https://help.example.org"]);
    const root = parseManifest(manifestForDeployment(MANIFEST, deployment));
    expect(child(root, "SupportUrl", NS.app)?.getAttribute("DefaultValue")).toBe("https://help.example.org/orgwright");
    const domains = child(root, "AppDomains", NS.app);
    expect(domains?.textContent?.trim()).toBe("https://help.example.org");
  });

  test("without ORGWRIGHT_PROD_URL the build keeps the dev server's URLs, and says it was not configured", () => {
    const deployment = deploymentUrls({});
    expect(deployment).toMatchObject({ baseUrl: "https://localhost:3000/", configured: false, appDomains: [] });
    expect(manifestForDeployment(MANIFEST, deployment)).toBe(MANIFEST);
  });

  test("refuses what Office would refuse: http URLs and app domains with a path", () => {
    expect(() => deploymentUrls({ ORGWRIGHT_PROD_URL: "http://org.example.net/" })).toThrow(/https/);
    expect(() => deploymentUrls({ ORGWRIGHT_SUPPORT_URL: "http://help.example.org/" })).toThrow(/https/);
    expect(() => deploymentUrls({ ORGWRIGHT_APP_DOMAINS: "https://help.example.org/docs" })).toThrow(/origins only/);
  });
});
