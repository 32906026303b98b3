/** Card size in px when the layout options give none. */
export const DEFAULT_CARD_WIDTH = 200;
export const DEFAULT_CARD_HEIGHT = 96;

/** Between two cards of the same manager, along the breadth axis (px). */
export const SIBLING_GAP = 24;
/** Between neighbouring cards of different managers, along the breadth axis (px): twice the sibling gap, so teams read as groups. */
export const COUSIN_GAP = 48;
/** Between two layers, along the depth axis (px); connectors turn halfway through it. */
export const LAYER_GAP = 56;

/** A manager's leaf reports are stacked in a compact block when there are at least this many. */
export const STACK_MIN_LEAVES = 3;
/** A block has at most this many columns… */
export const STACK_MAX_COLUMNS = 4;
/** …and one column per this many leaves below that: columns = min(4, ceil(leaves / 6)). */
export const STACK_LEAVES_PER_COLUMN = 6;
/** Between two cards of one column of a block (px): tighter than a layer gap (and than a sibling gap left-to-right). */
export const STACK_ROW_GAP = 16;
/**
 * The lane where a column's spine runs (px): before each column of a block top-down; left-to-right, between
 * two columns, and along the block's top for the bus that joins the spines.
 */
export const STACK_LANE = 24;
/** Between a manager's drop line and an assistant hanging beside it, along the breadth axis (px): the stub's length. */
export const ASSISTANT_GAP = 24;

/**
 * A manager's reports are wrapped into rows only when at least this many of them (besides its block and assistants)
 * are managers themselves (a row of leaves stays a row: compact stacking is the way to fold those)…
 */
export const WRAP_MIN_REPORTS = 3;
/** …its subtree side by side would be this many times wider than the aspect asked for… */
export const WRAP_SLACK = 1.25;
/** …and into at most this many rows. */
export const WRAP_MAX_ROWS = 8;
/** The lane along a wrapped group's near side where the spine joining its rows' buses runs (px). */
export const WRAP_LANE = 24;
