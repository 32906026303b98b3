export { detectLang } from "./detectLang";
export { LANGS, MESSAGES, type Lang, type MessageKey } from "./messages";
export { translate, translatorFor, type MessageParams, type Translate } from "./translate";
