/** The steps of the cost bridge, in the order they are shown (the pane and the command line word each key). */
export const BRIDGE_STEP_KEYS = ["newHires", "removed", "moves", "payChanges", "timing", "other"] as const;

export type BridgeStepKey = (typeof BRIDGE_STEP_KEYS)[number];

/** The bridge's step keys in order (for the pane's and the command line's tables). */
export function bridgeStepKeys(): readonly BridgeStepKey[] {
  return BRIDGE_STEP_KEYS;
}
