import { buildOrgModel } from "../../../src/core/buildOrgModel";
import { searchPositions } from "../../../src/core/search/searchPositions";
import { org } from "../makeGrid";

test("every holder of a shared post finds it, and the next position still matches on its own fields", () => {
  const { model } = buildOrgModel(
    org(
      ["1", "Director", "", "Ann Lee"],
      ["2", "Head", "1", "Bo Chen"],
      ["2", "Head", "1", "Cy Diaz"],
      ["3", "Clerk", "2", "Di"],
    ),
  );
  expect(model.positions[1].holders).toEqual(["Bo Chen", "Cy Diaz"]);
  expect(searchPositions(model, "cy diaz")).toEqual([1]);
  expect(searchPositions(model, "bo chen")).toEqual([1]);
  expect(searchPositions(model, "clerk")).toEqual([2]);
});
