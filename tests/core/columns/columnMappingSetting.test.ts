import { parseColumnMapping, serializeColumnMapping } from "../../../src/core/columns/columnMappingSetting";

describe("parseColumnMapping(saved)", () => {
  test("round-trips a mapping", () => {
    const mapping = { reportsTo: "上级编号", id: "Code" };
    expect(parseColumnMapping(serializeColumnMapping(mapping))).toEqual(mapping);
    expect(serializeColumnMapping(mapping)).toBe('{"id":"Code","reportsTo":"上级编号"}');
  });

  test.each([undefined, "", "  ", "not json", "[]", "null", "42", '"x"'])("reads %p as no mapping", (saved) => {
    expect(parseColumnMapping(saved)).toEqual({});
  });

  test("drops unknown fields and non-text headers; a blank header is a field set to Not used", () => {
    expect(parseColumnMapping('{"id":"A","boss":"B","title":"","fte":3,"name":null,"grade":" G ","team":" "}')).toEqual(
      {
        id: "A",
        title: "",
        grade: " G ",
        team: "",
      },
    );
    expect(serializeColumnMapping({ team: "", id: "A" })).toBe('{"id":"A","team":""}');
  });
});
