// Who is posting, as a key: the string a page shows for the posting identity and
// the `handle` a brand rule set lists are compared through the same function.
//
// X: a handle, with or without @, in any case.
// Facebook: the name the post dialog shows (a Page or a person).
// LinkedIn (issue 14): the share box shows the member's name, or the Page's name
// when an admin posts as the Page; a rule set may list that name or the profile's
// or Page's address (linkedin.com/in/…, /company/…, /showcase/…, /school/…).
// Names fold case, spacing and accents, which people type loosely in a rule set
// (« Café Lumière » and "cafe  lumiere" are one identity); an address keeps only
// its kind and its slug (an admin's copy of /company/acme/admin/ is still Acme),
// so a name never matches an address.
import type { Platform } from '../types';

const LINKEDIN_ADDRESS =
  /^(?:https?:\/\/)?(?:[a-z]{2,3}\.|www\.)?linkedin\.com\/(in|company|showcase|school)\/([^/?#\s]+)(?:[/?#]\S*)?$/i;

function decoded(slug: string): string {
  try {
    return decodeURIComponent(slug);
  } catch {
    return slug;
  }
}

const folded = (name: string) =>
  name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/\s+/gu, ' ')
    .trim()
    .toLowerCase();

/** The key of an identity on a platform; empty when nothing identifies anyone. */
export function accountKey(platform: Platform, handle: string): string {
  const text = handle.trim();
  if (platform === 'linkedin') {
    const address = LINKEDIN_ADDRESS.exec(text);
    if (address) return `${address[1]!.toLowerCase()}/${folded(decoded(address[2]!))}`;
    // A mention as typed in a post (@Acme) is the same name.
    return folded(text.replace(/^@/, ''));
  }
  return text.replace(/^@/, '').toLowerCase();
}

/** Whether two strings name the same identity on a platform. */
export function sameAccount(platform: Platform, a: string, b: string): boolean {
  const key = accountKey(platform, a);
  return key !== '' && key === accountKey(platform, b);
}
