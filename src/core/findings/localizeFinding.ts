import { translate, type Lang } from "../../i18n";
import type { Finding, FindingParams, LocalizedFinding } from "./finding";
import { FINDING_REGISTRY, type FindingSpec, type ParamFormat } from "./findingRegistry";
import { formatIsoDate, formatLocaleNumber, formatMoney, formatPercent } from "./localeFormat";

function formatParam(format: ParamFormat, value: string | number, params: FindingParams, lang: Lang): string | number {
  switch (format) {
    case "title":
      return value === "" ? translate(lang, "position.untitled") : value;
    case "integer":
    case "number":
      return typeof value === "number" ? formatLocaleNumber(lang, value) : value;
    case "money":
      return typeof value === "number" ? formatMoney(lang, value, String(params.currency ?? "")) : value;
    case "percent":
      return typeof value === "number" ? formatPercent(lang, value) : value;
    case "date":
      return typeof value === "string" ? formatIsoDate(lang, value) : value;
    default:
      return value; // text, row
  }
}

/** Each spec's declared params with their formats, worked out once (messages are made by the tens of thousands). */
const declaredFormats = new WeakMap<FindingSpec, readonly (readonly [string, ParamFormat])[]>();

function formatsOf(spec: FindingSpec): readonly (readonly [string, ParamFormat])[] {
  let formats = declaredFormats.get(spec);
  if (!formats) {
    formats = Object.entries(spec.params).map(([name, declared]) => [name, declared.replace("?", "") as ParamFormat]);
    declaredFormats.set(spec, formats);
  }
  return formats;
}

/** The params a finding's message is filled from, in `lang`: derived params first, then each formatted. */
export function messageParamsOf(
  draft: Finding,
  lang: Lang,
  spec: FindingSpec = FINDING_REGISTRY[draft.code],
): FindingParams {
  let params: FindingParams = { ...draft.params };
  if (draft.sheet !== undefined) params.sheet ??= draft.sheet;
  if (spec.derive) params = spec.derive(params, lang);
  for (const [name, format] of formatsOf(spec)) {
    const value = params[name];
    if (value === undefined) continue;
    params[name] = formatParam(format, value, params, lang);
  }
  return params;
}

/**
 * The message of a finding in `lang`, made from its code's declaration in the registry (the message, or the
 * variant the finding reads, and each param formatted for the language). The edges call this for the findings
 * they show — the pane for the page of its list on screen, the command line and the report sheets for each one
 * they write; the core makes no messages (at 100,000 positions making all 46,000 was a third of the analysis).
 * A code the registry does not know (from an older file) reads as its code.
 */
export function findingMessage(draft: Finding, lang: Lang): string {
  const spec: FindingSpec | undefined = FINDING_REGISTRY[draft.code];
  if (!spec) return draft.code;
  const variant = spec.variantOf?.(draft);
  const key = variant !== undefined && spec.variants?.[variant] ? spec.variants[variant].message : spec.message;
  return translate(lang, key, messageParamsOf(draft, lang, spec));
}

/**
 * The finding with its message in `lang` last ({@link findingMessage}), for the edges that write findings out as
 * data: the command line's JSON keeps a `message` field on every finding.
 */
export function localizeFinding(finding: Finding, lang: Lang): LocalizedFinding {
  return { ...finding, message: findingMessage(finding, lang) };
}
