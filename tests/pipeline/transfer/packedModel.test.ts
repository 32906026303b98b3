import { buildOrgModel } from "../../../src/core/buildOrgModel";
import { LazyPositions } from "../../../src/core/model/lazyPositions";
import { plainPosition } from "../../../src/core/model/position";
import { packOrgModel, unpackOrgModel } from "../../../src/pipeline/transfer/packedModel";
import { makeGrid } from "../../core/makeGrid";

const HEADER = [
  "Position ID",
  "Title",
  "Department",
  "Team",
  "Reports To",
  "Dotted Line To",
  "Name",
  "Grade",
  "FTE",
  "Base Salary",
  "Currency",
  "Cost Center",
  "Location",
  "Capabilities",
  "Start Date",
  "End Date",
  "Status",
  "Assistant",
];

function parsedModel() {
  return buildOrgModel(
    makeGrid(HEADER, [
      [
        "D1",
        "Director",
        "运营中心",
        "",
        "",
        "",
        "Zhang Wei",
        "P9",
        1,
        300000,
        "CNY",
        "CC-1",
        "Beijing",
        "",
        "2020-01-06",
        null,
        "",
        "",
      ],
      [
        "A1",
        "Assistant",
        "运营中心",
        "",
        "D1",
        "",
        "Qian Yu",
        "P5",
        1,
        90000,
        "CNY",
        "CC-1",
        "Beijing",
        "",
        null,
        null,
        "",
        "Yes",
      ],
      [
        "M1",
        "Content Lead",
        "内容运营部",
        "编辑组",
        "D1",
        "A1",
        "Li Na",
        "P7",
        0.8,
        180000.5,
        "CNY",
        "CC-2",
        "上海",
        "内容策划; 用户增长",
        null,
        "2027-06-30",
        "",
        "",
      ],
      [
        "E1",
        "Editor",
        "内容运营部",
        "编辑组",
        "M1",
        "",
        "",
        "P5",
        1,
        null,
        "CNY",
        "CC-2",
        "上海",
        "内容策划",
        null,
        null,
        "Vacant",
        "",
      ],
      [
        "E2",
        "Editor",
        "内容运营部",
        "编辑组",
        "M1",
        "",
        "N/D",
        "P5",
        1,
        100000,
        "CNY",
        "CC-2",
        "上海",
        "",
        null,
        null,
        "",
        "",
      ],
    ]),
  ).model;
}

describe("an org model packed for the pane's thread (the analysis worker's first message)", () => {
  test("unpacks to the same positions, tree and layers", () => {
    const model = parsedModel();
    const { packed, transfer } = packOrgModel(model);
    const unpacked = unpackOrgModel(packed);
    expect(unpacked.positions.map(plainPosition)).toEqual(model.positions.map(plainPosition));
    expect(unpacked.positions.map((position) => position.id)).toEqual(["D1", "A1", "M1", "E1", "E2"]);
    expect(unpacked.positions[2].capabilities).toEqual(["内容策划", "用户增长"]);
    expect(unpacked.positions[1].assistant).toBe(true);
    expect(unpacked.positions[3].status).toBe("vacant");
    expect(unpacked.positions[4].undisclosed).toBe(true);
    expect(unpacked.positions[2].endDate).toBe("2027-06-30");
    expect(Array.from(unpacked.parent)).toEqual(Array.from(model.parent));
    expect(Array.from(unpacked.layer)).toEqual(Array.from(model.layer));
    expect(unpacked.roots).toEqual(model.roots);
    expect(unpacked.dottedLines).toEqual(model.dottedLines);
    expect(unpacked.indexById.get("E2")).toBe(4);
    expect(transfer.length).toBeGreaterThan(0);
  });

  test("reads a parsed model's positions one at a time: the model's kept positions are never made", () => {
    const made = jest.spyOn(LazyPositions.prototype, "positions", "get");
    try {
      const model = parsedModel();
      const { packed } = packOrgModel(model);
      expect(made).not.toHaveBeenCalled();
      expect(unpackOrgModel(packed).positions).toHaveLength(5);
    } finally {
      made.mockRestore();
    }
  });
});
