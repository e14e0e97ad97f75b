import { defineContentScript } from 'wxt/utils/define-content-script';
import { linkedInAccount } from '../../utils/composers/account';
import {
  LINKEDIN_CONFIG,
  findLinkedInComposers,
  linkedInMentions,
  linkedInShadowRoots,
} from '../../utils/composers/linkedin';
import { startWhypost } from '../../runtime/start';

// LinkedIn: the share box (a member's or a Page's), comments, replies and the article editor
// (utils/composers/linkedin.ts). Messaging, search and profile forms are excluded by the adapter.
export default defineContentScript({
  matches: ['https://www.linkedin.com/*'],
  runAt: 'document_start',
  main(ctx) {
    startWhypost(ctx, {
      platform: 'linkedin',
      config: LINKEDIN_CONFIG,
      findComposers: findLinkedInComposers,
      account: (_doc, match) => linkedInAccount(match, LINKEDIN_CONFIG.account),
      shadowRoots: linkedInShadowRoots,
      mentions: (match) => linkedInMentions(match.editor),
    });
  },
});
