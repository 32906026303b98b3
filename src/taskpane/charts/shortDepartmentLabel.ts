/** Department names as a narrow column header shows them: the redundant "部门" / "Department" dropped. */
export function shortDepartmentLabel(name: string): string {
  const trimmed = name.replace(/\s+/g, " ").trim();
  const chinese = /^(.{2,}?)(部门|部)$/u.exec(trimmed);
  if (chinese) return chinese[1];
  const english = /^(.+?)\s+(department|dept\.?)$/i.exec(trimmed);
  if (english) return english[1];
  const leading = /^(department|dept\.?)\s+(?:of\s+)?(.+)$/i.exec(trimmed);
  if (leading) return leading[2];
  return trimmed;
}
