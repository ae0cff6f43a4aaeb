// Which highlight palette keeps quoted text readable on this page: the one made for its background.
// The background is what the reader sees behind the article's text: the element's own colour and
// its ancestors', semi-transparent ones painted over what is below, down to the page's canvas.
// Background images and gradients are not looked at; their fallback colour is.
import { composite, isDark, parseRgb, type Rgba } from '@/utils/contrast';

export type Palette = 'light' | 'dark';

const WHITE: Rgba = { r: 255, g: 255, b: 255, a: 1 };
const BLACK: Rgba = { r: 0, g: 0, b: 0, a: 1 };

export function paletteFor(el: Element | null): Palette {
  return isDark(backgroundBehind(el)) ? 'dark' : 'light';
}

function backgroundBehind(el: Element | null): Rgba {
  const layers: Rgba[] = [];
  for (let node = el; node; node = node.parentElement) {
    const colour = parseRgb(getComputedStyle(node).backgroundColor);
    if (!colour || colour.a === 0) continue;
    layers.push(colour);
    if (colour.a === 1) break;
  }
  const bottom = layers.at(-1)?.a === 1 ? layers.pop()! : canvas(el?.ownerDocument);
  return layers.reduceRight((below, layer) => composite(layer, below), bottom);
}

/** A page that declares only a dark colour scheme gets a dark canvas from the browser. */
function canvas(doc: Document | undefined): Rgba {
  const scheme = doc ? getComputedStyle(doc.documentElement).colorScheme : '';
  return /\bdark\b/.test(scheme) && !/\blight\b/.test(scheme) ? BLACK : WHITE;
}
