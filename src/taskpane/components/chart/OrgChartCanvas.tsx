import { makeStyles, tokens } from "@fluentui/react-components";
import { forwardRef, useEffect, useImperativeHandle, useRef } from "react";
import type { CardIndex } from "../../../core/layout/chartTree";
import type { ChartScene, ChartViewState } from "../../../chart/chartScene";
import { OrgChartView } from "../../../chart/orgChartView";
import type { ScenarioEdit } from "../../../core/scenario/scenarioEdit";
import { usePaneLanguage } from "../../translateContext";

const useStyles = makeStyles({
  root: {
    position: "relative",
    overflow: "hidden",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    minWidth: 0,
  },
});

/** What the toolbar can ask of the chart. */
export interface OrgChartHandle {
  zoomBy: (factor: number) => void;
  fit: () => void;
  reveal: (card: CardIndex) => void;
  focusCard: (card: CardIndex) => void;
  viewState: () => ChartViewState | undefined;
}

export interface OrgChartCanvasProps {
  scene: ChartScene;
  /** The selected card (-1 for none). */
  selected: CardIndex;
  /** Grows when the selection should be brought into view (search, a row chosen in Excel or the list). */
  revealTicket: number;
  /** The view to open on (kept across refreshes and tab switches); undefined: the renderer's own opening view. */
  initialView?: ChartViewState;
  /**
   * When it changes (another workbook, view or orientation: the old view's place means nothing in the new layout),
   * the next scene opens on the renderer's own opening view, with the selected card brought into view.
   */
  openKey: string;
  onActivate: (card: CardIndex) => void;
  onToggle: (card: CardIndex) => void;
  /** The view the user left the chart at, saved on every change. */
  onViewChange: (view: ChartViewState) => void;
  /** The card of a position in `scene` (-1 when it is not drawn): the keyboard stays on its card across scenes. */
  cardOfPosition: (id: string) => CardIndex;
  height: number;
  /** Editing a scenario: cards can be moved and edited (see ChartEditOptions). Default false. */
  editable?: boolean;
  /** Each edit the user makes in the chart, as data (only while `editable`). */
  onEdit?: (edit: ScenarioEdit) => void;
  /**
   * Draw each new scene in a task of its own, after React's commit (a big org: at 100,000 positions the render that
   * builds the scene and the drawing of its cards together held the pane's thread past 100 ms). Default false.
   */
  drawApart?: boolean;
}

/** Runs `draw` in a task of its own (a message to ourselves: not clamped like a timer); returns its cancel. */
function inTaskOfItsOwn(draw: () => void): () => void {
  if (typeof MessageChannel === "undefined") {
    const timer = setTimeout(draw, 0);
    return () => clearTimeout(timer);
  }
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    channel.port1.close();
    draw();
  };
  channel.port2.postMessage(null);
  return () => channel.port1.close();
}

/**
 * The org chart, drawn by the framework-free {@link OrgChartView}: React hands it a scene when the data or the
 * chart options change, never per frame; panning and zooming stay inside the renderer.
 */
