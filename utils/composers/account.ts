// Who is posting, when the page shows it: the X handle of the signed-in
// account, or the name a Facebook or LinkedIn composer posts as. Used to pick the brand
// whose rules apply. Pure DOM code, like the adapters; the selectors are the
// `account` group of each platform config (X_CONFIG, FACEBOOK_CONFIG), passed in
// so that each content script carries its own platform's only.
import type { ComposerMatch, FacebookAccountConfig, LinkedInAccountConfig, XAccountConfig } from './types';

const HANDLE = /@([A-Za-z0-9_]{1,15})\b/;

export function xAccount(doc: Document, config: XAccountConfig): string | undefined {
  const switcher = doc.querySelector(config.selectors.switcher);
  if (!switcher) return undefined;
  const avatar = switcher.querySelector<HTMLElement>(config.selectors.avatar);
  const fromAvatar = avatar?.dataset.testid?.slice(config.avatarTestIdPrefix.length);
  if (fromAvatar && /^[A-Za-z0-9_]{1,15}$/.test(fromAvatar)) return fromAvatar;
  return HANDLE.exec(switcher.textContent ?? '')?.[1];
}

/** The name a Facebook post composer publishes as (posts only: comments name no author before sending). */
export function facebookAccount(
  match: Pick<ComposerMatch, 'root' | 'editor' | 'kind'>,
  config: FacebookAccountConfig,
): string | undefined {
  if (match.kind !== 'post') return undefined;
  for (const strong of match.root.querySelectorAll<HTMLElement>(config.selectors.author)) {
    if (strong.contains(match.editor) || match.editor.contains(strong)) continue;
    // Only what comes before the editor: the author line, not a preview of the text.
    if (!(strong.compareDocumentPosition(match.editor) & Node.DOCUMENT_POSITION_FOLLOWING)) continue;
    const name = strong.textContent?.trim();
    if (name && name.length <= 80) return name;
  }
  return undefined;
}

/**
 * The member or Page a LinkedIn share box posts as: the first line of text of its identity button
 * ("Ana Martin", then "Post to Anyone"), docs/composers.md §8.5. Posts only: a comment names no
 * author before it is sent. Read text node by text node, as the page may have no layout.
 */
export function linkedInAccount(
  match: Pick<ComposerMatch, 'root' | 'kind'>,
  config: LinkedInAccountConfig,
): string | undefined {
  if (match.kind !== 'post') return undefined;
  const actor = match.root.querySelector(config.selectors.actor);
  if (!actor) return undefined;
  const walker = actor.ownerDocument.createTreeWalker(actor, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement?.closest('[aria-hidden="true"]')) continue;
    const name = (node.nodeValue ?? '').replace(/\s+/g, ' ').trim();
    if (name) return name.length <= 100 ? name : undefined;
  }
  return undefined;
}
