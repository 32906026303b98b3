/** Moved to src/chart (the scene is assembled there, for the pane and the command line alike). */
export * from "../../chart/collapsedIds";
