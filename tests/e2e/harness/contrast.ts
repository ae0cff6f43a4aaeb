// Measures what a reader sees: the contrast of every visible text of a page or frame against the
// background behind it (its element's and its ancestors' background colours, translucent ones
// painted over what is below), with the WCAG formula of utils/contrast.ts.
import type { Frame, Page } from 'puppeteer-core';
import { composite, contrastRatio, luminance, parseRgb, type Rgba } from '../../../utils/contrast';

export interface TextContrast {
  text: string;
  ratio: number;
}

interface SeenText {
  text: string;
  color: string;
  /** The background colours from the element outwards, up to the first opaque one. */
  layers: string[];
}

/** Every visible text's contrast, lowest first. Disabled controls are left out, as WCAG does. */
export async function textContrasts(target: Page | Frame): Promise<TextContrast[]> {
  const seen: SeenText[] = await target.evaluate(() => {
    const layersBehind = (el: Element) => {
      const layers: string[] = [];
      for (let node: Element | null = el; node; node = node.parentElement) {
        const bg = getComputedStyle(node).backgroundColor;
        layers.push(bg);
        if (/^rgb\(/.test(bg)) break; // opaque
      }
      return layers;
    };
    const isShown = (el: Element) => {
      const box = el.getBoundingClientRect();
      return box.width > 1 && box.height > 1 && getComputedStyle(el).visibility === 'visible' && !el.closest('[disabled], [hidden]');
    };
    const texts: SeenText[] = [];
    for (const el of document.body.querySelectorAll('*')) {
      const own = [...el.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent ?? '').join('').trim();
      const field = el.matches('textarea, input:not([type="hidden"]), select') ? ((el as HTMLInputElement).value || '(field)') : '';
      const text = own || field;
      if (text && isShown(el)) texts.push({ text: text.slice(0, 60), color: getComputedStyle(el).color, layers: layersBehind(el) });
    }
    return texts;
  });
  return seen.map(({ text, color, layers }) => ({ text, ratio: contrastOf(color, layers) })).sort((a, b) => a.ratio - b.ratio);
}

/** The text colour's contrast on its background. */
export function contrastOf(color: string, layers: string[]): number {
  const background = flatten(layers);
  return contrastRatio(composite(parseRgb(color)!, background), background);
}

/** Background layers, outermost last, painted in turn over a white canvas. */
function flatten(layers: string[]): Rgba {
  const parsed = layers.map((l) => parseRgb(l) ?? { r: 0, g: 0, b: 0, a: 0 });
  return parsed.reduceRight<Rgba>((below, layer) => composite(layer, below), { r: 255, g: 255, b: 255, a: 1 });
}

/** The luminance of the background behind `selector`'s first match: below 0.18 is dark. */
export async function backgroundLuminance(target: Page | Frame, selector: string): Promise<number> {
  const layers = await target.$eval(selector, (el) => {
    const found: string[] = [];
    for (let node: Element | null = el; node; node = node.parentElement) {
      const bg = getComputedStyle(node).backgroundColor;
      found.push(bg);
      if (/^rgb\(/.test(bg)) break;
    }
    return found;
  });
  return luminance(flatten(layers));
}