export const OrgChartCanvas = forwardRef<OrgChartHandle, OrgChartCanvasProps>(function OrgChartCanvas(
  {
    scene,
    selected,
    revealTicket,
    initialView,
    openKey,
    onActivate,
    onToggle,
    onViewChange,
    cardOfPosition,
    height,
    editable = false,
    onEdit,
    drawApart = false,
  },
  ref,
) {
  const styles = useStyles();
  const { lang, t } = usePaneLanguage();
  const container = useRef<HTMLDivElement>(null);
  const view = useRef<OrgChartView | undefined>(undefined);
  const callbacks = useRef({ onActivate, onToggle, onViewChange, cardOfPosition, onEdit });
  callbacks.current = { onActivate, onToggle, onViewChange, cardOfPosition, onEdit };
  const editableRef = useRef(editable);
  editableRef.current = editable;
  const shown = useRef<ChartScene | undefined>(undefined);
  const openedKey = useRef(openKey);
  const opening = useRef(initialView);
  const drawn = useRef(false);
  const selectedRef = useRef(selected);
  selectedRef.current = selected;
  /** A scene waiting for its own task (drawApart): the selection and a reveal wait for it. */
  const pending = useRef<{ reveal: boolean } | undefined>(undefined);

  useEffect(() => {
    const chart = new OrgChartView(container.current!, {
      lang,
      t,
      onActivate: (card) => callbacks.current.onActivate(card),
      onToggle: (card) => callbacks.current.onToggle(card),
      onViewChange: () => {
        const state = view.current?.viewState();
        if (state) callbacks.current.onViewChange(state);
      },
      editable: editableRef.current,
      onEdit: (edit) => callbacks.current.onEdit?.(edit),
    });
    view.current = chart;
    drawn.current = false;
    return () => {
      const last = chart.viewState();
      if (drawn.current) opening.current = last;
      view.current = undefined;
      chart.destroy();
    };
  }, [lang, t]);

  useEffect(() => {
    const chart = view.current;
    if (!chart) return;
    const draw = () => {
      const revealAfter = pending.current?.reveal ?? false;
      pending.current = undefined;
      // The card the keyboard is on, by position: a collapse, a refresh or a new layout (the pane's shape changed)
      // numbers the cards anew.
      const focusedCard = chart.focusedCard();
      const keyboardOn =
        drawn.current && shown.current && focusedCard >= 0 && container.current?.contains(document.activeElement)
          ? shown.current.content(focusedCard).id
          : "";
      // Another workbook, view, orientation or pane shape: the chart opens anew.
      let reopened = false;
      if (openedKey.current !== openKey) {
        openedKey.current = openKey;
        if (drawn.current) {
          drawn.current = false;
          opening.current = undefined;
          reopened = true;
        }
      }
      // The first scene opens where the user left the chart; later scenes (a refresh, a collapse) keep the view.
      const keepView = drawn.current ? chart.viewState() : opening.current;
      opening.current = undefined;
      drawn.current = true;
      shown.current = scene;
      chart.setScene(
        scene,
        keepView ? { view: keepView, selected: selectedRef.current } : { selected: selectedRef.current },
      );
      const card = keyboardOn ? callbacks.current.cardOfPosition(keyboardOn) : -1;
      if (card >= 0 && card !== chart.focusedCard()) chart.focusCard(card, { animate: false });
      else if ((reopened || revealAfter) && selectedRef.current >= 0)
        chart.reveal(selectedRef.current, { animate: !reopened && revealAfter });
    };
    if (!drawApart) {
      draw();
      return;
    }
    pending.current = { reveal: pending.current?.reveal ?? false };
    const cancel = inTaskOfItsOwn(() => {
      if (view.current === chart) draw();
    });
    return () => {
      cancel();
    };
  }, [scene, lang, t, openKey, drawApart]);

  useEffect(() => {
    // A scene waiting to be drawn takes the selection with it.
    if (!pending.current) view.current?.select(selected, { reveal: false });
  }, [selected]);

  useEffect(() => {
    view.current?.setEditable(editable && onEdit !== undefined);
  }, [editable, onEdit, lang, t]);

  useEffect(() => {
    if (revealTicket <= 0) return;
    if (pending.current) pending.current.reveal = true;
    else if (selectedRef.current >= 0) view.current?.reveal(selectedRef.current);
  }, [revealTicket]);

  useImperativeHandle(
    ref,
    () => ({
      zoomBy: (factor) => view.current?.zoomBy(factor),
      fit: () => view.current?.fit(),
      reveal: (card) => view.current?.reveal(card),
      focusCard: (card) => view.current?.focusCard(card),
      viewState: () => view.current?.viewState(),
    }),
    [],
  );

  return <div ref={container} className={styles.root} style={{ height }} data-testid="org-chart" />;
});
