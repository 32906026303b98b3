import { existsSync } from "node:fs";
import { buildPaneIfStale } from "./buildPane";
import { CHROMIUM_PATH } from "./paneBrowser";

/** Once per run: the browser must be there, and dist/ must be built from the current sources. */
export default async function globalSetup(): Promise<void> {
  if (!existsSync(CHROMIUM_PATH))
    throw new Error(`${CHROMIUM_PATH} is missing: apt-get install chromium fonts-noto-cjk`);
  buildPaneIfStale();
}
