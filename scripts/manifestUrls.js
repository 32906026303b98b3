// Where the built manifest points: manifest.xml names the dev server's URLs; a production build rewrites them for
// the deployment configured in its environment. Used by webpack.config.js (dist/manifest.xml) and tested in
// tests/manifest/manifestUrls.test.ts.

/** The dev server's origin, as manifest.xml writes every URL. */
const DEV_URL = "https://localhost:3000/";
/** The support page the add-in ships (dist/support.html), as manifest.xml's <SupportUrl> names it. */
const DEV_SUPPORT_URL = `${DEV_URL}support.html`;

function withTrailingSlash(url) {
  return url.endsWith("/") ? url : `${url}/`;
}

function httpsUrl(value, variable) {
  let url;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`${variable} is not a URL: ${value}`);
  }
  if (url.protocol !== "https:") throw new Error(`${variable} must be an https URL (Office requires it): ${value}`);
  return url;
}

/**
 * The deployment from the build's environment:
 * - ORGWRIGHT_PROD_URL: where dist/ is served (https). Without it the manifest keeps the dev server's URLs;
 * - ORGWRIGHT_SUPPORT_URL: the add-in's support page (default: support.html shipped beside the pane);
 * - ORGWRIGHT_APP_DOMAINS: other origins the pane navigates to, comma-separated (default none: Microsoft says
 *   listing the pane's own domain has no effect and misleads).
 */
function deploymentUrls(env) {
  const configured = (env.ORGWRIGHT_PROD_URL || "").trim();
  const baseUrl = withTrailingSlash(httpsUrl(configured || DEV_URL, "ORGWRIGHT_PROD_URL").href);
  const supportUrl = httpsUrl(
    (env.ORGWRIGHT_SUPPORT_URL || "").trim() || `${baseUrl}support.html`,
    "ORGWRIGHT_SUPPORT_URL",
  ).href;
  const ownOrigin = new URL(baseUrl).origin;
  const appDomains = (env.ORGWRIGHT_APP_DOMAINS || "")
    .split(",")
    .map((domain) => domain.trim())
    .filter(Boolean)
    .map((domain) => {
      const url = httpsUrl(domain, "ORGWRIGHT_APP_DOMAINS");
      if (url.origin !== domain.replace(/\/$/, "")) {
        throw new Error(`ORGWRIGHT_APP_DOMAINS takes origins only (https://host[:port]), not ${domain}`);
      }
      return url.origin;
    })
    .filter((origin, i, all) => origin !== ownOrigin && all.indexOf(origin) === i);
  return { baseUrl, supportUrl, appDomains, configured: configured !== "" };
}

/** manifest.xml with the dev server's URLs replaced by the deployment's, and its app domains added. */
function manifestForDeployment(xml, deployment) {
  const supportElement = `<SupportUrl DefaultValue="${DEV_SUPPORT_URL}"/>`;
  if (!xml.includes(supportElement)) throw new Error(`manifest.xml has no ${supportElement}`);
  const appDomains = deployment.appDomains.length
    ? `\n  <AppDomains>\n${deployment.appDomains.map((origin) => `    <AppDomain>${origin}</AppDomain>\n`).join("")}  </AppDomains>`
    : "";
  return xml
    .replace(supportElement, `<SupportUrl DefaultValue="${deployment.supportUrl}"/>${appDomains}`)
    .replaceAll(DEV_URL, deployment.baseUrl);
}

module.exports = { DEV_URL, DEV_SUPPORT_URL, deploymentUrls, manifestForDeployment };
