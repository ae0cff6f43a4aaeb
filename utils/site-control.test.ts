import { describe, expect, it } from 'vitest';
import { offReason, withSite, type SiteControl } from './site-control';

const none: SiteControl = { paused: false, offSites: [] };

describe('site control', () => {
  it('turns a site off by its name, www. or not, and back on', () => {
    const off = withSite(none, 'example.com', false);
    expect(off.offSites).toEqual(['example.com']);
    expect(offReason(off, 'https://www.example.com/news/1')).toBe('site');
    expect(offReason(off, 'http://example.com/')).toBe('site');
    expect(offReason(off, 'https://example.org/')).toBeNull();
    expect(withSite(off, 'example.com', true)).toEqual(none);
  });

  it('keeps the list sorted and each site once', () => {
    const twice = withSite(withSite(withSite(none, 'b.com', false), 'a.com', false), 'b.com', false);
    expect(twice.offSites).toEqual(['a.com', 'b.com']);
  });

  it('is off everywhere while paused, whatever the list says', () => {
    expect(offReason({ paused: true, offSites: [] }, 'https://example.org/')).toBe('paused');
    expect(offReason({ paused: true, offSites: ['example.org'] }, 'https://example.org/')).toBe('paused');
  });
});
