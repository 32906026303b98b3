/**
 * Many strings as one: the texts concatenated, with each one's end offset. A string crosses to another thread as a
 * copy of its characters (no per-object work), and one string of 100,000 texts costs what one copy of its bytes
 * costs; the receiver slices a text out when it is read, so nothing is materialised for positions never shown.
 */
export interface PackedTexts {
  text: string;
  /** End offset of text i in `text` (its start is the previous end, or 0). */
  ends: Uint32Array;
}

/** Packs texts added one by one (as many as `count`) into a {@link PackedTexts}; `ends` is transferable. */
export class TextPacker {
  private readonly ends: Uint32Array;
  private readonly parts: string[];
  private count = 0;
  private length = 0;

  constructor(capacity: number) {
    this.ends = new Uint32Array(capacity);
    this.parts = new Array<string>(capacity);
  }

  add(text: string): void {
    this.parts[this.count] = text;
    this.length += text.length;
    this.ends[this.count++] = this.length;
  }

  packed(): PackedTexts {
    if (this.count !== this.ends.length) throw new Error(`packed ${this.count} texts of ${this.ends.length}`);
    return { text: this.parts.join(""), ends: this.ends };
  }
}

/** Text i of a {@link PackedTexts}. */
export function textAt(packed: PackedTexts, index: number): string {
  const start = index === 0 ? 0 : packed.ends[index - 1];
  return packed.text.slice(start, packed.ends[index]);
}

/** Separates the items of a list inside one packed text (a control character no cell text needs). */
export const ITEM_SEPARATOR = "\u001f";

/** A list as one text; an item's own separator characters become spaces. */
export function joinItems(items: readonly string[]): string {
  if (items.length === 0) return "";
  return items
    .map((item) => (item.includes(ITEM_SEPARATOR) ? item.split(ITEM_SEPARATOR).join(" ") : item))
    .join(ITEM_SEPARATOR);
}

export function splitItems(text: string): string[] {
  return text === "" ? [] : text.split(ITEM_SEPARATOR);
}
