/** Bytes gathered before they are handed on: big enough to be few writes, small enough to stay cheap. */
const CHUNK_BYTES = 1 << 20;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/**
 * JSON text written as UTF-8 bytes straight into a buffer, a chunk at a time, each piece exactly as
 * `JSON.stringify` writes it: no string per value, no object per item. The command line's `check` writes
 * hundreds of thousands of findings (200 MB of JSON for a whole sheet) with it.
 */
export class JsonBytes {
  private buffer = new Uint8Array(CHUNK_BYTES);
  /** Bytes of the current chunk written so far: where the next byte goes in {@link reserve}'s buffer. */
  at = 0;

  /**
   * `flushTo` gets each chunk once full (and the last at {@link end}). When it returns true it is done with the bytes
   * (written out, nothing kept), and the chunk is written over for the next one; otherwise the next is a new chunk
   * (a whole sheet's 200 new 1 MiB chunks cost 0.13 s of page faults).
   */
  constructor(private readonly flushTo: (bytes: Uint8Array) => boolean | void) {}

  /** Text that needs no escaping, as it is: punctuation, indentation, keys (each character below 0x80). */
  ascii(text: string): void {
    const length = text.length;
    this.room(length);
    const b = this.buffer;
    let p = this.at;
    for (let i = 0; i < length; i++) b[p++] = text.charCodeAt(i);
    this.at = p;
  }

  /** `JSON.stringify(text)`: quoted, escaped where it must be, the rest as UTF-8. */
  string(text: string): void {
    const length = text.length;
    this.room(3 * length + 2);
    const b = this.buffer;
    let p = this.at;
    b[p++] = QUOTE;
    for (let i = 0; i < length; i++) {
      const c = text.charCodeAt(i);
      if (c < 0x80) {
        if (c < 0x20 || c === QUOTE || c === BACKSLASH) {
          this.escaped(text);
          return;
        }
        b[p++] = c;
      } else if (c < 0x800) {
        b[p++] = 0xc0 | (c >> 6);
        b[p++] = 0x80 | (c & 0x3f);
      } else if (c >= 0xd800 && c <= 0xdfff) {
        this.escaped(text);
        return;
      } else {
        b[p++] = 0xe0 | (c >> 12);
        b[p++] = 0x80 | ((c >> 6) & 0x3f);
        b[p++] = 0x80 | (c & 0x3f);
      }
    }
    b[p++] = QUOTE;
    this.at = p;
  }

  /** `JSON.stringify(value)` of a number: whole numbers digit by digit, any other the way JSON writes it. */
  number(value: number): void {
    if (!(value >= 0 && value <= 0x7fffffff && (value | 0) === value)) {
      this.text(JSON.stringify(value));
      return;
    }
    this.room(10);
    const b = this.buffer;
    let digits = 1;
    for (let rest = value; rest >= 10; rest = (rest / 10) | 0) digits++;
    let p = this.at + digits;
    this.at = p;
    let rest = value;
    do {
      b[--p] = 0x30 + (rest % 10);
      rest = (rest / 10) | 0;
    } while (rest > 0);
  }

  /**
   * Room for `bytes` more, and the buffer to write them to from {@link at} (with {@link putAscii}, {@link putString},
   * {@link putNumber}); set `at` past what was written. Valid until the next call of any other method.
   */
  reserve(bytes: number): Uint8Array {
    this.room(bytes);
    return this.buffer;
  }

  /** Hands on what is left. */
  end(): void {
    this.flush();
  }

  /** A string JSON.stringify must escape (quotes, backslashes, control characters, lone surrogates): its own way. */
  private escaped(text: string): void {
    this.text(JSON.stringify(text));
  }

