/**
 * Font subsetting with HarfBuzz's hb-subset, compiled to WebAssembly (harfbuzzjs's `harfbuzz-subset.wasm`), the same
 * calls the subset-font package makes, but with the WebAssembly module handed in as bytes: the command line reads it
 * from node_modules, the pane fetches it from the add-in's own files the first time a PDF is exported. TrueType in,
 * TrueType out (the export fonts are TrueType), so no format conversion is needed.
 */

interface HarfBuzzSubsetExports {
  memory: WebAssembly.Memory;
  _initialize(): void;
  malloc(size: number): number;
  free(pointer: number): void;
  hb_blob_create(data: number, length: number, mode: number, user: number, destroy: number): number;
  hb_blob_destroy(blob: number): void;
  hb_blob_get_data(blob: number, length: number): number;
  hb_blob_get_length(blob: number): number;
  hb_face_create(blob: number, index: number): number;
  hb_face_destroy(face: number): void;
  hb_face_reference_blob(face: number): number;
  hb_set_add(set: number, value: number): void;
  hb_set_clear(set: number): void;
  hb_set_invert(set: number): void;
  hb_subset_input_create_or_fail(): number;
  hb_subset_input_destroy(input: number): void;
  hb_subset_input_set(input: number, kind: number): number;
  hb_subset_input_unicode_set(input: number): number;
  hb_subset_or_fail(face: number, input: number): number;
}

const HB_MEMORY_MODE_WRITABLE = 2;
const HB_SUBSET_SETS_LAYOUT_FEATURE_TAG = 6;

/** Subsets a TrueType font to the characters of a string. */
export type FontSubsetter = (font: Uint8Array, characters: string) => Uint8Array;

/** A subsetter over the hb-subset WebAssembly module's bytes (instantiated once per call of this function). */
export async function harfbuzzSubsetter(wasm: Uint8Array): Promise<FontSubsetter> {
  const { instance } = await WebAssembly.instantiate(wasm as Uint8Array<ArrayBuffer>, {});
  const hb = instance.exports as unknown as HarfBuzzSubsetExports;
  hb._initialize();
  // The memory can grow while subsetting, which detaches earlier views: take a fresh one at each use.
  const heap = () => new Uint8Array(hb.memory.buffer);
  return (font, characters) => {
    const input = hb.hb_subset_input_create_or_fail();
    if (input === 0) throw new Error("hb_subset_input_create_or_fail failed");
    const fontPointer = hb.malloc(font.byteLength);
    heap().set(font, fontPointer);
    const blob = hb.hb_blob_create(fontPointer, font.byteLength, HB_MEMORY_MODE_WRITABLE, 0, 0);
    const face = hb.hb_face_create(blob, 0);
    hb.hb_blob_destroy(blob);
    try {
      // Every layout feature kept (hb-subset's --layout-features=*).
      const features = hb.hb_subset_input_set(input, HB_SUBSET_SETS_LAYOUT_FEATURE_TAG);
      hb.hb_set_clear(features);
      hb.hb_set_invert(features);
      const unicodes = hb.hb_subset_input_unicode_set(input);
      for (const char of characters) hb.hb_set_add(unicodes, char.codePointAt(0)!);
      const subset = hb.hb_subset_or_fail(face, input);
      if (subset === 0) throw new Error("hb_subset_or_fail failed: is the font a TrueType font?");
      const result = hb.hb_face_reference_blob(subset);
      const offset = hb.hb_blob_get_data(result, 0);
      const length = hb.hb_blob_get_length(result);
      const bytes = heap().slice(offset, offset + length);
      hb.hb_blob_destroy(result);
      hb.hb_face_destroy(subset);
      if (length === 0) throw new Error("hb-subset made an empty font");
      return bytes;
    } finally {
      hb.hb_subset_input_destroy(input);
      hb.hb_face_destroy(face);
      hb.free(fontPointer);
    }
  };
}
