/** Column names as the user reads them (the canonical headers). */
export const fieldsEn = {
  "field.id": "Position ID",
  "field.title": "Title",
  "field.department": "Department",
  "field.team": "Team",
  "field.reportsTo": "Reports To",
  "field.dottedLineTo": "Dotted Line To",
  "field.name": "Name",
  "field.grade": "Grade",
  "field.fte": "FTE",
  "field.baseSalary": "Base Salary",
  "field.currency": "Currency",
  "field.status": "Status",
  "field.startDate": "Start Date",
  "field.endDate": "End Date",
  "field.costCenter": "Cost Center",
  "field.location": "Location",
  "field.capabilities": "Capabilities",
  "severity.error": "Error",
  "severity.warning": "Warning",
  "severity.info": "Info",
  "position.vacant": "Vacant",
  "position.planned": "Planned",
  "position.virtualTop": "Organisation",
} as const;

export type FieldMessages = Record<keyof typeof fieldsEn, string>;
