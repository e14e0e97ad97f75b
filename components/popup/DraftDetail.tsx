import { useEffect, useRef } from 'preact/hooks';
import type { DraftRecord } from '../../utils/storage';
import type { UiLang } from '../../utils/ui-strings';
import { BriefChecklist } from './BriefChecklist';
import { DecisionText } from './DecisionText';
import { FindingList } from './FindingList';
import { formatDateTime, languageName, popupStrings } from './strings';

export interface DraftDetailProps {
  lang: UiLang;
  draft: DraftRecord;
  onBack(): void;
  onReviewed(reviewed: boolean): void;
  onDelete(): void;
}

/** One recorded draft in full: its text, the brief as it was, the findings and what became of it. */
export function DraftDetail({ lang, draft, onBack, onReviewed, onDelete }: DraftDetailProps) {
  const t = popupStrings(lang);
  const heading = useRef<HTMLHeadingElement>(null);
  // Opening the detail replaces the list: take the focus along so keyboard users are not left on nothing.
  useEffect(() => heading.current?.focus(), [draft.id]);
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      onBack();
    }
  };
  return (
    <article
      class="detail"
      data-whypost="detail"
      data-id={draft.id}
      aria-labelledby="wp-detail-title"
      onKeyDown={onKeyDown}
    >
      <button type="button" class="link back" onClick={onBack}>
        <span aria-hidden="true">← </span>
        {t.back}
      </button>
      <h3 id="wp-detail-title" tabIndex={-1} ref={heading}>
        {t.detailHeading(formatDateTime(draft.at, lang))}
      </h3>
      <div class="toolbar">
        <button type="button" class="button" onClick={() => onReviewed(!draft.reviewed)}>
          {draft.reviewed ? t.markNotReviewed : t.markReviewed}
        </button>
        <button type="button" class="button danger" onClick={onDelete}>
          {t.deleteDraft}
        </button>
      </div>
      <dl class="facts">
        <div>
          <dt>{t.where}</dt>
          <dd>
            {t.platforms[draft.platform]}
            {draft.surface && ` (${draft.surface})`}
          </dd>
        </div>
        <div>
          <dt>{t.brand}</dt>
          <dd>{draft.brand}</dd>
        </div>
        {draft.account && (
          <div>
            <dt>{t.account}</dt>
            <dd>{draft.account}</dd>
          </div>
        )}
        <div>
          <dt>{t.language}</dt>
          <dd>{languageName(draft.lang, lang)}</dd>
        </div>
        <div>
          <dt>{t.genre}</dt>
          <dd>{t.genres[draft.genre] ?? draft.genre}</dd>
        </div>
        <div>
          <dt>{t.filterDecision}</dt>
          <dd>
            <DecisionText lang={lang} decision={draft.decision} reason={draft.reason} />
          </dd>
        </div>
        {draft.score !== undefined && (
          <div>
            <dt>{t.scoreLabel}</dt>
            <dd>{t.score(draft.score)}</dd>
          </div>
        )}
        <div>
          <dt>{t.reviewed}</dt>
          <dd>{draft.reviewed ? t.yes : t.no}</dd>
        </div>
      </dl>
      <p class="summary">
        <span class="verdict" data-verdict={draft.verdict}>
          {t.verdicts[draft.verdict]}
        </span>
      </p>
      <h4>{t.text}</h4>
      <blockquote class="fulltext">{draft.text}</blockquote>
      {draft.brief ? <BriefChecklist items={draft.brief} lang={lang} level={4} /> : <p class="muted">{t.noBrief}</p>}
      <FindingList findings={draft.findings} lang={lang} level={4} />
    </article>
  );
}
