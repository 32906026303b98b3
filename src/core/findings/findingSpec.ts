import type { Lang, MessageKey } from "../../i18n";
import type { FindingDraft, FindingParams } from "./finding";

/** What a finding is about: the data as read, the org's shape (spans, layers, grades), coverage, or cost. */
export type FindingKind = "data" | "org" | "coverage" | "cost";

export type Severity = "error" | "warning" | "info";

/**
 * How one message param is written at the edge, in the user's language:
 * - `text`: as is (cell text, IDs, headers, lists already joined);
 * - `title`: a position's title; blank reads "untitled";
 * - `row`: a sheet row number, never grouped ("row 12345");
 * - `integer` / `number`: a count or amount, grouped for the locale ("12,345"; up to 2 decimals);
 * - `money`: a decimal amount with its currency (the finding's `currency` param), two decimals;
 * - `percent`: a fraction (0.155) as a percentage ("15.5%");
 * - `date`: an ISO date ("2025-03-01") written the locale's way.
 * A trailing `?` marks a param the finding may leave out.
 */
export type ParamFormat = "text" | "title" | "row" | "integer" | "number" | "money" | "percent" | "date";
export type ParamSpec = ParamFormat | `${ParamFormat}?`;

/** One way a code's message can read, with its own message key (and severity, when it differs). */
export interface MessageVariant {
  message: MessageKey;
  severity?: Severity;
}

/**
 * One finding code, declared once: its kind, its severity, the params its messages are built from, its
 * message (and variants), and the rule's short name in the pane.
 */
export interface FindingSpec {
  kind: FindingKind;
  severity: Severity;
  /** Other severities a producer may give this code (e.g. a formula error in a key column is an error). */
  alsoSeverities?: readonly Severity[];
  params: Readonly<Record<string, ParamSpec>>;
  message: MessageKey;
  /** Named variants of the message; `variantOf` (declared beside them) says which one a finding reads. */
  variants?: Readonly<Record<string, MessageVariant>>;
  variantOf?: (draft: FindingDraft) => string | undefined;
  /** Params named in the user's language, made from language-neutral ones (a field's key, a span band's key). */
  derive?: (params: FindingParams, lang: Lang) => FindingParams;
  /** The rule's short name ("Span too wide"), for the pane's groups. */
  rule: MessageKey;
}
