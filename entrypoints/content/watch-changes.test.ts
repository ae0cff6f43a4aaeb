import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { openShadowRoots } from './watch-changes';

describe('openShadowRoots', () => {
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
    expect(openShadowRoots(body)).toEqual([bodyRoot, story, note]);
  });
});
