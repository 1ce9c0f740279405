/**
 * PNG/SVG of what is on screen: the React Flow element as it is drawn, without minimap, controls and
 * panels, at 3× pixel density so it stays crisp on slides.
 */
import { toPng, toSvg } from 'html-to-image';
import classes from './map.module.css';

// Handles and the dot grid are editing aids, not content: slides get the map only.
const skip = ['react-flow__minimap', 'react-flow__controls', 'react-flow__panel', 'react-flow__attribution', 'react-flow__handle', 'react-flow__background'];
const filter = (node: HTMLElement) => !(node.classList && skip.some((c) => node.classList.contains(c)));

export async function captureView(container: HTMLElement, format: 'png' | 'svg', background: string): Promise<string> {
  const el = container.querySelector<HTMLElement>('.react-flow');
  if (!el) throw new Error('The map is not drawn yet.');
  const options = { filter, backgroundColor: background, pixelRatio: 3, cacheBust: false };
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
