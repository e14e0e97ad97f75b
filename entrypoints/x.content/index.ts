import { defineContentScript } from 'wxt/utils/define-content-script';
import { xAccount } from '../../utils/composers/account';
import { X_CONFIG, findXComposers } from '../../utils/composers/x';
import { startWhypost } from '../../runtime/start';

// X: the home composer, the post dialog, replies and threads (utils/composers/x.ts).
// Direct messages and the Grok box are excluded by the adapter, not by these patterns.
export default defineContentScript({
  matches: ['https://x.com/*', 'https://twitter.com/*', 'https://mobile.twitter.com/*'],
  runAt: 'document_start',
  main(ctx) {
    startWhypost(ctx, {
      platform: 'x',
      config: X_CONFIG,
      findComposers: findXComposers,
      account: (doc) => xAccount(doc, X_CONFIG.account),
    });
  },
});
