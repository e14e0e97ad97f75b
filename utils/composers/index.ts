// Entry point of the composer adapters: picks the platform from the hostname.
// Pure DOM code, shared by the content scripts and the tests.
import { FACEBOOK_CONFIG, findFacebookComposers } from './facebook';
import { LINKEDIN_CONFIG, findLinkedInComposers } from './linkedin';
import type { ComposerMatch, LocationLike, Platform } from './types';
import { X_CONFIG, findXComposers } from './x';

export type { ComposerMatch, Kind, LocationLike, Platform, Surface } from './types';
export { FACEBOOK_CONFIG, findFacebookComposers, findFacebookPendingSends } from './facebook';
export { LINKEDIN_CONFIG, findLinkedInComposers, linkedInMentions, linkedInShadowRoots } from './linkedin';
export { X_CONFIG, findXComposers, xSendButtons } from './x';
export { normalizeLabel, readComposer, readDraft, readThread } from './read';

/** The platform served at `hostname`, or null (m.facebook.com is a different app, out of scope). */
export function platformOf(hostname: string): Platform | null {
  const host = hostname.toLowerCase();
  if ((X_CONFIG.hostnames as readonly string[]).includes(host)) return 'x';
  if ((FACEBOOK_CONFIG.hostnames as readonly string[]).includes(host)) return 'facebook';
  if ((LINKEDIN_CONFIG.hostnames as readonly string[]).includes(host)) return 'linkedin';
  return null;
}

/** Every post, reply and comment composer of the page, in document order. */
export function findComposers(doc: Document, loc: LocationLike): ComposerMatch[] {
  switch (platformOf(loc.hostname)) {
    case 'x':
      return findXComposers(doc, loc);
    case 'facebook':
      return findFacebookComposers(doc, loc);
    case 'linkedin':
      return findLinkedInComposers(doc, loc);
    default:
      return [];
  }
}
