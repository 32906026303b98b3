/**
 * An offline structural check of manifest.xml: the elements Office requires, in the order its XML schema requires
 * them, every resource reference resolved, every URL https, every icon a PNG of the size the manifest says, and the
 * zh-CN overrides present. (Microsoft's validator is a web service and no npm package ships the XSDs.)
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { DOMParser, onWarningStopParsing, type Element } from "@xmldom/xmldom";

export const NS = {
  app: "http://schemas.microsoft.com/office/appforoffice/1.1",
  ov: "http://schemas.microsoft.com/office/taskpaneappversionoverrides",
  bt: "http://schemas.microsoft.com/office/officeappbasictypes/1.0",
  xsi: "http://www.w3.org/2001/XMLSchema-instance",
};

/** OfficeApp's children for xsi:type="TaskPaneApp", in schema order (true: required). */
const OFFICE_APP_SEQUENCE: [string, boolean][] = [
  ["Id", true],
  ["AlternateId", false],
  ["Version", true],
  ["ProviderName", true],
  ["DefaultLocale", true],
  ["DisplayName", true],
  ["Description", true],
  ["IconUrl", false],
  ["HighResolutionIconUrl", false],
  ["SupportUrl", false],
  ["AppDomains", false],
  ["Hosts", false],
  ["Requirements", false],
  ["DefaultSettings", true],
  ["Permissions", true],
  ["Dependencies", false],
  ["VersionOverrides", false],
];

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const VERSION = /^\d{1,5}(\.\d{1,5}){0,3}$/;
const DEV_ORIGIN = "https://localhost:3000/";

export function parseManifest(xml: string): Element {
  const document = new DOMParser({ onError: onWarningStopParsing }).parseFromString(xml, "text/xml");
  if (!document.documentElement) throw new Error("manifest has no root element");
  return document.documentElement;
}

export function childElements(parent: Element, namespace?: string): Element[] {
  return Array.from(parent.childNodes).filter(
    (node): node is Element => node.nodeType === 1 && (!namespace || (node as Element).namespaceURI === namespace),
  );
}

export function child(parent: Element | undefined, name: string, namespace: string): Element | undefined {
  return parent && childElements(parent).find((e) => e.localName === name && e.namespaceURI === namespace);
}

function xsiType(element: Element | undefined): string | null {
  return element ? element.getAttributeNS(NS.xsi, "type") : null;
}

