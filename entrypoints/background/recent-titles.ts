// The titles of the pages the reader opened lately, kept in memory and never stored: a visit to a
// page without notes leaves no record, yet its first note should know the page's title.
import { normalizePageUrl } from '@/storage/url';

/** How many pages are remembered; the oldest is forgotten first. */
const CAPACITY = 200;

export class RecentTitles {
  private readonly byUrl = new Map<string, string>();

  remember(url: string, title: string): void {
    const key = normalizePageUrl(url);
    this.byUrl.delete(key); // re-inserted as the newest
    this.byUrl.set(key, title);
    if (this.byUrl.size > CAPACITY) this.byUrl.delete(this.byUrl.keys().next().value!);
  }

  of(url: string): string {
    return this.byUrl.get(normalizePageUrl(url)) ?? '';
  }
}
