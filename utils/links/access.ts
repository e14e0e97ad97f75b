// Access to the sites drafts link to: Whypost reads a linked page only with
// the user's permission, asked for one site, or for every site, from an
// extension page (content scripts cannot ask).
import { browser } from 'wxt/browser';
import { originPattern } from './origin';

/** Every site, as optional host permissions (the manifest lists both). */
export const ALL_SITES = ['https://*/*', 'http://*/*'];

/** The extension page that asks for access to the site of `url`. */
export function accessPageUrl(url: string): string {
  return browser.runtime.getURL(`/access.html?url=${encodeURIComponent(url)}`);
}

/** Asks the browser for access to the site of `url` (or to every site). Must run in a click's handler. */
export async function requestAccess(url: string, scope: 'site' | 'all'): Promise<boolean> {
  const origin = originPattern(url);
  if (scope === 'site' && !origin) return false;
  const origins = scope === 'all' || !origin ? ALL_SITES : [origin];
  try {
    return await browser.permissions.request({ origins });
  } catch {
    return false;
  }
}

/**
 * The sites the user gave access to: the host permissions granted, less those the manifest
 * grants at install (the sites the content scripts run on, and any required host).
 */
export async function grantedSites(): Promise<string[]> {
  const all = await browser.permissions.getAll().catch(() => ({ origins: [] as string[] }));
  const manifest = browser.runtime.getManifest();
  const fixed = new Set<string>([
    ...((manifest as { host_permissions?: string[] }).host_permissions ?? []),
    ...(manifest.content_scripts ?? []).flatMap((c) => c.matches ?? []),
  ]);
  return (all.origins ?? []).filter((origin) => !fixed.has(origin));
}

export async function revokeSite(origin: string): Promise<boolean> {
  return browser.permissions.remove({ origins: [origin] }).catch(() => false);
}
