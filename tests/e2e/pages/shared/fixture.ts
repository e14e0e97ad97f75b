// Shared by the fixture pages (bundled into each app) and, for its types, by the
// Playwright harness. What a page "publishes" is recorded in two places: in
// `window.__published` for the current document, and in sessionStorage so a test
// can still read it after a navigation or a reload (issue #3, end-to-end tests).

export type FixtureSite = 'x' | 'facebook' | 'business' | 'linkedin';
export type FixtureLang = 'en' | 'fr';

export interface PublishedEntry {
  site: FixtureSite;
  /** Which composer published: `home`, `compose`, `reply`, `comment`, `page`, `messenger`, … */
  surface: string;
  /** `location.pathname` at the moment of publishing. */
  route: string;
  /** The text as the editor library holds it; an array for an X thread. */
  text: string | string[];
  /** `Date.now()` at publishing. */
  at: number;
}

declare global {
  interface Window {
    __published?: PublishedEntry[];
  }
}

export const PUBLISHED_KEY = 'published';

export function recordPublished(entry: Omit<PublishedEntry, 'route' | 'at'>): PublishedEntry {
  const full: PublishedEntry = { ...entry, route: location.pathname, at: Date.now() };
  (window.__published ??= []).push(full);
  let stored: PublishedEntry[];
  try {
    stored = JSON.parse(sessionStorage.getItem(PUBLISHED_KEY) ?? '[]') as PublishedEntry[];
  } catch {
    stored = [];
  }
  stored.push(full);
  sessionStorage.setItem(PUBLISHED_KEY, JSON.stringify(stored));
  return full;
}

/**
 * The page language: `?lang=fr` wins, then `<html lang>`. It is written back to
 * `<html lang>` because both sites set it from the account's language, and an
 * adapter may read it.
 */
export function fixtureLang(): FixtureLang {
  const requested = new URLSearchParams(location.search).get('lang') ?? document.documentElement.lang;
  const lang: FixtureLang = requested.toLowerCase().startsWith('fr') ? 'fr' : 'en';
  document.documentElement.lang = lang;
  return lang;
}

export function initPublished(): void {
  window.__published = [];
}
