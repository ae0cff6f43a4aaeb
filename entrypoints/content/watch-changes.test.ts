import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { finish } from '@/engine/steps';
import { scanShadowTreesSteps } from './watch-changes';

describe('scanShadowTreesSteps', () => {
  it('finds the open shadow roots under an element, nested ones too, and none that is closed', () => {
    const { document } = parseHTML('<!DOCTYPE html><html><head></head><body><main><news-story></news-story><div><ad-box></ad-box></div></main></body></html>');
    const story = document.querySelector('news-story')!.attachShadow({ mode: 'open' });
    story.innerHTML = '<article><p>Text</p><harbour-note></harbour-note></article>';
    const note = story.querySelector('harbour-note')!.attachShadow({ mode: 'open' });
    note.innerHTML = '<p>“We will rebuild the pier by June,” said Mayor Ann Kole.</p>';
    const closed = document.querySelector('ad-box')!.attachShadow({ mode: 'closed' });
    closed.innerHTML = '<inner-box></inner-box>';
    closed.querySelector('inner-box')!.attachShadow({ mode: 'open' });
    const body = document.querySelector('body')!;
    const bodyRoot = body.attachShadow({ mode: 'open' });
    expect(finish(scanShadowTreesSteps(body)).roots).toEqual([bodyRoot, story, note]);
  });

  it('looks inside the shadow root of the element it starts from', () => {
    const { document } = parseHTML('<!DOCTYPE html><html><head></head><body></body></html>');
    const body = document.querySelector('body')!;
    const bodyRoot = body.attachShadow({ mode: 'open' });
    bodyRoot.innerHTML = '<news-story></news-story>';
    const story = bodyRoot.querySelector('news-story')!.attachShadow({ mode: 'open' });
    expect(finish(scanShadowTreesSteps(body)).roots).toEqual([bodyRoot, story]);
  });

  it('spreads a big page over steps and lists the elements named as custom elements', () => {
    const { document } = parseHTML(`<!DOCTYPE html><html><head></head><body>${'<p>text</p>'.repeat(3000)}<late-story></late-story></body></html>`);
    const steps = scanShadowTreesSteps(document.querySelector('body')!);
    let yields = 0;
    let r = steps.next();
    for (; !r.done; r = steps.next()) yields++;
    expect(yields).toBeGreaterThanOrEqual(5);
    expect(r.value.customElements.map((el) => el.localName)).toEqual(['late-story']);
  });
});
