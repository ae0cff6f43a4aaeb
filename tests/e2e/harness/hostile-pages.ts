// Synthetic pages that try to break the extension. Each is an article unless said otherwise;
// the scripts in them are the pages' own, as a site's would be.

/** A paragraph the engine reads as a quote attributed to a named official. */
export const quoteParagraph = (n: number) =>
  `<p>“We will open the new bridge number ${n} before the spring floods arrive,” said Mayor Ana Lopez, who has promised the work for years now.</p>`;

const FILLER =
  '<p>The river rose again this week, and residents of the old harbour district spent another night moving furniture upstairs while volunteers stacked sandbags along the embankment and the council met.</p>';

export function articleHtml(body: string, { title = 'Bridge plan approved', script = '' } = {}): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta property="og:type" content="article"><title>${title}</title></head>
<body><nav><a href="/">Home</a></nav>
<main><article id="story"><h1>${title}</h1>
${body}
</article></main>
${script ? `<script>${script}</script>` : ''}
</body></html>`;
}

export const simpleArticle = (quotes = 3) =>
  articleHtml([FILLER, ...Array.from({ length: quotes }, (_, i) => quoteParagraph(i + 1)), FILLER].join('\n'));

/** Quotations whose text looks like markup and script; it is page text (escaped), except one real javascript: link. */
export const MARKUP_QUOTE_TEXT = '<img src=x onerror=window.__pwned=1> and </script><script>window.__pwned=2</script>';
export const markupArticle = () =>
  articleHtml(
    [
      FILLER,
      `<p>“${escapeHtml(MARKUP_QUOTE_TEXT)} is what the attacker typed into the form,” said Mayor Ana Lopez, who chairs the council.</p>`,
      `<p>“Click <a href="javascript:window.__pwned=3">javascript:window.__pwned=3</a> and nothing must happen to you,” said Councillor Priya Natarajan on Tuesday.</p>`,
      FILLER,
    ].join('\n'),
  );

/** An SPA: `window.swapArticle()` replaces the article with another and pushes a new URL. */
export const spaArticle = () =>
  articleHtml([FILLER, quoteParagraph(1), quoteParagraph(2), FILLER].join('\n'), {
    script: `window.swapArticle = () => {
      const story = document.getElementById('story');
      story.replaceChildren();
      const h1 = document.createElement('h1');
      h1.textContent = 'Second story';
      story.append(h1);
      for (const text of ${JSON.stringify(swappedParagraphs())}) {
        const p = document.createElement('p');
        p.textContent = text;
        story.append(p);
      }
      history.pushState({}, '', '/spa/second-story');
    };`,
  });

export function swappedParagraphs(): string[] {
  return [3, 4, 5, 6].map((n) => `“The ferry number ${n} will run again by the summer,” said Harbour Master Tom Berger, speaking at the quay.`);
}

/** Infinite scroll: `window.appendMore()` appends a paragraph with one new quote. */
export const infiniteArticle = () =>
  articleHtml([FILLER, quoteParagraph(1), FILLER].join('\n'), {
    script: `let next = 100;
    window.appendMore = () => {
      const p = document.createElement('p');
      p.textContent = '“We will open the new bridge number ' + next++ + ' before the spring floods arrive,” said Mayor Ana Lopez, who has promised the work for years now.';
      document.getElementById('story').append(p);
    };`,
  });

/** A framework that re-renders the whole article from the same state every second. */
export const rerenderingArticle = () =>
  articleHtml([FILLER, quoteParagraph(1), quoteParagraph(2), FILLER].join('\n'), {
    script: `const story = document.getElementById('story');
    const html = story.innerHTML;
    window.renders = 0;
    setInterval(() => { story.innerHTML = html; window.renders++; }, 1000);`,
  });

/** A page that is not an article: a short landing page with a quote in a teaser. */
export const landingPage = () => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Riverside Ledger</title></head>
<body><nav><a href="/">Home</a> <a href="/local">Local</a></nav>
<ul><li><a href="/a">“We will open the bridge,” says mayor</a></li><li><a href="/b">Weather: rain</a></li></ul>
<footer>© Riverside Ledger</footer></body></html>`;

