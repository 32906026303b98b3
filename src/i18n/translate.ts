import { MESSAGES, type Lang, type MessageKey } from "./messages";

export type MessageParams = Readonly<Record<string, string | number>>;

/** A template cut at its `{placeholders}`: text, name, text, name, …, text (always an odd count). */
type CompiledTemplate = readonly string[];

const PLACEHOLDER = /\{(\w+)\}/g;
const compiled = new Map<string, CompiledTemplate>();

/** The template's pieces, cut once per template (a 100,000-position org makes tens of thousands of messages). */
function compile(template: string): CompiledTemplate {
  let pieces = compiled.get(template);
  if (pieces === undefined) compiled.set(template, (pieces = cut(template)));
  return pieces;
}

/** The template cut at its placeholders (uncached). */
function cut(template: string): CompiledTemplate {
  const pieces: string[] = [];
  let from = 0;
  PLACEHOLDER.lastIndex = 0;
  for (let match = PLACEHOLDER.exec(template); match !== null; match = PLACEHOLDER.exec(template)) {
    pieces.push(template.slice(from, match.index), match[1]);
    from = match.index + match[0].length;
  }
  pieces.push(template.slice(from));
  return pieces;
}

/**
 * Number params that are positions in a sheet or a scale, not quantities: written without digit grouping, as Excel
 * writes row numbers ("row 10234", not "row 10,234").
 */
const UNGROUPED_PARAMS = new Set(["row", "headerRow", "line", "year", "layer", "level", "maxLayers", "column"]);

const numberFormats = new Map<string, Intl.NumberFormat>();
const pluralRules = new Map<Lang, Intl.PluralRules>();

function intlLocale(lang: Lang): string {
  return lang === "zh-CN" ? "zh-CN" : "en-US";
}

/** A number param as the language writes it: "10,000 positions"; row numbers ungrouped. */
export function formatNumberParam(lang: Lang, name: string, value: number): string {
  // Small whole numbers read the same in every form (and most params are): no Intl call.
  if (Number.isInteger(value) && value >= 0 && value < 1000) return String(value);
  if (!Number.isFinite(value)) return String(value);
  const grouping = !UNGROUPED_PARAMS.has(name);
  const cacheKey = `${lang}|${grouping}`;
  let format = numberFormats.get(cacheKey);
  if (!format) {
    format = new Intl.NumberFormat(intlLocale(lang), { maximumFractionDigits: 3, useGrouping: grouping });
    numberFormats.set(cacheKey, format);
  }
  return format.format(value);
}

function pluralCategory(lang: Lang, value: number): string {
  let rules = pluralRules.get(lang);
  if (!rules) {
    rules = new Intl.PluralRules(intlLocale(lang));
    pluralRules.set(lang, rules);
  }
  return rules.select(value);
}

/** The number a plural param stands for: a number, or a numeric string ("10,000" as already formatted). */
function countOf(value: string | number | undefined): number | undefined {
  if (typeof value === "number") return value;
  if (typeof value !== "string") return undefined;
  const parsed = Number(value.replace(/[,\s\u00a0]/g, ""));
  return value.trim() !== "" && Number.isFinite(parsed) ? parsed : undefined;
}

/** The text of the `{…}` that opens at `open`, and the index after its closing brace (or -1 when unbalanced). */
function braced(template: string, open: number): { text: string; end: number } {
  let depth = 0;
  for (let i = open; i < template.length; i++) {
    if (template[i] === "{") depth++;
    else if (template[i] === "}" && --depth === 0) return { text: template.slice(open + 1, i), end: i + 1 };
  }
  return { text: "", end: -1 };
}

const PLURAL_HEAD = /\{(\w+), plural,\s*/g;

/**
 * Chooses the forms of `{name, plural, one {# row} other {# rows}}` (ICU's syntax, `#` the number), by the
 * language's plural rules (English: one/other; Chinese has one form and writes none). A param that is missing or not
 * a number leaves the block as it is.
 */
function choosePlurals(lang: Lang, template: string, params: MessageParams): string {
  let out = "";
  let last = 0;
  PLURAL_HEAD.lastIndex = 0;
  for (let head = PLURAL_HEAD.exec(template); head; head = PLURAL_HEAD.exec(template)) {
    const block = braced(template, head.index);
    if (block.end < 0) break;
    const name = head[1];
    const count = countOf(params[name]);
    PLURAL_HEAD.lastIndex = block.end;
    if (count === undefined) continue;
    const forms = new Map<string, string>();
    let rest = template.slice(head.index + head[0].length, block.end - 1);
    for (let form = /^\s*(=?\w+)\s*\{/.exec(rest); form; form = /^\s*(=?\w+)\s*\{/.exec(rest)) {
      const body = braced(rest, form[0].length - 1);
      if (body.end < 0) break;
      forms.set(form[1], body.text);
      rest = rest.slice(body.end);
    }
    const chosen = forms.get(`=${count}`) ?? forms.get(pluralCategory(lang, count)) ?? forms.get("other") ?? "";
    const shown = typeof params[name] === "number" ? formatNumberParam(lang, name, count) : String(params[name]);
    out += template.slice(last, head.index) + chosen.replace(/#/g, shown);
    last = block.end;
  }
  return out + template.slice(last);
}

/**
 * The message for `key` in `lang`, with `{placeholders}` filled from `params` (a placeholder with no
 * param stays as written) and `{name, plural, …}` forms chosen. Number params are written for the language
 * ("10,000"). Params are inserted as plain text; callers render the result as text, never as markup.
 */
export function translate(lang: Lang, key: MessageKey, params?: MessageParams): string {
  const template = MESSAGES[lang][key] ?? MESSAGES.en[key] ?? key;
  if (!params) return template;
  // Plural forms depend on the numbers, so such messages are filled without the compiled-template cache.
  const pieces = template.includes(", plural,") ? cut(choosePlurals(lang, template, params)) : compile(template);
  if (pieces.length === 1) return pieces[0];
  // Joined rather than concatenated: one flat string, not a tree of pieces (findings keep their messages).
  const parts = new Array<string>(pieces.length);
  parts[0] = pieces[0];
  for (let i = 1; i < pieces.length; i += 2) {
    const value = params[pieces[i]];
    parts[i] =
      value === undefined
        ? `{${pieces[i]}}`
        : typeof value === "number"
          ? formatNumberParam(lang, pieces[i], value)
          : value;
    parts[i + 1] = pieces[i + 1];
  }
  return parts.join("");
}

/**
 * The template of `key` in `lang` cut at its placeholders (text, name, text, …, text), as {@link translate} fills
 * it, or undefined when it has plural forms (those depend on the numbers): for callers that fill one message many
 * times and look its params up themselves. A number param is then written with {@link formatNumberParam}, a
 * missing one as `{name}`.
 */
export function compiledMessage(lang: Lang, key: MessageKey): readonly string[] | undefined {
  const template = MESSAGES[lang][key] ?? MESSAGES.en[key] ?? key;
  return template.includes(", plural,") ? undefined : compile(template);
}

/** A translator bound to one language. */
export type Translate = (key: MessageKey, params?: MessageParams) => string;

export function translatorFor(lang: Lang): Translate {
  return (key, params) => translate(lang, key, params);
}