/** Width and height from a PNG's IHDR chunk, or null when the bytes are not a PNG. */
export function pngSize(bytes: Buffer): { width: number; height: number } | null {
  const signature = "89504e470d0a1a0a";
  if (bytes.length < 24 || bytes.subarray(0, 8).toString("hex") !== signature) return null;
  if (bytes.subarray(12, 16).toString("ascii") !== "IHDR") return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

function checkOrder(root: Element, problems: string[]): void {
  const names = childElements(root).map((e) =>
    e.namespaceURI === NS.app || e.localName === "VersionOverrides"
      ? String(e.localName)
      : `{${e.namespaceURI}}${e.localName}`,
  );
  const order = OFFICE_APP_SEQUENCE.map(([name]) => name);
  let last = -1;
  for (const name of names) {
    const position = order.indexOf(name);
    if (position < 0) problems.push(`OfficeApp has an unknown element <${name}>`);
    else if (position <= last) problems.push(`<${name}> is out of schema order or repeated`);
    else last = position;
  }
  for (const [name, required] of OFFICE_APP_SEQUENCE) {
    if (required && !names.includes(name)) problems.push(`OfficeApp lacks required <${name}>`);
  }
}

function checkAppInfo(root: Element, problems: string[]): void {
  const text = (name: string) => child(root, name, NS.app)?.textContent?.trim() ?? "";
  const value = (name: string) => child(root, name, NS.app)?.getAttribute("DefaultValue") ?? "";
  if (root.localName !== "OfficeApp" || root.namespaceURI !== NS.app) problems.push("root is not OfficeApp 1.1");
  if (xsiType(root) !== "TaskPaneApp") problems.push('OfficeApp xsi:type is not "TaskPaneApp"');
  if (!GUID.test(text("Id"))) problems.push(`Id "${text("Id")}" is not a GUID`);
  if (!VERSION.test(text("Version"))) problems.push(`Version "${text("Version")}" is not n.n.n.n`);
  if (!text("ProviderName")) problems.push("ProviderName is empty");
  if (text("DefaultLocale") !== "en-US") problems.push("DefaultLocale is not en-US");
  if (!value("DisplayName") || value("DisplayName").length > 125) problems.push("DisplayName is empty or too long");
  if (!value("Description") || value("Description").length > 250) problems.push("Description is empty or too long");
  for (const name of ["DisplayName", "Description"]) {
    const zh = childElements(child(root, name, NS.app) ?? root).find(
      (e) => e.localName === "Override" && e.getAttribute("Locale") === "zh-CN",
    );
    if (!zh?.getAttribute("Value")) problems.push(`${name} has no zh-CN Override`);
  }
  for (const name of ["IconUrl", "HighResolutionIconUrl", "SupportUrl"]) {
    if (!value(name).startsWith("https://")) problems.push(`${name} is not an https URL`);
  }
  const hosts = childElements(child(root, "Hosts", NS.app) ?? root, NS.app).map((h) => h.getAttribute("Name"));
  if (hosts.join() !== "Workbook") problems.push(`Hosts are [${hosts.join()}], not [Workbook]`);
  const source =
    child(child(root, "DefaultSettings", NS.app), "SourceLocation", NS.app)?.getAttribute("DefaultValue") ?? "";
  if (source !== `${DEV_ORIGIN}taskpane.html`) problems.push(`DefaultSettings/SourceLocation is "${source}"`);
  if (text("Permissions") !== "ReadWriteDocument") problems.push(`Permissions is "${text("Permissions")}"`);
}

type ResourceKind = "Images" | "Urls" | "ShortStrings" | "LongStrings";

/** Every resource by id: its kind, default value and zh-CN override. */
function readResources(
  overrides: Element,
  problems: string[],
): Map<string, { kind: ResourceKind; value: string; zh?: string }> {
  const resources = new Map<string, { kind: ResourceKind; value: string; zh?: string }>();
  for (const group of childElements(child(overrides, "Resources", NS.ov) ?? overrides, NS.bt)) {
    for (const item of childElements(group, NS.bt)) {
      const id = item.getAttribute("id") ?? "";
      if (resources.has(id)) problems.push(`resource id "${id}" is defined twice`);
      if (id.length === 0 || id.length > 32) problems.push(`resource id "${id}" is empty or longer than 32 characters`);
      const zh = childElements(item, NS.bt).find(
        (e) => e.localName === "Override" && e.getAttribute("Locale") === "zh-CN",
      );
      resources.set(id, {
        kind: group.localName as ResourceKind,
        value: item.getAttribute("DefaultValue") ?? "",
        zh: zh?.getAttribute("Value") ?? undefined,
      });
    }
  }
  return resources;
}

/** The resource kind each resid-bearing element must point to. */
function expectedKind(element: Element): ResourceKind {
  if (element.localName === "Image") return "Images";
  if (["SourceLocation", "FunctionFile", "LearnMoreUrl"].includes(element.localName!)) return "Urls";
  const parent = element.parentNode as Element;
  if (element.localName === "Description" && (parent.localName === "Supertip" || parent.localName === "GetStarted"))
    return "LongStrings";
  return "ShortStrings";
}

function checkVersionOverrides(root: Element, problems: string[]): void {
  const overrides = child(root, "VersionOverrides", NS.ov);
  if (!overrides) return void problems.push("VersionOverrides is missing");
  if (xsiType(overrides) !== "VersionOverridesV1_0")
    problems.push("VersionOverrides xsi:type is not VersionOverridesV1_0");
  const resources = readResources(overrides, problems);

  for (const element of Array.from(overrides.getElementsByTagName("*")).filter((e) => e.hasAttribute("resid"))) {
    const resid = element.getAttribute("resid")!;
    const resource = resources.get(resid);
    if (!resource) problems.push(`<${element.localName} resid="${resid}"> refers to no resource`);
    else if (resource.kind !== expectedKind(element))
      problems.push(`<${element.localName} resid="${resid}"> refers to ${resource.kind}, not ${expectedKind(element)}`);
  }
  for (const [id, resource] of resources) {
    if ((resource.kind === "Images" || resource.kind === "Urls") && !resource.value.startsWith("https://"))
      problems.push(`resource "${id}" is not an https URL`);
    if ((resource.kind === "ShortStrings" || resource.kind === "LongStrings") && !resource.zh)
      problems.push(`string "${id}" has no zh-CN override`);
    if (resource.kind === "ShortStrings" && resource.value.length > 125)
      problems.push(`short string "${id}" is longer than 125 characters`);
    if (resource.kind === "LongStrings" && resource.value.length > 250)
      problems.push(`long string "${id}" is longer than 250 characters`);
  }

  const host = child(child(overrides, "Hosts", NS.ov), "Host", NS.ov);
  if (xsiType(host) !== "Workbook") problems.push("VersionOverrides has no Workbook host");
  const form = child(host, "DesktopFormFactor", NS.ov);
  const formChildren = form ? childElements(form).map((e) => e.localName) : [];
  if (formChildren.join() !== "GetStarted,FunctionFile,ExtensionPoint")
    problems.push(`DesktopFormFactor holds [${formChildren.join()}], not [GetStarted,FunctionFile,ExtensionPoint]`);
  const getStarted = child(form, "GetStarted", NS.ov);
  if (!child(getStarted, "Title", NS.ov) || !child(getStarted, "Description", NS.ov))
    problems.push("GetStarted lacks its Title or Description");
  const functionFile = resources.get(child(form, "FunctionFile", NS.ov)?.getAttribute("resid") ?? "");
  if (functionFile?.value !== `${DEV_ORIGIN}commands.html`) problems.push("FunctionFile is not commands.html");

  const extension = child(form, "ExtensionPoint", NS.ov);
  if (xsiType(extension) !== "PrimaryCommandSurface") problems.push("ExtensionPoint is not PrimaryCommandSurface");
  const tab = child(extension, "OfficeTab", NS.ov);
  if (tab?.getAttribute("id") !== "TabHome") problems.push("the command group is not on the Home tab (TabHome)");
  const group = child(tab, "Group", NS.ov);
  const button = child(group, "Control", NS.ov);
  if (!group?.getAttribute("id") || xsiType(button) !== "Button")
    problems.push("the Home tab has no group with a button");
  const label = resources.get(child(button, "Label", NS.ov)?.getAttribute("resid") ?? "");
  if (label?.value !== "Org chart" || label?.zh !== "组织架构图")
    problems.push('the button is not labelled "Org chart" / "组织架构图"');
  const action = child(button, "Action", NS.ov);
  if (xsiType(action) !== "ShowTaskpane") problems.push("the button does not run ShowTaskpane");
  if (child(action, "TaskpaneId", NS.ov)?.textContent?.trim() !== "ButtonId1")
    problems.push("the button's TaskpaneId is not ButtonId1");
  const pane = resources.get(child(action, "SourceLocation", NS.ov)?.getAttribute("resid") ?? "");
  if (pane?.value !== `${DEV_ORIGIN}taskpane.html`) problems.push("the button's SourceLocation is not taskpane.html");
  for (const owner of [group, button]) {
    const sizes = childElements(child(owner, "Icon", NS.ov) ?? root, NS.bt).map((image) => image.getAttribute("size"));
    if (sizes.join() !== "16,32,80")
      problems.push(`<${owner?.localName}> icon sizes are [${sizes.join()}], not [16,32,80]`);
  }
}

/** Each icon URL under the dev origin must be a PNG in assets/ of the size its element says. */
function checkIcons(root: Element, assetsDir: string, problems: string[]): void {
  const icons: { url: string; size: number }[] = [];
  const iconUrl = child(root, "IconUrl", NS.app)?.getAttribute("DefaultValue");
  const highRes = child(root, "HighResolutionIconUrl", NS.app)?.getAttribute("DefaultValue");
  if (iconUrl) icons.push({ url: iconUrl, size: 32 });
  if (highRes) icons.push({ url: highRes, size: 64 });
  const images = Array.from(root.getElementsByTagNameNS(NS.bt, "Image"));
  const sizeOf = new Map(
    images.filter((e) => e.hasAttribute("size")).map((e) => [e.getAttribute("resid"), Number(e.getAttribute("size"))]),
  );
  for (const image of images.filter((e) => e.hasAttribute("id"))) {
    const size = sizeOf.get(image.getAttribute("id"));
    if (size === undefined) problems.push(`image "${image.getAttribute("id")}" is used at no size`);
    else icons.push({ url: image.getAttribute("DefaultValue") ?? "", size });
  }
  for (const { url, size } of icons) {
    if (!url.startsWith(`${DEV_ORIGIN}assets/`)) {
      problems.push(`icon ${url} is not served from ${DEV_ORIGIN}assets/`);
      continue;
    }
    const file = join(assetsDir, url.slice(`${DEV_ORIGIN}assets/`.length));
    const dimensions = existsSync(file) ? pngSize(readFileSync(file)) : null;
    if (!dimensions) problems.push(`icon ${url} is not a PNG in assets/`);
    else if (dimensions.width !== size || dimensions.height !== size)
      problems.push(`icon ${url} is ${dimensions.width}x${dimensions.height}, not ${size}x${size}`);
  }
}

/** Every problem found in the manifest text; an empty list means it passes. Malformed XML throws. */
export function checkManifest(xml: string, assetsDir: string): string[] {
  const root = parseManifest(xml);
  const problems: string[] = [];
  checkOrder(root, problems);
  checkAppInfo(root, problems);
  checkVersionOverrides(root, problems);
  checkIcons(root, assetsDir, problems);
  return problems;
}
