import type { OrgRules } from "../checks/orgRules";
import type { FindingDraft, FindingParams } from "../findings/finding";
import { listPreview } from "../findings/listPreview";
import type { OrgModel } from "../model/orgModel";
import { positionColumnsOf } from "../model/positionColumns";
import { positionCountOf, positionFieldsOf } from "../model/positionFields";
import { indexCapabilityNames } from "./capabilityNameIndex";
import { checkSupport } from "./checkSupport";
import type {
  CapabilityCatalogue,
  CatalogueCapability,
  CoverageCell,
  CoverageResult,
  CoverageRow,
  DepartmentsTable,
} from "./coverageTypes";
import { matchPositionCapabilities } from "./matchPositionCapabilities";
import { positionDepartments } from "./positionDepartments";
import {
  CLOSED as CLOSED_KIND,
  FILLED as FILLED_KIND,
  NO_HOLDER as NOBODY,
  readPositionHolders,
} from "./positionHolders";
import { namesAreTheSheetsOwn, sheetCatalogue } from "./sheetCatalogue";

// Module-local bindings for the loop over every holder (tsx turns an imported binding into a getter call).
const CLOSED = CLOSED_KIND;
const FILLED = FILLED_KIND;
const NO_HOLDER = NOBODY;

function emptyCell(): CoverageCell {
  return { filledFte: 0, vacantFte: 0, filledPositions: 0, vacantPositions: 0 };
}

/** FTE sums without floating-point dust (0.1 + 0.2 is 0.3). */
function roundFte(cell: CoverageCell): void {
  cell.filledFte = Math.round(cell.filledFte * 1e6) / 1e6;
  cell.vacantFte = Math.round(cell.vacantFte * 1e6) / 1e6;
}

/**
 * What a capability finding's message is built from: the capability and its area (in English; the
 * message localizer swaps in the Chinese names, see the finding registry), and both names apart.
 */
function capabilityParams(capability: CatalogueCapability): FindingParams {
  return {
    capability: capability.en,
    area: capability.area.en || "–",
    capabilityKey: capability.key,
    capabilityEn: capability.en,
    capabilityZh: capability.zh,
    areaEn: capability.area.en || "–",
    areaZh: capability.area.zh || "–",
  };
}

/**
 * Who holds each capability, department by department, and what is missing:
 * - the matrix capability × department (departments in order of first appearance; "" for positions
 *   with no department), FTE and positions filled and vacant (vacant or planned) apart; closed
 *   positions hold nothing;
 * - CAPABILITY_UNCOVERED (no position, filled or vacant, holds it: an error against the workbook's own catalogue, a
 *   warning against the default one), CAPABILITY_VACANT_ONLY,
 *   CAPABILITY_SINGLE_HOLDER (one person in filled positions where two or more are wanted),
 *   CAPABILITY_FRAGMENTED (no owner department, held in more named departments than the rules allow),
 *   all warnings but the first. With the default catalogue and no capability named by any position
 *   (a table without a Capabilities column), there is nothing to check them on and they are left out.
 * - UNKNOWN_CAPABILITY for names not in the catalogue, SUPPORT_MISSING from the Departments table.
 * With the default catalogue and positions whose capability names are mostly not in it, the catalogue is the names
 * the sheet uses (source "sheet"); the catalogue used is returned.
 */
