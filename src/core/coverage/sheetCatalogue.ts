import type { OrgRules } from "../checks/orgRules";
import type { CapabilityCatalogue, CatalogueCapability } from "./coverageTypes";
import type { CapabilityHolders } from "./matchPositionCapabilities";

/**
 * Whether the positions' capability names are mostly their own: more mentions of names the default catalogue does
 * not know, nor are close to one of its names, than of the others (mentions, not distinct names, so that a few
 * misspellings in a large org do not count for much). Such a sheet (a team listing "Payroll", "Audit"…) is not measured against the operations-center
 * catalogue: nearly every capability of it would be uncovered.
 */
export function namesAreTheSheetsOwn(held: CapabilityHolders): boolean {
  // A name close to a catalogue name ("Retension") is a misspelling of it, not a name of the sheet's own.
  let ownMentions = 0;
  for (const finding of held.findings) if (finding.params.suggestion === undefined) ownMentions++;
  return ownMentions > held.holders.length + (held.findings.length - ownMentions);
}

/**
 * The catalogue made of the names the sheet uses: the default capabilities it names (with their names in both
 * languages), then its own names in order of first appearance, each wanting the rules' number of holders.
 */
export function sheetCatalogue(
  defaults: CapabilityCatalogue,
  held: CapabilityHolders,
  rules: OrgRules,
): CapabilityCatalogue {
  const capabilities: CatalogueCapability[] = defaults.capabilities.filter((_, c) => held.start[c + 1] > held.start[c]);
  for (const { name } of held.unknown) {
    capabilities.push({
      key: name,
      en: name,
      zh: name,
      area: { en: "", zh: "" },
      requiredHolders: rules.requiredHolders,
      ownerDepartment: "",
    });
  }
  return { source: "sheet", capabilities };
}
