import { translate, type Lang, type MessageKey } from "../../i18n";
import type { FindingParams } from "../findings/finding";
import { ARCHETYPES } from "./orgRules";
import type { SpanBandKey, SpanTarget } from "./spanTarget";

const KEYS: ReadonlySet<string> = new Set<string>([...ARCHETYPES, "department", "default"]);

function isSpanBandKey(key: string): key is SpanBandKey {
  return KEYS.has(key);
}

/**
 * A span target's name as the span findings write it in `{band}`: "player/coach" / "球员教练",
 * "default" / "默认", "“Operations” department" / "“运营部门”的". `key` is a finding's `bandKey`
 * param; an unknown key is returned as is.
 */
export function spanBandLabel(lang: Lang, key: string, department = ""): string {
  if (!isSpanBandKey(key)) return key;
  const messageKey: MessageKey =
    key === "default"
      ? "rules.band.default"
      : key === "department"
        ? "rules.band.department"
        : `rules.archetype.${key}`;
  return translate(lang, messageKey, { department });
}

/** The `{band}` params of a span finding: the target's key (language-neutral) and its English label. */
export function spanBandParams(target: SpanTarget): FindingParams {
  const label = spanBandLabel("en", target.key, target.department);
  return target.key === "department"
    ? { bandKey: target.key, band: label, department: target.department ?? "" }
    : { bandKey: target.key, band: label };
}

/**
 * A finding's params with `{band}` named in `lang`, when the finding carries a `bandKey` (the span
 * findings); other params are returned unchanged. For localizeFinding.
 */
export function withSpanBandLabel(params: FindingParams, lang: Lang): FindingParams {
  if (typeof params.bandKey !== "string") return params;
  return { ...params, band: spanBandLabel(lang, params.bandKey, String(params.department ?? "")) };
}
