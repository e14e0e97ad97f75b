// Who is posting, when the page shows it: the X handle of the signed-in
// account, or the name a Facebook composer posts as. Used to pick the brand
// whose rules apply. Pure DOM code, like the adapters.
import type { ComposerMatch } from './types';

export const ACCOUNT_CONFIG = Object.freeze({
  lastVerified: '2026-11-23',
  // X: the account switcher at the bottom of the side bar holds the avatar,
  // whose test id ends with the handle, and the handle itself.
  xSwitcher: '[data-testid="SideNav_AccountSwitcher_Button"]',
  xAvatarPrefix: 'UserAvatar-Container-',
  // Facebook (inferred, not verified on the live site): the post dialog names
  // who posts, in bold next to the avatar, above the editor.
  facebookAuthor: 'strong',
});

const HANDLE = /@([A-Za-z0-9_]{1,15})\b/;

export function xAccount(doc: Document): string | undefined {
  const switcher = doc.querySelector(ACCOUNT_CONFIG.xSwitcher);
  if (!switcher) return undefined;
  const avatar = switcher.querySelector<HTMLElement>(`[data-testid^="${ACCOUNT_CONFIG.xAvatarPrefix}"]`);
  const fromAvatar = avatar?.dataset.testid?.slice(ACCOUNT_CONFIG.xAvatarPrefix.length);
  if (fromAvatar && /^[A-Za-z0-9_]{1,15}$/.test(fromAvatar)) return fromAvatar;
  return HANDLE.exec(switcher.textContent ?? '')?.[1];
}

/** The name a Facebook post composer publishes as (posts only: comments name no author before sending). */
export function facebookAccount(match: Pick<ComposerMatch, 'root' | 'editor' | 'kind'>): string | undefined {
  if (match.kind !== 'post') return undefined;
  for (const strong of match.root.querySelectorAll<HTMLElement>(ACCOUNT_CONFIG.facebookAuthor)) {
    if (strong.contains(match.editor) || match.editor.contains(strong)) continue;
    // Only what comes before the editor: the author line, not a preview of the text.
    if (!(strong.compareDocumentPosition(match.editor) & Node.DOCUMENT_POSITION_FOLLOWING)) continue;
    const name = strong.textContent?.trim();
    if (name && name.length <= 80) return name;
  }
  return undefined;
}
