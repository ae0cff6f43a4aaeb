// Content script: finds the article, highlights quotes and officials, opens the card on click,
// answers the popup. The page's own DOM is never modified; our only node is the card's host.
import './highlights.css';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { browser } from 'wxt/browser';
import { toReply, type TabMessage } from '@/utils/messages';
import { PageSession } from './page-session';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    performance.mark('sourcelight:start');
    const session = new PageSession(ctx, document);
    browser.runtime.onMessage.addListener((message: unknown) => {
      const msg = message as TabMessage;
      if (msg?.type === 'page:summary') return toReply(() => session.summary());
      if (msg?.type === 'page:scrollToQuote') return toReply(() => session.scrollToQuote(msg.payload.quoteId));
      return undefined;
    });
    void session.start();
  },
});
