/**
 * PNG/SVG of what is on screen: the React Flow element as it is drawn, without minimap, controls and
 * panels, at 3× pixel density so it stays crisp on slides.
 */
import { toPng, toSvg } from 'html-to-image';
import classes from './map.module.css';

// Handles and the dot grid are editing aids, not content: slides get the map only.
const skip = ['react-flow__minimap', 'react-flow__controls', 'react-flow__panel', 'react-flow__attribution', 'react-flow__handle', 'react-flow__background'];
const filter = (node: HTMLElement) => !(node.classList && skip.some((c) => node.classList.contains(c)));

const sides = (prefix: string, suffix = '') => ['top', 'right', 'bottom', 'left'].map((side) => `${prefix}-${side}${suffix}`);
/**
 * The computed properties the clone copies: those the map's DOM uses. html-to-image otherwise copies all
 * ~360 of them onto every element, one `setProperty` at a time, which froze the window for 20 s on a
 * 160-stakeholder map (`setProperty` the largest share); with this list it takes a few seconds. The
 * exports of the demo map and of a 160-stakeholder map were pixel for pixel the same with this list as
 * with all properties (compared in Chromium, 5.5 million pixels each). A property the map starts to use
 * must be added here, or the export will not show it.
 */
const styleProperties = [
  'display', 'position', 'top', 'right', 'bottom', 'left', 'z-index', 'float', 'clear', 'box-sizing',
  'width', 'height', 'min-width', 'min-height', 'max-width', 'max-height', 'aspect-ratio',
  ...sides('margin'), ...sides('padding'),
  'flex-direction', 'flex-wrap', 'flex-grow', 'flex-shrink', 'flex-basis', 'order',
  'align-items', 'align-self', 'align-content', 'justify-content', 'justify-items', 'justify-self', 'row-gap', 'column-gap',
  'grid-template-columns', 'grid-template-rows', 'grid-column-start', 'grid-column-end', 'grid-row-start', 'grid-row-end',
  'overflow-x', 'overflow-y', 'overflow-wrap', 'word-break', 'white-space', 'text-overflow', '-webkit-line-clamp', '-webkit-box-orient',
  'transform', 'transform-origin', 'translate', 'scale', 'rotate', 'visibility', 'opacity', 'vertical-align',
  'clip-path', 'filter', 'mix-blend-mode', 'isolation',
  'color', 'font-family', 'font-size', 'font-weight', 'font-style', 'font-stretch', 'font-variant-caps', 'font-feature-settings',
  'line-height', 'letter-spacing', 'word-spacing', 'text-align', 'text-indent', 'text-transform', 'text-rendering',
  'text-decoration-line', 'text-decoration-color', 'text-decoration-style', 'direction', 'unicode-bidi', 'writing-mode', 'content',
  'background-color', 'background-image', 'background-size', 'background-position-x', 'background-position-y', 'background-repeat', 'background-clip', 'background-origin',
  ...sides('border', '-width'), ...sides('border', '-style'), ...sides('border', '-color'),
  'border-top-left-radius', 'border-top-right-radius', 'border-bottom-right-radius', 'border-bottom-left-radius',
  'outline-width', 'outline-style', 'outline-color', 'outline-offset', 'box-shadow', 'object-fit', 'list-style-type',
  'fill', 'fill-opacity', 'fill-rule', 'stroke', 'stroke-width', 'stroke-opacity', 'stroke-dasharray', 'stroke-dashoffset',
  'stroke-linecap', 'stroke-linejoin', 'stroke-miterlimit', 'marker-start', 'marker-mid', 'marker-end', 'paint-order',
  'vector-effect', 'shape-rendering', 'd',
];

export async function captureView(container: HTMLElement, format: 'png' | 'svg', background: string): Promise<string> {
  const el = container.querySelector<HTMLElement>('.react-flow');
  if (!el) throw new Error('The map is not drawn yet.');
  const options = { filter, backgroundColor: background, pixelRatio: 3, cacheBust: false, includeStyleProperties: styleProperties };
  // At 3× a zoomed-out view's names are legible, so the export draws full detail: the caller has the
  // canvas render full nodes (MapCanvas `fullDetail`), and the far-zoom class, which hides secondary text
  // on screen, is lifted while the clone copies the computed styles.
  const holder = el.closest<HTMLElement>(`.${classes.far}`);
  holder?.classList.remove(classes.far!);
  try {
    return await (format === 'png' ? toPng(el, options) : toSvg(el, options));
  } finally {
    holder?.classList.add(classes.far!);
  }
}

export function downloadDataUrl(dataUrl: string, fileName: string): void {
  const a = document.createElement('a');
  a.href = dataUrl;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
}

export function downloadText(text: string, fileName: string, mime: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mime }));
  downloadDataUrl(url, fileName);
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
