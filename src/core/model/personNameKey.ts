/**
 * A holder's name as a key for finding a manager named in Reports To: width-folded, spaces collapsed, any case, and
 * "Last, First" (as HR systems export a manager: "Smith, John") turned into "first last", so it meets the Name
 * column's "John Smith". Chinese names ("王伟") have no comma and stay as written.
 */
export function personNameKey(name: string): string {
  let text = name.normalize("NFKC").replace(/\s+/g, " ").trim().toLowerCase();
  const comma = text.indexOf(",");
  if (comma > 0 && comma === text.lastIndexOf(",")) {
    const last = text.slice(0, comma).trim();
    const first = text.slice(comma + 1).trim();
    if (last !== "" && first !== "") text = `${first} ${last}`;
  }
  return text;
}
