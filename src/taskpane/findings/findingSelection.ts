import type { Finding } from "../../core";

/** What the finding lists need to let the user go to a finding's row, and to mark the one gone to. */
export interface FindingSelection {
  onSelect?: (finding: Finding) => void;
  /** The finding gone to last. */
  selected?: Finding;
  /** Where it took the user. */
  status?: string;
}