export function checkCoverage(
  model: OrgModel,
  givenCatalogue: CapabilityCatalogue,
  departments: DepartmentsTable | undefined,
  rules: OrgRules,
): CoverageResult & { catalogue: CapabilityCatalogue } {
  let catalogue = givenCatalogue;
  let held = matchPositionCapabilities(
    model,
    indexCapabilityNames(catalogue.capabilities),
    catalogue.capabilities.length,
  );
  if (catalogue.source === "default" && namesAreTheSheetsOwn(held)) {
    catalogue = sheetCatalogue(catalogue, held, rules);
    held = matchPositionCapabilities(
      model,
      indexCapabilityNames(catalogue.capabilities),
      catalogue.capabilities.length,
    );
  }
  const capabilities = catalogue.capabilities;
  // Only the workbook's own catalogue says what must be covered: against the default one, or the sheet's own names,
  // a capability no one holds is a warning.
  const uncoveredSeverity = catalogue.source === "workbook" ? "error" : "warning";
  const departmentsOfPositions = positionDepartments(model, positionColumnsOf(model));
  const { names: departmentNames, ofPosition } = departmentsOfPositions;
  const asked = new Uint8Array(positionCountOf(model));
  for (let k = 0; k < held.holders.length; k++) asked[held.holders[k]] = 1;
  const {
    kind: kindOf,
    person: personOf,
    fte: fteOf,
    coHolders,
    people: peopleCount,
  } = readPositionHolders(model, asked);
  const personStamp = new Int32Array(peopleCount);
  const departmentStamp = new Int32Array(departmentNames.length);
  const checkHolders = catalogue.source === "workbook" || held.mentions > 0;

  const fields = positionFieldsOf(model);
  const { ids: idOf, row: rowOf } = fields;
  const findings: FindingDraft[] = [];
  const rows: CoverageRow[] = capabilities.map((capability, c) => {
    const byDepartment = departmentNames.map(emptyCell);
    const total = emptyCell();
    const stamp = c + 1;
    let people = 0;
    let soleHolder = NO_HOLDER;
    const vacant: number[] = [];
    const holding: number[] = [];
    const heldIn: number[] = [];
    for (let k = held.start[c]; k < held.start[c + 1]; k++) {
      const p = held.holders[k];
      const kind = kindOf[p];
      if (kind === CLOSED) continue;
      const d = ofPosition[p];
      const cell = byDepartment[d];
      const fte = fteOf[p];
      holding.push(p);
      if (departmentNames[d] !== "" && departmentStamp[d] !== stamp) {
        departmentStamp[d] = stamp;
        heldIn.push(d);
      }
      if (kind === FILLED) {
        cell.filledFte += fte;
        cell.filledPositions++;
        total.filledFte += fte;
        total.filledPositions++;
        const person = personOf[p];
        if (person !== NO_HOLDER && personStamp[person] !== stamp) {
          personStamp[person] = stamp;
          people++;
          soleHolder = person;
        }
        // The other people of a job share hold it too.
        const others = coHolders.size === 0 ? undefined : coHolders.get(p);
        if (others !== undefined)
          for (const other of others)
            if (personStamp[other] !== stamp) {
              personStamp[other] = stamp;
              people++;
            }
      } else {
        cell.vacantFte += fte;
        cell.vacantPositions++;
        total.vacantFte += fte;
        total.vacantPositions++;
        vacant.push(p);
      }
    }
    byDepartment.forEach(roundFte);
    roundFte(total);

    if (checkHolders) {
      const params = capabilityParams(capability);
      const atRow = capability.row !== undefined && catalogue.sheetName !== undefined;
      const where = (ps: number[]) => {
        const rows = new Array<number>(ps.length);
        const ids = new Array<string>(ps.length);
        for (let k = 0; k < ps.length; k++) {
          rows[k] = rowOf[ps[k]];
          ids[k] = idOf[ps[k]];
        }
        return { rows, ids };
      };
      if (total.filledPositions === 0 && total.vacantPositions === 0) {
        findings.push({
          code: "CAPABILITY_UNCOVERED",
          severity: uncoveredSeverity,
          ...(atRow ? { rows: [capability.row!], ids: [], sheet: catalogue.sheetName } : { rows: [], ids: [] }),
          params,
        });
      } else if (total.filledPositions === 0) {
        const { rows, ids } = where(vacant);
        findings.push({
          code: "CAPABILITY_VACANT_ONLY",
          severity: "warning",
          rows,
          ids,
          params: { ...params, count: ids.length, idList: listPreview(ids) },
        });
      }
      if (people === 1 && capability.requiredHolders >= 2) {
        const own = holding.filter((p) => personOf[p] === soleHolder);
        findings.push({
          code: "CAPABILITY_SINGLE_HOLDER",
          severity: "warning",
          ...where(own),
          params: { ...params, name: fields.name(own[0]), required: capability.requiredHolders },
        });
      }
      if (capability.ownerDepartment === "" && heldIn.length > rules.maxCapabilityDepartments) {
        const names = heldIn.sort((a, b) => a - b).map((d) => departmentNames[d]);
        findings.push({
          code: "CAPABILITY_FRAGMENTED",
          severity: "warning",
          ...where(holding),
          params: {
            ...params,
            count: heldIn.length,
            departmentList: listPreview(names),
            max: rules.maxCapabilityDepartments,
          },
        });
      }
    }
    return { capability, byDepartment, total, people };
  });

  findings.push(...held.findings);
  if (departments) findings.push(...checkSupport(model, departmentsOfPositions, departments));
  return { findings, matrix: { departments: departmentNames, rows }, unknown: held.unknown, catalogue };
}
