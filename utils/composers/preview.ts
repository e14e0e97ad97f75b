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

export function previewLinks(match: ComposerMatch): string[] {
  const out: string[] = [];
  for (const a of match.root.querySelectorAll<HTMLAnchorElement>('a[href]')) {
    if (match.editor.contains(a)) continue;
    const address = unwrap(a.href);
    if (address && !out.includes(address)) out.push(address);
    if (out.length === MAX_PREVIEW_LINKS) break;
  }
  return out;
}
