import type { OrgModel } from "../../core";

/** The departments the positions name, in first-seen order, each once (compared without case and spacing). */
export function departmentNames(model: OrgModel): string[] {
  const seen = new Set<string>();
  const names: string[] = [];
  // The parser's distinct department texts (first-seen order) when it kept them: not one read per position.
  const texts = model.positionColumns?.departments ?? model.positions.map((position) => position.department);
  for (const text of texts) {
    const name = text.trim();
    const key = name.normalize("NFKC").toLowerCase().replace(/\s+/g, "");
    if (key === "" || seen.has(key)) continue;
    seen.add(key);
    names.push(name);
  }
  return names;
}
