import { CLOSED, FILLED, NO_HOLDER, VACANT, readPositionHolders } from "../../../src/core/coverage/positionHolders";
import { modelOf } from "./coverageOrg";

describe("readPositionHolders(model, asked)", () => {
  const names = [
    "Li Na",
    "li  na",
    "ＬＩ ＮＡ",
    "Li-Na",
    "Li Na (intern)",
    "李娜",
    "李 娜",
    "李娜娜",
    "Lina2",
    "Li Nb",
  ];
  const model = modelOf([
    ...names.map((name, i) => ({ id: `P${i}`, reportsTo: i ? "P0" : "", name, fte: 0.5 })),
    { id: "V", reportsTo: "P0", name: null },
    { id: "N", reportsTo: "P0", name: "Zoe", status: "Planned" },
    { id: "C", reportsTo: "P0", name: "Zoe", status: "Closed" },
    { id: "X", reportsTo: "P0", name: "Xu" },
  ]);
  const asked = new Uint8Array(model.positions.length).fill(1);
  asked[model.positions.length - 1] = 0;
  const holders = readPositionHolders(model, asked);

  test("one person whatever the case, width, spacing, punctuation or bracketed note", () => {
    const person = Array.from(holders.person.subarray(0, names.length));
    // Li Na ×5 → 0; 李娜 ×2 → 1; then 李娜娜, Lina2, Li Nb are other people.
    expect(person).toEqual([0, 0, 0, 0, 0, 1, 1, 2, 3, 4]);
  });

  test("vacant and planned are open, closed is closed; nobody holds them; a position not asked about is not read", () => {
    const rest = names.length;
    expect(Array.from(holders.kind.subarray(rest))).toEqual([VACANT, VACANT, CLOSED, 0]);
    expect(Array.from(holders.person.subarray(rest))).toEqual([NO_HOLDER, NO_HOLDER, NO_HOLDER, NO_HOLDER]);
    expect(holders.kind[0]).toBe(FILLED);
    expect(holders.fte[0]).toBe(0.5);
  });
});
