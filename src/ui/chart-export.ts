/**
 * Turns a chart on the page into files a reader can keep: a standalone SVG (the page's CSS
 * variables resolved into attributes, so it looks the same anywhere) and a PNG drawn from it.
 */
import type { FrameColours } from '../charts/chart-frame.ts';

const STYLE_PROPS = [
  'fill',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'font-family',
  'font-size',
  'font-weight',
  'opacity',
] as const;

/** The chart as a self-contained SVG document, with a background so it reads on any page. */
export function standaloneSvg(svg: SVGSVGElement): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const sourceNodes = [svg, ...svg.querySelectorAll('*')];
  const cloneNodes = [clone, ...clone.querySelectorAll('*')];
  sourceNodes.forEach((node, i) => {
    const target = cloneNodes[i];
    if (!(target instanceof Element)) return;
    const style = getComputedStyle(node);
    for (const prop of STYLE_PROPS) {
      const value = style.getPropertyValue(prop);
      if (value) target.setAttribute(prop, value);
    }
    target.removeAttribute('class');
  });
  const { width, height } = size(svg);
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  clone.setAttribute('viewBox', `0 0 ${width} ${height}`);
  const background = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
  background.setAttribute('width', '100%');
  background.setAttribute('height', '100%');
  background.setAttribute('fill', pageColours().bg);
  clone.insertBefore(background, clone.firstChild);
  return '<?xml version="1.0" encoding="UTF-8"?>\n' + new XMLSerializer().serializeToString(clone);
}

/**
 * The page's colours as the reader sees them (light or dark), resolved to plain values: the
 * theme's custom properties use light-dark(), which no file outside the page understands.
 */
export function pageColours(): FrameColours {
  const probe = document.createElement('span');
  probe.hidden = true;
  document.body.appendChild(probe);
  const colour = (value: string, fallback: string): string => {
    probe.style.color = value;
    return getComputedStyle(probe).color || fallback;
  };
  try {
    return {
      bg: colour('var(--bg, #ffffff)', '#ffffff'),
      fg: colour('var(--fg, #1a1a1a)', '#1a1a1a'),
      muted: colour('var(--muted, #595959)', '#595959'),
      series: colour('var(--series, #1f5fa8)', '#1f5fa8'),
      target: colour('var(--target, #b3261e)', '#b3261e'),
      warn: colour('var(--warn, #a34700)', '#a34700'),
    };
  } finally {
    probe.remove();
  }
}

/** Rasterises standalone SVG markup at `scale` × its size. */
export async function svgToPng(markup: string, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(image.naturalWidth * scale);
    canvas.height = Math.round(image.naturalHeight * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('this browser cannot draw to a canvas');
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

export function downloadBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Give the browser a moment to start the download before the URL goes away.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function size(svg: SVGSVGElement): { width: number; height: number } {
  const box = svg.viewBox.baseVal;
  if (box && box.width > 0) return { width: box.width, height: box.height };
  return { width: svg.clientWidth || 640, height: svg.clientHeight || 320 };
}
