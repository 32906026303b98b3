import { archetypeOf } from "../../../src/core/checks/archetypeOf";

describe("archetypeOf", () => {
  it.each([
    ["Player/coach", "playerCoach"],
    ["player-coach", "playerCoach"],
    ["PLAYER COACH", "playerCoach"],
    ["球员教练", "playerCoach"],
    [" 球员 教练 ", "playerCoach"],
    ["playerCoach", "playerCoach"],
    ["Coach", "coach"],
    ["教练", "coach"],
    ["ＣＯＡＣＨ", "coach"],
    ["Supervisor", "supervisor"],
    ["监督者", "supervisor"],
    ["督导", "supervisor"],
    ["Facilitator", "facilitator"],
    ["促进者", "facilitator"],
    ["coordinator", "coordinator"],
    ["协调者", "coordinator"],
  ])("reads %p as %p", (text, archetype) => {
    expect(archetypeOf(text)).toBe(archetype);
  });

  it.each(["", "   ", "Manager", "经理", "player", "coaches", "Director"])("names no archetype in %p", (text) => {
    expect(archetypeOf(text)).toBeUndefined();
  });
});
