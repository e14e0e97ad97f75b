import type { UiLang } from '../../utils/ui-strings';
import { optionsStrings } from './strings';

export interface SiteAccessProps {
  lang: UiLang;
  /** Host permissions the user granted: one site's pattern, or the patterns of every site. */
  sites: readonly string[];
  onRemove(origin: string): void;
}

/** What a host pattern means to a person: the host name, or every site. */
function siteName(origin: string, every: string): string {
  const host = /^\w+:\/\/([^/]+)\//.exec(origin)?.[1] ?? origin;
  return host === '*' ? every : host;
}

/** The sites whose linked pages Whypost may read, each with a way to take the access back. */
export function SiteAccess({ lang, sites, onRemove }: SiteAccessProps) {
  const t = optionsStrings(lang);
  // One line per site: every-site access is asked for http and https together.
  const names = [...new Map(sites.map((o) => [siteName(o, t.sitesEvery), o])).entries()];
  return (
    <section class="add" aria-labelledby="whypost-sites-title" data-whypost="site-access">
      <h2 id="whypost-sites-title">{t.sitesTitle}</h2>
      <p class="hint">{t.sitesIntro}</p>
      {names.length === 0 ? (
        <p class="hint">{t.sitesNone}</p>
      ) : (
        <ul>
          {names.map(([name]) => (
            <li key={name}>
              {name}{' '}
              <button
                type="button"
                class="button"
                data-whypost="remove-site"
                onClick={() => sites.filter((o) => siteName(o, t.sitesEvery) === name).forEach((o) => onRemove(o))}
              >
                {t.sitesRemove(name)}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
