/* The ribbon's function file. Its one button only shows the task pane, so it registers no function commands. */
import { registerCommands } from "../excel/registerCommands";

registerCommands();
