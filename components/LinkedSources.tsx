import { describeSource } from '../analyzers/sources/describe';
import type { SourceReport } from '../analyzers/types';
import { LINKS } from '../analyzers/messages/links';
import { typeset, UI, type UiLang } from '../utils/ui-strings';

export interface LinkedSourcesProps {
  sources: readonly SourceReport[];
  lang: UiLang;
  /** Opens the place where the user gives access to the link's site; absent where none can be given. */
  onAllow?: (url: string, scope: 'site' | 'all') => void;
  /** The card offers one button (its access page then offers both); the popup asks the browser directly. */
  scopes?: readonly ('site' | 'all')[];
}

const hostOf = (url: string) => {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
};

/** The pages a draft links to: read or not, a press release or not, and how much the draft copies. */
export function LinkedSources({ sources, lang, onAllow, scopes = ['site', 'all'] }: LinkedSourcesProps) {
  if (sources.length === 0) return null;
  const t = UI[lang];
  const say = (s: string) => typeset(s, lang);
  return (
    <div class="sources" data-whypost="sources">
      <h3>{LINKS[lang].heading}</h3>
      <ul>
        {sources.map((source) => {
          const words = describeSource(source, lang);
          const host = hostOf(source.url);
          return (
            <li key={source.url} data-state={source.state} data-dump={source.dump ? 'true' : undefined}>
              <div>
                <strong>{words.name}</strong> <span class="host">({host})</span>
              </div>
              <div class="status" data-whypost="source-status">
                {say(words.status)}
              </div>
              {words.details.map((d, i) => (
                <div class="reason" key={i}>
                  {say(d)}
                </div>
              ))}
              {source.state === 'not-allowed' && onAllow && (
                <div class="actions">
                  {scopes.includes('site') && (
                    <button
                      type="button"
                      class="button"
                      data-whypost="allow-site"
                      onClick={() => onAllow(source.url, 'site')}
                    >
                      {t.allowSite(host)}
                    </button>
                  )}
                  {scopes.includes('all') && (
                    <button
                      type="button"
                      class="button"
                      data-whypost="allow-all"
                      onClick={() => onAllow(source.url, 'all')}
                    >
                      {t.allowAll}
                    </button>
                  )}
                </div>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
