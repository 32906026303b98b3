import { normalizeHeader } from "../columns/normalizeHeader";
import type { PositionStatus } from "./position";

/** Status words, English and Chinese, compared in their normalized form. */
const STATUS_WORDS: Readonly<Record<PositionStatus, readonly string[]>> = {
  vacant: [
    "vacant",
    "open",
    "openreq",
    "opening",
    "tobehired",
    "tbh",
    "hiring",
    "recruiting",
    "空缺",
    "待招",
    "招聘中",
    "空岗",
    "缺编",
    // The holder has left (HR exports): the post is empty.
    "terminated",
    "resigned",
    "leaver",
    "left",
    "departed",
    "retired",
    "离职",
    "已离职",
    "辞职",
    "已辞职",
    "退休",
    "已退休",
  ],
  planned: ["planned", "plan", "proposed", "new", "future", "budgeted", "计划", "拟设", "新增", "规划", "预算"],
  closed: [
    "closed",
    "inactive",
    "eliminated",
    "frozen",
    "cancelled",
    "canceled",
    "已关闭",
    "关闭",
    "撤销",
    "已撤销",
    "冻结",
    "取消",
  ],
  filled: [
    "filled",
    "active",
    "occupied",
    "incumbent",
    "在职",
    "在岗",
    "已到岗",
    "正常",
    "已招",
    // Held, the holder away or not yet confirmed (HR exports): still filled.
    "on leave",
    "leave of absence",
    "loa",
    "probation",
    "on probation",
    "seconded",
    "secondment",
    "notice period",
    "suspended",
    "acting",
    "interim",
    "试用",
    "试用期",
    "休假",
    "病假",
    "产假",
    "借调",
    "转正",
    "正式",
  ],
};

/** Names that mean nobody holds the position. */
const VACANT_NAMES = new Set([
  "vacant",
  "tbd",
  "tbh",
  "tobehired",
  "tobedetermined",
  "open",
  "空缺",
  "待定",
  "待招",
  "无",
  "na",
  "vacancy",
  "待招聘",
  "招聘中",
  "空岗",
  "缺编",
  "暂缺",
  "待补",
  "空",
]);

/**
 * Names that say someone holds the position but not who: UK organograms write `N/D` ("not disclosed") for
 * staff below the senior civil service; other exports `Not disclosed`, `Redacted`, `未公开`, `不公开`.
 */
const UNDISCLOSED_NAMES = new Set([
  "nd",
  "notdisclosed",
  "undisclosed",
  "redacted",
  "withheld",
  "未公开",
  "不公开",
  "保密",
]);

/** Names that say the post no longer exists: UK organograms write `Eliminated` in the Name column of a removed post. */
const CLOSED_NAMES = new Set(["eliminated", "posteliminated", "abolished", "已撤销", "撤销", "已取消"]);
const CLOSED_LENGTHS = new Set([...CLOSED_NAMES].map((word) => word.length));

/** True when a name cell says the post was removed ("Eliminated", "已撤销"): the position is closed. */
export function isClosedName(name: string): boolean {
  if (name === "" || name.length > MAX_WORD_LENGTH) return false;
  const first = name.charCodeAt(0);
  if (first < 0x80) {
    const initial = first | 32;
    // e(liminated), p(ost eliminated), a(bolished)
    if (initial !== 101 && initial !== 112 && initial !== 97) return false;
    const plainLength = plainAsciiWordLength(name);
    if (plainLength >= 0 && !CLOSED_LENGTHS.has(plainLength)) return false;
  }
  return CLOSED_NAMES.has(normalizedWord(name));
}

/** Lengths of the undisclosed names written in ASCII. */
const UNDISCLOSED_LENGTHS = new Set([...UNDISCLOSED_NAMES].map((word) => word.length));

/** Character codes (lower case) that placeholder names start with. */
const VACANT_INITIALS = new Set([...VACANT_NAMES].map((word) => word.charCodeAt(0)));
/** Lengths of the placeholder names. */
const VACANT_LENGTHS = new Set([...VACANT_NAMES].map((word) => word.length));

const statusByWord = new Map<string, PositionStatus>();
for (const [status, words] of Object.entries(STATUS_WORDS))
  for (const word of words) statusByWord.set(normalizeHeader(word), status as PositionStatus);

/** Normalized words of short cells; statuses and placeholder names repeat on every row, so each is normalized once. */
const normalizedWords = new Map<string, string>();
const MAX_WORD_LENGTH = 24;

/** True when every character is a CJK unified ideograph (U+4E00–U+9FFF): normalizing leaves such text as it is. */
function isHanOnly(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x4e00 || code > 0x9fff) return false;
  }
  return text.length > 0;
}

function normalizedWord(text: string): string {
  // Chinese names (a third of the rows in real orgs) are all different: no cache could hold them, none needs one.
  if (isHanOnly(text)) return text;
  let word = normalizedWords.get(text);
  if (word === undefined) {
    word = normalizeHeader(text);
    if (normalizedWords.size < 10_000) normalizedWords.set(text, word);
  }
  return word;
}

