// Content script: finds the article, highlights quotes and officials, opens the card on click or
// from the keyboard, answers the popup. The page's own DOM is never modified; our only node is the card's host.
// Nothing here tells the page anything: no performance marks, no window messages.
import './highlights.css';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { browser } from 'wxt/browser';
import { askBackground, toReply, type TabMessage } from '@/utils/messages';
import { offReason, watchSiteControl, type SiteControl } from '@/utils/site-control';
import { PageSession } from './page-session';
import { ignoreStartEventsFromPage } from './start-event-guard';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  // WXT would otherwise announce every start on window.postMessage, telling the page we are here.
  noScriptStartedPostMessage: true,
  main(ctx) {
    ignoreStartEventsFromPage(ctx);
    const session = new PageSession(ctx, document);
    // Runs unless turned off for this site or paused, and follows those settings as they change.
    const follow = (control: SiteControl) => (offReason(control, location.href) ? session.stop() : session.start());
    const followStored = async () => follow(await askBackground('sites:get', null));
    browser.runtime.onMessage.addListener((message: unknown) => {
      const msg = message as TabMessage;
      if (msg?.type === 'page:summary') return toReply(() => session.summary());
      if (msg?.type === 'page:scrollToQuote') return toReply(() => session.scrollToQuote(msg.payload.quoteId));
      if (msg?.type === 'page:openCard') return toReply(() => session.openCard(msg.payload.quoteId));
      if (msg?.type === 'page:command') return toReply(() => session.command(msg.payload.command));
      if (msg?.type === 'page:status') return toReply(() => session.status());
      if (msg?.type === 'page:followSiteControl') return toReply(async () => void (await followStored()));
      if (msg?.type === 'card:event') return toReply(() => session.handleCardEvent(msg.payload.cardId, msg.payload.event));
      return undefined;
    });
    ctx.onInvalidated(watchSiteControl((control) => void follow(control)));
    void followStored().catch(() => session.start());
  },
});
