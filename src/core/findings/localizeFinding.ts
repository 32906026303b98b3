import { translate, type Lang } from "../../i18n";
import type { Finding, FindingDraft, FindingParams } from "./finding";
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
  draft: FindingDraft,
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

/** The message of `draft` in `lang` (see {@link localizeFinding}). */
export function findingMessage(draft: FindingDraft, lang: Lang): string {
  const spec: FindingSpec | undefined = FINDING_REGISTRY[draft.code];
  if (!spec) return draft.code;
  const variant = spec.variantOf?.(draft);
  const key = variant !== undefined && spec.variants?.[variant] ? spec.variants[variant].message : spec.message;
  return translate(lang, key, messageParamsOf(draft, lang, spec));
}

/**
 * The finding with its message in `lang`, made from its code's declaration in the registry (the
 * message, or the variant the finding reads, and each param formatted for the language). Used where
 * findings are shown — the pane, the command line, the report — and to re-localize a finding when the
 * user switches language. A code the registry does not know (from an older file) reads as its code.
 *
 * Made here, not when first read: tried (an own getter per finding), it saved a fifth of `analyzeWorkbook` at 100,000
 * positions but every consumer reads every message today (the worker's clone to the pane, `check`'s JSON), and
 * there a getter made the whole sheet's `check` slower (docs/benchmarks.md).
 */
export function localizeFinding(draft: FindingDraft, lang: Lang): Finding {
  return { ...draft, message: findingMessage(draft, lang) };
}
