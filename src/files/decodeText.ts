/**
 * The text of a CSV or text file. Handles the encodings spreadsheets save text in: UTF-8 (with or
 * without BOM), UTF-16 with BOM (Excel's "Unicode text"), and GB18030/GBK (Chinese Excel on Windows
 * saves CSV in the system code page). Bytes that are not valid UTF-8 are taken as GB18030.
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return decodeAs("utf-8", bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeAs("utf-16le", bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeAs("utf-16be", bytes.subarray(2));
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return decodeAs("gb18030", bytes);
  }
}

function decodeAs(encoding: string, bytes: Uint8Array): string {
  return new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes);
}
