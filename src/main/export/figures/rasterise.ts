import { existsSync } from 'node:fs';
import { renderAsync } from '@resvg/resvg-js';

export interface RasterImage {
  png: Uint8Array;
  width: number;
  height: number;
}

/**
 * Fonts for figures. Loading every system font costs about half a second per figure on Linux, so where
 * the known files exist (Debian: Liberation, DejaVu, Noto) only those are loaded: Latin, Greek and
 * Cyrillic from Liberation/DejaVu, Arabic, Hebrew, Armenian and Georgian from Noto. Elsewhere (a user's
 * Windows or macOS machine) the system fonts are used.
 */
const KNOWN_FONTS = [
  '/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf',
  '/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf',
  '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf',
  '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf',
  '/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf',
  '/usr/share/fonts/truetype/noto/NotoSans-Bold.ttf',
  '/usr/share/fonts/truetype/noto/NotoSansArabic-Regular.ttf',
  '/usr/share/fonts/truetype/noto/NotoSansArabic-Bold.ttf',
  '/usr/share/fonts/truetype/noto/NotoSansHebrew-Regular.ttf',
  '/usr/share/fonts/truetype/noto/NotoSansArmenian-Regular.ttf',
  '/usr/share/fonts/truetype/noto/NotoSansGeorgian-Regular.ttf',
].filter((f) => existsSync(f));

const fontOptions = KNOWN_FONTS.length >= 2
  ? { loadSystemFonts: false, fontFiles: KNOWN_FONTS, defaultFontFamily: 'Liberation Sans', sansSerifFamily: 'Liberation Sans' }
  : { loadSystemFonts: true, defaultFontFamily: 'Arial', sansSerifFamily: 'Arial' };

const options = (width: number) => ({ fitTo: { mode: 'width' as const, value: width }, background: '#ffffff', font: fontOptions });

/** Print resolution for a figure the width of the text column (16 cm at about 290 dpi). */
export const FIGURE_WIDTH_PX = 1800;

/**
 * SVG -> PNG in libuv's thread pool, so a large figure does not block the event loop and two figures
 * draw at once. A broken SVG rejects with a plain Error; callers print a placeholder instead.
 */
export async function rasteriseSvg(svg: string, width = FIGURE_WIDTH_PX): Promise<RasterImage> {
  const rendered = await renderAsync(svg, options(width));
  return { png: new Uint8Array(rendered.asPng()), width: rendered.width, height: rendered.height };
}
