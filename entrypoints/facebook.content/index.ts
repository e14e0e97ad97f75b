import { defineContentScript } from 'wxt/utils/define-content-script';
import { facebookAccount } from '../../utils/composers/account';
import { FACEBOOK_CONFIG, findFacebookComposers } from '../../utils/composers/facebook';
import { startWhypost } from '../../runtime/start';

// Facebook, Pages and Meta Business Suite (utils/composers/facebook.ts). Messenger
// boxes on these pages are excluded by the adapter; messenger.com is not matched.
export default defineContentScript({
  matches: ['https://www.facebook.com/*', 'https://web.facebook.com/*', 'https://business.facebook.com/*'],
  runAt: 'document_start',
  main(ctx) {
    startWhypost(ctx, {
      platform: 'facebook',
      config: FACEBOOK_CONFIG,
      findComposers: findFacebookComposers,
      account: (_doc, match) => facebookAccount(match, FACEBOOK_CONFIG.account),
    });
  },
});
