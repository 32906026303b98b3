import { buildOrgModel } from "../../../src/core/buildOrgModel";
import { plainPosition } from "../../../src/core/model/position";
import { packPositions, unpackPositions } from "../../../src/pipeline/transfer/packedPositions";
import { HEADER, makeGrid } from "../../core/makeGrid";

describe("positions packed for the pane's thread", () => {
  test("keep every field the model has: a shared post's holders and an undisclosed holder included", () => {
    const { model } = buildOrgModel(
      makeGrid(HEADER, [
        ["D1", "Director", "", "N/D", 1, 120000, null, null],
        ["P7", "Head of Policy", "D1", "Bo Chen", 0.5, 40000, null, null],
        ["P7", "Head of Policy", "D1", "Cy Diaz", 0.5, 40000, null, null],
        ["P8", "Analyst", "P7", "Di Ek", 1, 30000, null, null],
      ]),
    );
    const unpacked = unpackPositions(packPositions(model.positions.length, (p) => model.positions[p]));
    expect(unpacked.map(plainPosition)).toEqual(model.positions.map(plainPosition));
    expect(unpacked[1].holders).toEqual(["Bo Chen", "Cy Diaz"]);
    expect(unpacked[0].undisclosed).toBe(true);
    expect(unpacked[2].holders).toBeUndefined();
  });
});
