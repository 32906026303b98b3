// Renders the Orgwright icons (one box over three boxes, joined by lines) from SVG to PNG in assets/.
// Needs Debian chromium and playwright-core: `node scripts/make-icons.mjs`.
import { writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const BRAND = "#0F6CBD";
const ASSETS = join(dirname(fileURLToPath(import.meta.url)), "..", "assets");
const ICON_SIZES = [16, 32, 64, 80, 128];
const LOGO_SIZE = 256;

/** The org-chart glyph on a size×size canvas, snapped to whole pixels so small sizes stay crisp. */
function drawOrgGlyph(size, colour, inset = 0) {
  const s = size - 2 * inset;
  const px = (f) => inset + Math.round(f * s);
  const line = Math.max(1, Math.round(s / 16));
  const radius = Math.max(0.5, s / 24);
  const boss = { x: px(0.27), y: px(0.06), w: px(0.73) - px(0.27), h: px(0.36) - px(0.06) };
  const reportXs = [0.02, 0.37, 0.72].map((f) => px(f));
  const reportW = px(0.26) - px(0);
  const reportY = px(0.66);
  const reportH = px(0.94) - reportY;
  const busY = px(0.51);
  const box = (x, y, w, h) => `<rect x="${x}" y="${y}" width="${w}" height="${h}" rx="${radius}" fill="${colour}"/>`;
  const centre = (x, w) => x + Math.floor(w / 2) + (line % 2 ? 0.5 : 0);
  const bossX = centre(boss.x, boss.w);
  const centres = reportXs.map((x) => centre(x, reportW));
  const stroke = `stroke="${colour}" stroke-width="${line}" fill="none" stroke-linecap="square"`;
  const busYc = busY + (line % 2 ? 0.5 : 0);
  const lines = [
    `<path d="M${bossX} ${boss.y + boss.h} V${busYc}" ${stroke}/>`,
    `<path d="M${centres[0]} ${reportY} V${busYc} H${centres[2]} V${reportY}" ${stroke}/>`,
    `<path d="M${centres[1]} ${busYc} V${reportY}" ${stroke}/>`,
  ];
  const boxes = [box(boss.x, boss.y, boss.w, boss.h), ...reportXs.map((x) => box(x, reportY, reportW, reportH))];
  return [...lines, ...boxes].join("");
}

function iconSvg(size) {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}">${drawOrgGlyph(size, BRAND)}</svg>`;
}

function logoFilledSvg(size) {
  const corner = size * 0.18;
  const background = `<rect width="${size}" height="${size}" rx="${corner}" fill="${BRAND}"/>`;
  const glyph = drawOrgGlyph(size, "#FFFFFF", Math.round(size * 0.2));
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}">${background}${glyph}</svg>`;
}

async function renderPng(page, svg, size, file) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(
    `<html><body style="margin:0;background:transparent"><style>svg{display:block}</style>${svg}</body></html>`,
  );
  const png = await page.locator("svg").screenshot({ omitBackground: true });
  await writeFile(join(ASSETS, file), png);
  console.log(`assets/${file} (${size}x${size})`);
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
  ],
});
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  for (const size of ICON_SIZES) await renderPng(page, iconSvg(size), size, `icon-${size}.png`);
  await renderPng(page, logoFilledSvg(LOGO_SIZE), LOGO_SIZE, "logo-filled.png");
} finally {
  await browser.close();
}
