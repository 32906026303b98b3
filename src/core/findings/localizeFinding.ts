import { compiledMessage, formatNumberParam, translate, type Lang, type MessageKey } from "../../i18n";
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
 * A message of one spec in one language as its template's pieces, made once: `pieces[0]`, then for each odd `i` the
 * name of a param (its value formatted with `formats[i]`, see {@link shapeParamText}) and `pieces[i + 1]`, the text up
 * to the next one. The message is the pieces joined; the command line writes them as bytes without making it.
 */
export interface MessageShape {
  readonly lang: Lang;
  readonly pieces: readonly string[];
  readonly formats: readonly (ParamFormat | undefined)[];
}

/** Module-local: under tsx an imported function called in a loop is a getter call each time. */
const formatNumber = formatNumberParam;
const registry = FINDING_REGISTRY;
/** Per spec, per language, per message key (keys are the registry's own strings: no key made per call). */
const shapes = new WeakMap<FindingSpec, Map<Lang, Map<MessageKey, MessageShape | null>>>();

/**
 * The shape of `key` in `lang` for findings of `spec`, made once; null when the spec derives params (they need
 * the copy {@link messageParamsOf} makes) or the message has plural forms. Joined, it gives what
 * `translate(lang, key, messageParamsOf(draft, lang, spec))` gives, to the character.
 */
function shapeOf(spec: FindingSpec, key: MessageKey, lang: Lang): MessageShape | null {
  let ofSpec = shapes.get(spec);
  if (!ofSpec) shapes.set(spec, (ofSpec = new Map()));
  let ofLang = ofSpec.get(lang);
  if (!ofLang) ofSpec.set(lang, (ofLang = new Map()));
  let shape = ofLang.get(key);
  if (shape === undefined) {
    const pieces = spec.derive ? undefined : compiledMessage(lang, key);
    if (pieces) {
      const declared = new Map(formatsOf(spec));
      const formats = pieces.map((piece, i) => (i % 2 === 1 ? declared.get(piece) : undefined));
      shape = { lang, pieces, formats };
    } else shape = null;
    ofLang.set(key, shape);
  }
  return shape;
}

/**
 * The shape of a finding's message ({@link MessageShape}): null when its message is made another way (a code the
 * registry does not know, derived params, plural forms) — then {@link findingMessage} makes it.
 */
export function messageShapeOf(draft: Finding, lang: Lang): MessageShape | null {
  const spec: FindingSpec | undefined = registry[draft.code];
  if (!spec) return null;
  const variant = spec.variantOf?.(draft);
  const key = variant !== undefined && spec.variants?.[variant] ? spec.variants[variant].message : spec.message;
  return shapeOf(spec, key, lang);
}

/** The text of placeholder `i` (odd) of `shape` for `draft`: its param formatted, or `{name}` when it has none. */
export function shapeParamText(shape: MessageShape, i: number, draft: Finding): string {
  const params = draft.params;
  const name = shape.pieces[i];
  let value: string | number | undefined = params[name];
  if (value === undefined && name === "sheet") value = draft.sheet;
  const format = shape.formats[i];
  if (value !== undefined && format !== undefined) value = formatParam(format, value, params, shape.lang);
  return value === undefined ? `{${name}}` : typeof value === "number" ? formatNumber(shape.lang, name, value) : value;
}

/** The message of `shape` for `draft`: its pieces joined. */
function filledShape(shape: MessageShape, draft: Finding): string {
  const { pieces } = shape;
  const count = pieces.length;
  if (count === 1) return pieces[0];
  const parts = new Array<string>(count);
  parts[0] = pieces[0];
  for (let i = 1; i < count; i += 2) {
    parts[i] = shapeParamText(shape, i, draft);
    parts[i + 1] = pieces[i + 1];
  }
  return parts.join("");
}

/**
 * The message of a finding in `lang`, made from its code's declaration in the registry (the message, or the
 * variant the finding reads, and each param formatted for the language). The edges call this for the findings
 * they show — the pane for the page of its list on screen, the command line and the report sheets for each one
 * they write; the core makes no messages (at 100,000 positions making all 46,000 was a third of the analysis).
 * A code the registry does not know (from an older file) reads as its code.
 */
export function findingMessage(draft: Finding, lang: Lang): string {
  const spec: FindingSpec | undefined = registry[draft.code];
  if (!spec) return draft.code;
  const variant = spec.variantOf?.(draft);
  const key = variant !== undefined && spec.variants?.[variant] ? spec.variants[variant].message : spec.message;
  const shape = shapeOf(spec, key, lang);
  return shape ? filledShape(shape, draft) : translate(lang, key, messageParamsOf(draft, lang, spec));
}

/**
 * The finding with its message in `lang` last ({@link findingMessage}), for the edges that write findings out as
 * data: the command line's JSON keeps a `message` field on every finding.
 */
export function localizeFinding(finding: Finding, lang: Lang): LocalizedFinding {
  return { ...finding, message: findingMessage(finding, lang) };
}
