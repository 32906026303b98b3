import { MESSAGES, type Lang, type MessageKey } from "./messages";

export type MessageParams = Readonly<Record<string, string | number>>;

/**
 * The message for `key` in `lang`, with `{placeholders}` filled from `params`. Params are inserted
 * as plain text; callers render the result as text, never as markup.
 */
export function translate(lang: Lang, key: MessageKey, params?: MessageParams): string {
  const template = MESSAGES[lang][key] ?? MESSAGES.en[key] ?? key;
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

/** A translator bound to one language. */
export type Translate = (key: MessageKey, params?: MessageParams) => string;

export function translatorFor(lang: Lang): Translate {
  return (key, params) => translate(lang, key, params);
}
