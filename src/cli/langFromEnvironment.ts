import { detectLang, type Lang } from "../i18n";

/** The user's language from the locale variables (LC_ALL, then LC_MESSAGES, then LANG): "zh_CN.UTF-8" → zh-CN. */
export function langFromEnvironment(env: Readonly<Record<string, string | undefined>>): Lang {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG;
  return detectLang(locale?.replace(/_/g, "-"));
}
