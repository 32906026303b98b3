/** Splits a list cell on ; ； 、 , ， and line breaks, trimming items and dropping empty ones. */
export function splitList(text: string): string[] {
  if (text === "") return [];
  const items: string[] = [];
  for (const part of text.split(/[;；、,，\r\n]+/)) {
    const item = part.trim();
    if (item !== "") items.push(item);
  }
  return items;
}
