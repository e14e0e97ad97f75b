// Links the composer shows as a preview card under the editor. Both sites
// keep the card when the address is deleted from the text, so the card is
// read too. UNVERIFIED against the live sites (no capture of a composer with
// a preview was available): any external link inside the composer's
// container and outside the editor is taken, Facebook's l.php redirect
// unwrapped; the platforms' own links are left out by the analyzer. The
// selectors are the `preview` group of the platform config (X_CONFIG,
// FACEBOOK_CONFIG), read through the content script's adapter.
import type { ComposerMatch, PreviewConfig } from './types';

const MAX_PREVIEW_LINKS = 3;

/** The address behind a link Facebook wraps in l.facebook.com/l.php?u=…. */
function unwrap(href: string): string | null {
  try {
    const url = new URL(href);
    if (/(?:^|\.)facebook\.com$/.test(url.hostname) && url.pathname === '/l.php') return url.searchParams.get('u');
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

/**
 * The links of `match`'s preview card, at most three. A reply's dialog also shows the post being
 * answered, whose links are not the draft's: anything inside `config.selectors.quoted` is left out.
 */
export function previewLinks(match: ComposerMatch, config: PreviewConfig): string[] {
  const out: string[] = [];
  for (const a of match.root.querySelectorAll<HTMLAnchorElement>(config.selectors.links)) {
    if (match.editor.contains(a) || a.closest(config.selectors.quoted)) continue;
    const address = unwrap(a.href);
    if (address && !out.includes(address)) out.push(address);
    if (out.length === MAX_PREVIEW_LINKS) break;
  }
  return out;
}
