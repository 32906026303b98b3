import { MESSAGES, type Lang, type MessageKey } from "./messages";

export type MessageParams = Readonly<Record<string, string | number>>;

/** A template cut at its `{placeholders}`: text, name, text, name, …, text (always an odd count). */
type CompiledTemplate = readonly string[];

const PLACEHOLDER = /\{(\w+)\}/g;
const compiled = new Map<string, CompiledTemplate>();

/** The template's pieces, cut once per template (a 100,000-position org makes tens of thousands of messages). */
function compile(template: string): CompiledTemplate {
  let pieces = compiled.get(template);
  if (pieces === undefined) {
    const cut: string[] = [];
    let from = 0;
    PLACEHOLDER.lastIndex = 0;
    for (let match = PLACEHOLDER.exec(template); match !== null; match = PLACEHOLDER.exec(template)) {
      cut.push(template.slice(from, match.index), match[1]);
      from = match.index + match[0].length;
    }
    cut.push(template.slice(from));
    compiled.set(template, (pieces = cut));
  }
  return pieces;
}

/**
 * The message for `key` in `lang`, with `{placeholders}` filled from `params` (a placeholder with no
 * param stays as written). Params are inserted as plain text; callers render the result as text, never
 * as markup.
 */
export function translate(lang: Lang, key: MessageKey, params?: MessageParams): string {
  const template = MESSAGES[lang][key] ?? MESSAGES.en[key] ?? key;
  if (!params) return template;
  const pieces = compile(template);
  if (pieces.length === 1) return template;
  // Joined rather than concatenated: one flat string, not a tree of pieces (findings keep their messages).
  const parts = new Array<string>(pieces.length);
  parts[0] = pieces[0];
  for (let i = 1; i < pieces.length; i += 2) {
    const value = params[pieces[i]];
    parts[i] = value === undefined ? `{${pieces[i]}}` : String(value);
    parts[i + 1] = pieces[i + 1];
  }
  return parts.join("");
}

/** A translator bound to one language. */
export type Translate = (key: MessageKey, params?: MessageParams) => string;

export function translatorFor(lang: Lang): Translate {
  return (key, params) => translate(lang, key, params);
}
