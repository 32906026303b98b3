import type { OrgModel } from "../model/orgModel";
import { normalizeJoinedFields } from "./normalizeSearchText";

/** Precedes every field in {@link SearchIndex.text}; search text never contains it. */
export const FIELD_SEPARATOR = "\u0000";

/**
 * Every position's ID, name (every holder's, for a shared post) and title, normalized (`normalizeSearchText`), in one string in sheet order:
 * "\0id\0name\0title" per position, so that one `indexOf` scans the whole org and a match never spans two fields.
 */
export interface SearchIndex {
  text: string;
  /** Where each position's part (its first separator) starts in {@link text}; the text's length at the end. */
  start: Int32Array;
}

const indexes = new WeakMap<OrgModel, SearchIndex>();

/** A field as it goes into the index: a NUL inside it (never typed, but cells can hold one) reads as a space. */
function fieldText(text: string): string {
  return text.indexOf(FIELD_SEPARATOR) === -1 ? text : text.replaceAll(FIELD_SEPARATOR, " ");
}

function buildSearchIndex(model: OrgModel): SearchIndex {
  const { positions } = model;
  const count = positions.length;
  const parts = new Array<string>(count);
  for (let p = 0; p < count; p++) {
    const position = positions[p];
    parts[p] =
      FIELD_SEPARATOR +
      fieldText(position.id) +
      FIELD_SEPARATOR +
      // Every holder of a shared post (a job share) is found by name.
      fieldText(
        position.holders !== undefined && position.holders.length > 1 ? position.holders.join(", ") : position.name,
      ) +
      FIELD_SEPARATOR +
      fieldText(position.title);
  }
  // One normalization of the whole text: NFKC, lower-casing and space folding keep every separator.
  const text = normalizeJoinedFields(parts.join(""));
  const start = new Int32Array(count + 1);
  let at = -1;
  for (let p = 0; p < count; p++) {
    start[p] = at = text.indexOf(FIELD_SEPARATOR, at + 1);
    at = text.indexOf(FIELD_SEPARATOR, text.indexOf(FIELD_SEPARATOR, at + 1) + 1);
  }
  start[count] = text.length;
  return { text, start };
}

/** The model's search index, built on first use and kept as long as the model lives. */
export function searchIndexOf(model: OrgModel): SearchIndex {
  let index = indexes.get(model);
  if (index === undefined) {
    index = buildSearchIndex(model);
    indexes.set(model, index);
  }
  return index;
}
