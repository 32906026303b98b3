/** One position as the side-by-side bench hands it to d3-org-chart (its `data()` rows). */
export interface PeerRow {
  id: string;
  /** null for the top position. */
  parentId: string | null;
  name: string;
  title: string;
  department: string;
  fte: number;
  /** Base salary × FTE; 0 when the salary is not a number. */
  cost: number;
}
