import {
  emptyHistory,
  HISTORY_LIMIT,
  recordEdit,
  takeRedo,
  takeUndo,
  type HistoryEntry,
} from "../../../src/taskpane/plan/editHistory";

function entry(id: string): HistoryEntry<string> {
  return { edit: { kind: "remove", id }, changes: `do ${id}`, inverse: `undo ${id}` };
}

describe("the pane's undo history of a plan's edits", () => {
  test("undo takes the newest edit, redo gives it back, in order", () => {
    let history = recordEdit(recordEdit(emptyHistory<string>(), entry("A")), entry("B"));
    const first = takeUndo(history)!;
    expect(first.entry.inverse).toBe("undo B");
    history = first.history;
    const second = takeUndo(history)!;
    expect(second.entry.inverse).toBe("undo A");
    history = second.history;
    expect(takeUndo(history)).toBeUndefined();
    const redo = takeRedo(history)!;
    expect(redo.entry.changes).toBe("do A");
    expect(redo.history.done.map((e) => e.changes)).toEqual(["do A"]);
    expect(redo.history.undone.map((e) => e.changes)).toEqual(["do B"]);
  });

  test("a new edit after an undo clears what could be redone", () => {
    let history = recordEdit(emptyHistory<string>(), entry("A"));
    history = takeUndo(history)!.history;
    history = recordEdit(history, entry("C"));
    expect(takeRedo(history)).toBeUndefined();
    expect(history.done.map((e) => e.changes)).toEqual(["do C"]);
  });

  test("keeps the newest edits only, up to the limit", () => {
    let history = emptyHistory<string>();
    for (let i = 0; i < HISTORY_LIMIT + 5; i++) history = recordEdit(history, entry(String(i)));
    expect(history.done).toHaveLength(HISTORY_LIMIT);
    expect(history.done[0].changes).toBe("do 5");
  });
});
