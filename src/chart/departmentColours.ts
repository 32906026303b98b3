import { normalizeUnitName } from "../core/rollup/unitName";
import { SAMPLE_DEPARTMENT_NAMES } from "../core/sample/operationsCenterDepartments";

/**
 * Twelve department colours for a card's left band and header, each at least 3:1 against white (WCAG's contrast
 * for graphics). Drawn from the Okabe–Ito and Paul Tol palettes, which stay apart for the common colour-vision
 * deficiencies as far as twelve colours can; the department's name is always written beside its colour, so colour is
 * never the only cue.
 */
export const DEPARTMENT_PALETTE: readonly string[] = [
  "#0072B2", // blue
  "#D55E00", // vermillion
  "#009E73", // bluish green
  "#CC79A7", // reddish purple
  "#B8860B", // dark yellow
  "#332288", // indigo
  "#882255", // wine
  "#117733", // green
  "#2F8F9D", // teal
  "#8C564B", // brown
  "#AA4499", // purple
  "#5F7F1F", // olive
];

/**
 * The same twelve colours for a dark pane (Fluent's dark theme, Excel's Dark Gray and Black themes), slot for slot:
 * lighter tints of each hue, each at least 3:1 against the dark card (#292929) and the dark pane (#1f1f1f). A
 * department takes the same slot in both palettes.
 */
export const DARK_DEPARTMENT_PALETTE: readonly string[] = [
  "#56B4E9", // sky blue
  "#F08A4B", // orange
  "#2DC08F", // bluish green
  "#E29AC3", // pink
  "#E0B43C", // yellow
  "#9F95EC", // lavender
  "#DA6D9E", // rose
  "#5CBF6E", // green
  "#5CC4D2", // turquoise
  "#C99585", // tan
  "#D582C8", // orchid
  "#A8C660", // lime
];

/** The palette of department colours and the grey of positions with no department, for a light or a dark pane. */
export interface DepartmentPalette {
  colours: readonly string[];
  noDepartment: string;
}

/** The colour of the org's own card (the virtual top). */
export const ORG_COLOUR = "#24292F";

/** The colour of positions with no department. */
export const NO_DEPARTMENT_COLOUR = "#6E7781";

export const LIGHT_PALETTE: DepartmentPalette = { colours: DEPARTMENT_PALETTE, noDepartment: NO_DEPARTMENT_COLOUR };
export const DARK_PALETTE: DepartmentPalette = { colours: DARK_DEPARTMENT_PALETTE, noDepartment: "#9AA3AD" };

/** The palette for the pane's theme. */
export function departmentPalette(kind: "light" | "dark"): DepartmentPalette {
  return kind === "dark" ? DARK_PALETTE : LIGHT_PALETTE;
}

/**
 * A department's language-independent identity: the sample's departments are one department in English and in
 * Chinese (keyed by their English name), any other by its name compared as a unit name (case, spaces, width).
 */
const SAMPLE_IDENTITY = new Map<string, string>(
  SAMPLE_DEPARTMENT_NAMES.flatMap(([en, zh]) => [
    [normalizeUnitName(en), normalizeUnitName(en)],
    [normalizeUnitName(zh), normalizeUnitName(en)],
  ]),
);

export function departmentIdentity(name: string): string {
  const key = normalizeUnitName(name);
  return SAMPLE_IDENTITY.get(key) ?? key;
}

/** FNV-1a over the UTF-16 code units: a stable 32-bit hash of a name. */
function hashName(name: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) {
    hash ^= name.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * How much a name (by its hash) wants a palette colour: each name ranks the colours in its own random-looking order
 * (rendezvous hashing), so a name pushed off its first choice lands on a colour unrelated to its neighbours' and
 * seldom pushes a third name in turn.
 */
function preference(hash: number, slot: number): number {
  let x = Math.imul(hash ^ Math.imul(slot + 1, 0x9e3779b9), 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

/**
 * A stable colour per department. Each name ranks the palette in its own order, from a hash of its name; names are
 * served in an order set by their hash (not by where they sit in the sheet, so sorting the table changes nothing).
 * The first twelve served take the colour they rank highest among those still free, so departments differ while the
 * palette allows; any later name takes the colour it ranks first. The same names always get the same colours,
 * and adding a department moves about one other on average (the one that wanted the same colour; at most a few,
 * never most). Spellings that compare equal share a colour; a blank department is grey. Names are hashed by their
 * identity ({@link departmentIdentity}), so the sample's departments keep their colours in either language; the
 * palette (light or dark) only changes the shade, never which slot a department takes.
 */
export function departmentColours(
  departmentNames: readonly string[],
  palette: DepartmentPalette = LIGHT_PALETTE,
): Map<string, string> {
  const keys = new Map<string, string>();
  for (const name of departmentNames) if (!keys.has(name)) keys.set(name, departmentIdentity(name));
  const distinct = [...new Set(keys.values())].filter((key) => key !== "");
  const served = distinct.map((key) => ({ key, hash: hashName(key) }));
  served.sort((a, b) => a.hash - b.hash || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));

  const size = palette.colours.length;
  const taken = new Uint8Array(size);
  const colourOfKey = new Map<string, string>();
  served.forEach(({ key, hash }, i) => {
    // The first twelve served take their most wanted colour still free, so all differ; beyond twelve colours must
    // repeat, and later names take their most wanted colour, so they never move.
    let best = -1;
    let bestScore = -1;
    for (let slot = 0; slot < size; slot++) {
      if (i < size && taken[slot] === 1) continue;
      const score = preference(hash, slot);
      if (score > bestScore) {
        best = slot;
        bestScore = score;
      }
    }
    if (i < size) taken[best] = 1;
    colourOfKey.set(key, palette.colours[best]);
  });
  const colours = new Map<string, string>();
  for (const [name, key] of keys) colours.set(name, colourOfKey.get(key) ?? palette.noDepartment);
  return colours;
}
