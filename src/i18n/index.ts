export { detectLang } from "./detectLang";
export { LANGS, MESSAGES, type Lang, type MessageKey } from "./messages";
export {
  compiledMessage,
  formatNumberParam,
  translate,
  translatorFor,
  type MessageParams,
  type Translate,
} from "./translate";
