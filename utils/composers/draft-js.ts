// The markup Draft.js writes for every editor it renders, which X's composer and the Meta
// Business Suite composer share: read by utils/composers/read.ts to walk a draft's blocks
// (docs/composers.md §1.2, §2.3; draft-js DraftEditorBlock.react.js, DraftEditorLeaf.react.js).
import { deepFreeze } from './freeze';
import type { PagesOf } from './types';

export const DRAFT_JS_CONFIG = deepFreeze({
  /** Checked on the saved X and Business Suite composers of that day (tests/fixtures/composers/). */
  lastVerified: '2026-11-23',
  selectors: {
    /** One line (a block) of the editor; Draft nests blocks only in its experimental tree mode. */
    block: '[data-block="true"]',
    /** The leaves of a block, in order: text spans, or a `<br>` for an empty line. */
    leaf: '[data-text="true"]',
  },
} as const);

/** Where each selector must and must not match (pages named with their platform: `x/home-en`). */
export const DRAFT_JS_PAGES: PagesOf<typeof DRAFT_JS_CONFIG> = {
  selectors: {
    block: {
      match: ['x/home-fr', 'x/thread', 'facebook/business-suite-composer'],
      notMatch: ['facebook/create-post-en', 'facebook/comments-en', 'x/mobile-compose'],
    },
    leaf: {
      match: ['x/home-fr', 'x/thread', 'facebook/business-suite-composer'],
      notMatch: ['facebook/create-post-en', 'facebook/comments-en', 'x/mobile-compose'],
    },
  },
};
