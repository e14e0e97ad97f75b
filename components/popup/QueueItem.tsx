import type { DraftRecord } from '../../utils/storage';
import { excerpt } from '../../utils/history';
import type { UiLang } from '../../utils/ui-strings';
import { DecisionText } from './DecisionText';
import { formatDateTime, popupStrings } from './strings';

export interface QueueItemProps {
  lang: UiLang;
  draft: DraftRecord;
  onOpen(id: string): void;
}

/** One draft of the review queue; the whole row opens its detail. */
export function QueueItem({ lang, draft, onOpen }: QueueItemProps) {
  const t = popupStrings(lang);
  return (
    <li data-whypost="queue-item" data-id={draft.id} data-reviewed={draft.reviewed ? 'true' : 'false'}>
      <button type="button" class="item" onClick={() => onOpen(draft.id)}>
        <span class="line meta">
          <time dateTime={new Date(draft.at).toISOString()}>{formatDateTime(draft.at, lang)}</time>
          {' · '}
          {t.platforms[draft.platform]}
          {' · '}
          {draft.brand}
        </span>
        <span class="line">
          <span class="verdict" data-verdict={draft.verdict}>
            {t.verdicts[draft.verdict]}
          </span>
          {' · '}
          <DecisionText lang={lang} decision={draft.decision} reason={draft.reason} />
          {draft.reviewed && (
            <>
              {' · '}
              <span class="reviewed">
                <span aria-hidden="true">✓ </span>
                {t.reviewed}
              </span>
            </>
          )}
        </span>
        <span class="line text">{excerpt(draft.text)}</span>
      </button>
    </li>
  );
}
