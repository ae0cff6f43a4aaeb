// The keyboard's place among the highlights. Highlights are no DOM nodes and take no focus, so a
// transparent button in our shadow root is laid over the quote (or name) the keyboard is on: it
// takes the focus, draws the focus ring, names the quote for screen readers, and Enter on it opens
// the card. The mouse passes through it to the page. The text itself gets the focus highlight.
import { HIGHLIGHT, paint } from './highlights';

export const MARK_CSS = `
.mark {
  position: fixed;
  z-index: 2147483646;
  margin: 0;
  padding: 0;
  border: 0;
  border-radius: 4px;
  background: transparent;
  pointer-events: none;
}
.mark:focus { outline: 3px solid #0b57d0; outline-offset: 2px; box-shadow: 0 0 0 5px #fff; }
.mark[hidden] { display: none; }
`;

export class QuoteMark {
  private readonly button: HTMLButtonElement;
  private range: Range | null = null;

  constructor(container: HTMLElement, onActivate: () => void, onLeave: () => void) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'mark';
    button.hidden = true;
    button.addEventListener('click', (e) => e.isTrusted && onActivate());
    button.addEventListener('blur', () => onLeave());
    container.append(button);
    this.button = button;
  }

  /** Lays the mark over `range`, labelled for a screen reader, without taking the focus yet. */
  show(range: Range, label: string): void {
    this.range = range;
    this.button.setAttribute('aria-label', label);
    this.button.hidden = false;
    paint(HIGHLIGHT.focus, [range]);
    this.follow();
  }

  focus(): void {
    if (!this.range) return;
    this.follow();
    this.button.focus({ preventScroll: true });
  }

  hide(): void {
    this.range = null;
    this.button.hidden = true;
    this.button.removeAttribute('aria-label');
    paint(HIGHLIGHT.focus, []);
  }

  /** Puts the mark back over its range after a scroll, a resize or a re-layout. */
  follow(): void {
    if (!this.range) return;
    const r = this.range.getBoundingClientRect();
    const s = this.button.style;
    s.top = `${r.top}px`;
    s.left = `${r.left}px`;
    s.width = `${r.width}px`;
    s.height = `${r.height}px`;
  }
}
