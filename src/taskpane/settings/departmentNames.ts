import type { OrgModel } from "../../core";

/** The departments the positions name, in first-seen order, each once (compared without case and spacing). */
export function departmentNames(model: OrgModel): string[] {
  const seen = new Set<string>();
  const names: string[] = [];
  for (const position of model.positions) {
    const name = position.department.trim();
    const key = name.normalize("NFKC").toLowerCase().replace(/\s+/g, "");
    if (key === "" || seen.has(key)) continue;
    seen.add(key);
    names.push(name);
  }
  return names;
}
