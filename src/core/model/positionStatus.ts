import { normalizeHeader } from "../columns/normalizeHeader";
import type { PositionStatus } from "./position";

/** Status words, English and Chinese, compared in their normalized form. */
const STATUS_WORDS: Readonly<Record<PositionStatus, readonly string[]>> = {
  vacant: ["vacant", "open", "openreq", "opening", "tobehired", "tbh", "hiring", "recruiting", "空缺", "待招", "招聘中", "空岗", "缺编"],
  planned: ["planned", "plan", "proposed", "new", "future", "budgeted", "计划", "拟设", "新增", "规划", "预算"],
  closed: ["closed", "inactive", "eliminated", "frozen", "cancelled", "canceled", "已关闭", "关闭", "撤销", "已撤销", "冻结", "取消"],
  filled: ["filled", "active", "occupied", "incumbent", "在职", "在岗", "已到岗", "正常", "已招"],
};

/** Names that mean nobody holds the position. */
const VACANT_NAMES = new Set(["vacant", "tbd", "tbh", "tobehired", "tobedetermined", "open", "空缺", "待定", "待招", "无", "na"]);

const statusByWord = new Map<string, PositionStatus>();
for (const [status, words] of Object.entries(STATUS_WORDS)) for (const word of words) statusByWord.set(normalizeHeader(word), status as PositionStatus);

/** True when a name cell says the position is empty ("Vacant", "TBD", "空缺"…) rather than naming a person. */
export function isVacantName(name: string): boolean {
  return name === "" || VACANT_NAMES.has(normalizeHeader(name));
}

/**
 * The position's status from its Status cell and whether anyone holds it. An unrecognised or blank
 * status falls back to the name: blank means vacant. A "filled" status on a nameless row is vacant.
 */
export function resolvePositionStatus(statusText: string, hasHolder: boolean): PositionStatus {
  const stated = statusText === "" ? undefined : statusByWord.get(normalizeHeader(statusText));
  if (stated === "planned" || stated === "closed") return stated;
  if (stated === "vacant") return "vacant";
  return hasHolder ? "filled" : "vacant";
}
