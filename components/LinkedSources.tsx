import { describeSources } from '../analyzers/sources/describe';
import type { SourceReport } from '../analyzers/types';
import type { UiLang } from '../utils/ui-strings';
import { LinkedSourcesView } from './LinkedSourcesView';

export interface LinkedSourcesProps {
  sources: readonly SourceReport[];
  lang: UiLang;
  /** Opens the place where the user gives access to the link's site; absent where none can be given. */
  onAllow?: (url: string, scope: 'site' | 'all') => void;
  /** The card offers one button (its access page then offers both); the popup asks the browser directly. */
  scopes?: readonly ('site' | 'all')[];
}

/** The pages a draft links to, worded here (the popup); the critique card gets them worded by the worker. */
export function LinkedSources({ sources, lang, onAllow, scopes }: LinkedSourcesProps) {
  return (
    <LinkedSourcesView
      sources={sources}
      words={describeSources(sources, lang)}
      lang={lang}
      onAllow={onAllow}
      {...(scopes ? { scopes } : {})}
    />
  );
}
