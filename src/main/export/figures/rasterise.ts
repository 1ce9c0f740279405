import { existsSync } from 'node:fs';
import { Resvg, renderAsync } from '@resvg/resvg-js';

export interface RasterImage {
  png: Uint8Array;
  width: number;
  height: number;
}

/** Font folders searched besides the system fonts, so Liberation and Noto are found on Linux CI. */
const FONT_DIRS = ['/usr/share/fonts/truetype/liberation2', '/usr/share/fonts/truetype/liberation', '/usr/share/fonts/truetype/noto', '/usr/share/fonts/truetype/dejavu'].filter((d) =>
  existsSync(d),
);

const options = (width: number) => ({
  fitTo: { mode: 'width' as const, value: width },
  background: '#ffffff',
  font: { loadSystemFonts: true, fontDirs: FONT_DIRS, defaultFontFamily: 'Liberation Sans', sansSerifFamily: 'Liberation Sans' },
});

/**
 * SVG -> PNG at print resolution (width in pixels). Runs in libuv's thread pool (renderAsync), so a
 * large figure does not block the main process. A broken SVG rejects with a plain Error; callers print
 * a placeholder instead of the figure.
 */
export async function rasteriseSvg(svg: string, width = 2400): Promise<RasterImage> {
  const rendered = await renderAsync(svg, options(width));
  return { png: new Uint8Array(rendered.asPng()), width: rendered.width, height: rendered.height };
}

/** Synchronous variant for small figures and tests. */
export function rasteriseSvgSync(svg: string, width = 2400): RasterImage {
  const rendered = new Resvg(svg, options(width)).render();
  return { png: new Uint8Array(rendered.asPng()), width: rendered.width, height: rendered.height };
}