/** A landing page that shows an article in an iframe. */
export const framingPage = (src: string) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Framed</title></head>
<body><p>Read it below.</p><iframe id="frame" src="${src}" width="900" height="600"></iframe></body></html>`;

/** About `megabytes` of article: paragraphs of prose, one in four with a quote. */
export function hugeArticle(megabytes: number): string {
  const paragraphs: string[] = [];
  let size = 0;
  for (let i = 0; size < megabytes * 1_000_000; i++) {
    const p = i % 4 === 0 ? quoteParagraph(i) : FILLER;
    paragraphs.push(p);
    size += p.length;
  }
  return articleHtml(paragraphs.join('\n'), { title: 'The very long report' });
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * A page that spies on the reader and on Sourcelight: it records every key and input event it can
 * hear (window and document, capture phase), every window message, every shadow root attached
 * through its own DOM (so a closed one too, were it made in its world), and offers
 * `spy.readCard()` (everything it can reach of the card: host, shadow root, frames),
 * `spy.replayStart(name)` (WXT's start-up announcement) and `spy.fakeClick(x, y)` (an untrusted click).
 */
export const spyingArticle = () =>
  articleHtml([FILLER, quoteParagraph(1), quoteParagraph(2), FILLER].join('\n'), {
    script: `const heard = { events: [], messages: [], roots: [] };
    for (const target of [window, document]) {
      for (const type of ['keydown', 'keypress', 'keyup', 'beforeinput', 'input', 'compositionend']) {
        target.addEventListener(type, (e) => heard.events.push(type + ':' + (e.key ?? e.data ?? '')), true);
      }
    }
    window.addEventListener('message', (e) => heard.messages.push(JSON.stringify(e.data)));
    const attachShadow = Element.prototype.attachShadow;
    Element.prototype.attachShadow = function (init) {
      const root = attachShadow.call(this, init);
      heard.roots.push(root);
      return root;
    };
    const frameText = (frame) => {
      try { return frame.contentDocument ? frame.contentDocument.documentElement.outerHTML : ''; } catch (e) { return ''; }
    };
    window.spy = {
      heard,
      readCard() {
        const host = document.querySelector('sourcelight-card');
        const roots = [host && host.shadowRoot, ...heard.roots].filter(Boolean);
        const frames = [...document.querySelectorAll('iframe'), ...roots.flatMap((r) => [...r.querySelectorAll('iframe')])];
        return {
          hostFound: !!host,
          openShadowRoot: !!(host && host.shadowRoot),
          rootsCaught: heard.roots.length,
          framesFound: frames.length,
          text: [host ? host.outerHTML : '', ...roots.map((r) => r.innerHTML), ...frames.map(frameText), document.documentElement.outerHTML].join('\\n'),
        };
      },
      replayStart(name) {
        const detail = { contentScriptName: 'content', messageId: 'page' };
        window.postMessage({ type: name, ...detail }, '*');
        document.dispatchEvent(new CustomEvent(name, { detail }));
      },
      fakeClick(x, y) {
        const init = { bubbles: true, cancelable: true, composed: true, clientX: x, clientY: y, button: 0, view: window };
        const target = document.elementFromPoint(x, y);
        for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click']) {
          target.dispatchEvent(new (type.startsWith('pointer') ? PointerEvent : MouseEvent)(type, init));
        }
      },
      marks: () => performance.getEntries().filter((e) => e.entryType === 'mark' || e.entryType === 'measure').map((e) => e.name),
    };`,
  });

/**
 * A page that fights other code: `window.fight.*` clears CSS.highlights, deletes one entry,
 * registers an empty highlight under a given name, and removes a given element; and the page
 * sweeps out of its <body>, as soon as they appear, all elements its own markup did not have.
 */
export const fightingArticle = () =>
  articleHtml([FILLER, quoteParagraph(1), quoteParagraph(2), FILLER].join('\n'), {
    script: `const known = new Set(document.body.querySelectorAll('*'));
    new MutationObserver((records) => {
      for (const r of records) for (const node of r.addedNodes) if (node.nodeType === 1 && !known.has(node)) node.remove();
    }).observe(document.body, { childList: true, subtree: true });
    window.fight = {
      clearAll: () => CSS.highlights.clear(),
      remove: (name) => CSS.highlights.delete(name),
      takeName: (name) => CSS.highlights.set(name, new Highlight()),
      removeElement: (selector) => document.querySelector(selector)?.remove(),
    };`,
  });

/**
 * The article inside a web component's open shadow root (its own style sheet, one paragraph
 * slotted in from the page), as the page's script builds it; and the same article in plain markup,
 * for what the engine should find. The page then changes it inside the shadow tree:
 * `story.addQuote()` appends a quote, `story.addNote()` a second component whose own open shadow
 * root holds a quote, and `story.editNote()` rewrites that quote.
 */
/** With `defineAfterMs`, the page defines its story element that long after it loaded (as when the definition's script comes late). */
export function shadowArticle({ defineAfterMs }: { defineAfterMs?: number } = {}): { html: string; flat: string } {
  const title = 'Bridge plan approved';
  const inside = [FILLER, quoteParagraph(1), '<slot></slot>', quoteParagraph(3), FILLER].join('');
  const flat = articleHtml([FILLER, quoteParagraph(1), quoteParagraph(2), quoteParagraph(3), FILLER].join('\n'), { title });
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta property="og:type" content="article"><title>${title}</title></head>
<body><nav><a href="/">Home</a></nav>
<main><news-story>${quoteParagraph(2)}</news-story></main>
<script>const defineStory = () => customElements.define('news-story', class extends HTMLElement {
  constructor() {
    super();
    this.attachShadow({ mode: 'open' }).innerHTML = ${JSON.stringify(`<style>p { margin: 1em 0; font: 18px/1.5 serif; }</style><article id="story"><h1>${title}</h1>${inside}</article>`)};
  }
});
${defineAfterMs === undefined ? 'defineStory();' : `setTimeout(defineStory, ${defineAfterMs});`}
customElements.define('harbour-note', class extends HTMLElement {
  constructor() {
    super();
    this.attachShadow({ mode: 'open' }).innerHTML = '<p>“The ferry will run again in May,” said Harbour Master Tom Berger.</p>';
  }
});
const story = () => document.querySelector('news-story').shadowRoot.getElementById('story');
window.story = {
  addQuote() {
    const p = document.createElement('p');
    p.textContent = '“We will rebuild the pier by June,” said Mayor Ann Kole.';
    story().append(p);
  },
  addNote: () => story().append(document.createElement('harbour-note')),
  editNote() {
    story().querySelector('harbour-note').shadowRoot.querySelector('p').textContent = '“The ferry will run again in April,” said Harbour Master Tom Berger.';
  },
};</script>
</body></html>`;
  return { html, flat };
}
