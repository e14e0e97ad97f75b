// Links the composer shows as a preview card under the editor. Both sites
// keep the card when the address is deleted from the text, so the card is
// read too. UNVERIFIED against the live sites (no capture of a composer with
// a preview was available): any external link inside the composer's
// container and outside the editor is taken, Facebook's l.php redirect
// unwrapped; the platforms' own links are left out by the analyzer.
import type { ComposerMatch } from './types';

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

// Where each site draws the preview card inside a composer (UNVERIFIED, see above). A reply's
// dialog also shows the post being answered, whose links are not the draft's: anything inside an
// article is left out.
const PREVIEW: Record<ComposerMatch['platform'], string> = {
  x: '[data-testid="card.wrapper"] a[href], [data-testid="attachments"] a[href]',
  // Facebook sends every outside link through its l.php redirect: the preview card's link is one.
  facebook: 'a[href*="facebook.com/l.php"]',
};

export function previewLinks(match: ComposerMatch): string[] {
  const out: string[] = [];
  for (const a of match.root.querySelectorAll<HTMLAnchorElement>(PREVIEW[match.platform])) {
    if (match.editor.contains(a) || a.closest('article, [role="article"]')) continue;
    const address = unwrap(a.href);
    if (address && !out.includes(address)) out.push(address);
    if (out.length === MAX_PREVIEW_LINKS) break;
  }
  return out;
}