  /** Text as it is, as UTF-8 (JSON already: surrogates only in pairs). */
  text(text: string): void {
    const length = text.length;
    this.room(3 * length);
    const b = this.buffer;
    let p = this.at;
    for (let i = 0; i < length; i++) {
      let c = text.charCodeAt(i);
      if (c < 0x80) b[p++] = c;
      else if (c < 0x800) {
        b[p++] = 0xc0 | (c >> 6);
        b[p++] = 0x80 | (c & 0x3f);
      } else if (c >= 0xd800 && c <= 0xdbff && i + 1 < length) {
        c = 0x10000 + ((c - 0xd800) << 10) + (text.charCodeAt(++i) - 0xdc00);
        b[p++] = 0xf0 | (c >> 18);
        b[p++] = 0x80 | ((c >> 12) & 0x3f);
        b[p++] = 0x80 | ((c >> 6) & 0x3f);
        b[p++] = 0x80 | (c & 0x3f);
      } else {
        b[p++] = 0xe0 | (c >> 12);
        b[p++] = 0x80 | ((c >> 6) & 0x3f);
        b[p++] = 0x80 | (c & 0x3f);
      }
    }
    this.at = p;
  }

  /** Room for `bytes` more: the chunk handed on when they do not fit, a bigger one for a piece larger than a chunk. */
  private room(bytes: number): void {
    if (this.at + bytes <= this.buffer.length) return;
    this.flush();
    if (bytes > this.buffer.length) this.buffer = new Uint8Array(bytes);
  }

  private flush(): void {
    if (this.at === 0) return;
    if (this.flushTo(this.buffer.subarray(0, this.at)) !== true) this.buffer = new Uint8Array(CHUNK_BYTES);
    this.at = 0;
  }
}

/**
 * Writers for a piece whose room was reserved up front ({@link JsonBytes.reserve}): each writes at `p` of `b` and
 * returns where it stopped, or -1 when the value must be written the general way (the caller starts the piece over
 * with JsonBytes's methods).
 */

/** ASCII bytes made once (keys, punctuation, indentation). */
export function asciiBytes(text: string): Uint8Array {
  return Uint8Array.from(text, (c) => c.charCodeAt(0));
}

export function putAscii(b: Uint8Array, p: number, bytes: Uint8Array): number {
  const length = bytes.length;
  if (length > 24) {
    b.set(bytes, p);
    return p + length;
  }
  for (let i = 0; i < length; i++) b[p++] = bytes[i];
  return p;
}

/** `JSON.stringify(text)` when it needs no escaping (room: 3 bytes a character and 2); -1 when it does. */
export function putString(b: Uint8Array, p: number, text: string): number {
  b[p++] = QUOTE;
  p = putStringBody(b, p, text);
  if (p < 0) return -1;
  b[p++] = QUOTE;
  return p;
}

/** {@link putString} without the quotes: text inside a string value (room: 3 bytes a character); -1 to escape. */
export function putStringBody(b: Uint8Array, p: number, text: string): number {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if (c < 0x20 || c === QUOTE || c === BACKSLASH) return -1;
      b[p++] = c;
    } else if (c < 0x800) {
      b[p++] = 0xc0 | (c >> 6);
      b[p++] = 0x80 | (c & 0x3f);
    } else if (c >= 0xd800 && c <= 0xdfff) return -1;
    else {
      b[p++] = 0xe0 | (c >> 12);
      b[p++] = 0x80 | ((c >> 6) & 0x3f);
      b[p++] = 0x80 | (c & 0x3f);
    }
  }
  return p;
}

/** A whole number from 0 to 2^31 - 1 (room: 10 bytes); -1 for any other. */
export function putNumber(b: Uint8Array, p: number, value: number): number {
  if (!(value >= 0 && value <= 0x7fffffff && (value | 0) === value)) return -1;
  let digits = 1;
  for (let rest = value; rest >= 10; rest = (rest / 10) | 0) digits++;
  const end = p + digits;
  let q = end;
  let rest = value;
  do {
    b[--q] = 0x30 + (rest % 10);
    rest = (rest / 10) | 0;
  } while (rest > 0);
  return end;
}
