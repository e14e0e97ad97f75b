import type { SourcesWords } from '../analyzers/sources/describe';
import type { SourceReport } from '../analyzers/types';
import { CARD } from '../analyzers/messages';
import { typeset, type UiLang } from '../utils/ui-strings';

export interface LinkedSourcesViewProps {
  sources: readonly SourceReport[];
  /** The pages in words (describeSources): in the page, the worker words them; the popup words them itself. */
  words: SourcesWords;
  lang: UiLang;
  /** Opens the place where the user gives access to the link's site; absent where none can be given. */
  onAllow?: ((url: string, scope: 'site' | 'all') => void) | undefined;
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
export function LinkedSourcesView({ sources, words, lang, onAllow, scopes = ['site', 'all'] }: LinkedSourcesViewProps) {
  if (sources.length === 0) return null;
  const t = CARD[lang];
  const say = (s: string) => typeset(s, lang);
  return (
    <div class="sources" data-whypost="sources">
      <h3>{words.heading}</h3>
      <ul>
        {sources.map((source, i) => {
          const described = words.items[i];
          const host = hostOf(source.url);
          return (
            <li key={source.url} data-state={source.state} data-dump={source.dump ? 'true' : undefined}>
              <div>
                <strong>{described?.name ?? source.url}</strong> <span class="host">({host})</span>
              </div>
              {described && (
                <div class="status" data-whypost="source-status">
                  {say(described.status)}
                </div>
              )}
              {described?.details.map((d, i) => (
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