/**
 * How many characters a name's normalized form keeps when the name is plain ASCII without brackets: its letters and
 * digits (normalizing only lower-cases them and drops the rest); -1 for any other name.
 */
function plainAsciiWordLength(name: string): number {
  let kept = 0;
  for (let i = 0; i < name.length; i++) {
    const code = name.charCodeAt(i);
    if (code >= 0x80 || code === 40 /* ( */ || code === 91 /* [ */ || code === 60 /* < */) return -1;
    const lower = code | 32;
    if ((code >= 48 && code <= 57) || (lower >= 97 && lower <= 122)) kept++;
  }
  return kept;
}

/**
 * Starts of a name that say the post is empty, whatever follows: "Vacant - backfill", "Vacancy (Q3)", "Open Req 1234",
 * "TBH Q3", "TBD - 2027". The word must end there ("Vacanti" is a surname).
 */
const VACANT_PREFIXES = ["vacant", "vacancy", "open", "tbh", "tbd", "to be hired", "to be determined"];

/** True when the name starts with one of {@link VACANT_PREFIXES} (any case) and a non-letter follows it. */
function hasVacantPrefix(name: string): boolean {
  for (const prefix of VACANT_PREFIXES) {
    if (name.length <= prefix.length) continue;
    const next = name.charCodeAt(prefix.length) | 32;
    if (next >= 97 && next <= 122) continue;
    if (name.slice(0, prefix.length).toLowerCase() === prefix) return true;
  }
  return false;
}

/**
 * Characters a placeholder in punctuation starts with: "-", "—", "?" (no letters at all: no one's name), "(vacant)",
 * "<open>", "（空缺）" (a vacant word in brackets).
 */
const PUNCTUATION_INITIALS = new Set([40, 45, 47, 60, 63, 91, 0x2013, 0x2014, 0xff08, 0x3010]);

/** True when a name cell says the position is empty ("Vacant", "TBD", "空缺"…) rather than naming a person. */
export function isVacantName(name: string): boolean {
  if (name === "") return true;
  if (name.length > MAX_WORD_LENGTH) return false;
  // Most names cannot be a placeholder: skip normalizing them unless they start like one (or in full width), and,
  // for plain ASCII names, unless they are as long as one.
  const initial = name.charCodeAt(0);
  const lower = initial | (initial >= 65 && initial <= 90 ? 32 : 0);
  // "-", "?", "(vacant)": no letters outside brackets, no name.
  if (PUNCTUATION_INITIALS.has(initial)) {
    const letters = name
      .normalize("NFKC")
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, "");
    return letters === "" || VACANT_NAMES.has(letters);
  }
  if (!VACANT_INITIALS.has(lower) && initial < 0xff00) return false;
  if ((lower === 118 || lower === 111 || lower === 116) && hasVacantPrefix(name)) return true; // v, o, t
  const plainLength = plainAsciiWordLength(name);
  if (plainLength >= 0 && !VACANT_LENGTHS.has(plainLength)) return false;
  return VACANT_NAMES.has(normalizedWord(name));
}

/** True when a name cell says the position is held by someone not named ("N/D", "Not disclosed", "未公开"). */
export function isUndisclosedName(name: string): boolean {
  if (name === "" || name.length > MAX_WORD_LENGTH) return false;
  const initial = name.charCodeAt(0) | 32;
  // n(d, not disclosed), u(ndisclosed), r(edacted), w(ithheld), or not ASCII at all.
  if (name.charCodeAt(0) < 0x80) {
    if (initial !== 110 && initial !== 117 && initial !== 114 && initial !== 119) return false;
    const plainLength = plainAsciiWordLength(name);
    if (plainLength >= 0 && !UNDISCLOSED_LENGTHS.has(plainLength)) return false;
  }
  return UNDISCLOSED_NAMES.has(normalizedWord(name));
}

/** What a Status cell says, when it names a status (English or Chinese); undefined for a blank or unknown word. */
export function statedStatus(statusText: string): PositionStatus | undefined {
  return statusText === "" || statusText.length > MAX_WORD_LENGTH
    ? undefined
    : statusByWord.get(normalizedWord(statusText));
}

/**
 * The position's status from its Status cell and whether anyone holds it. An unrecognised or blank
 * status falls back to the name: blank means vacant, "Eliminated" (a removed post) closed. A "filled"
 * status on a nameless row is vacant.
 */
export function resolvePositionStatus(statusText: string, hasHolder: boolean, name = ""): PositionStatus {
  const stated = statedStatus(statusText);
  if (stated === "planned" || stated === "closed" || stated === "vacant") return stated;
  if (isClosedName(name)) return "closed";
  return hasHolder ? "filled" : "vacant";
}
