import { ELEMENTS, type Critique, type Element } from '../../analyzers/types';
import type { CurrentPage } from '../../utils/messages';
import { excerpt } from '../../utils/history';
import type { UiLang } from '../../utils/ui-strings';
import { BriefChecklist, type ChecklistItem } from './BriefChecklist';
import { FindingList } from './FindingList';
import { LinkedSources } from '../LinkedSources';
import { languageName, popupStrings } from './strings';

export interface CurrentDraftProps {
  lang: UiLang;
  page: CurrentPage | null | 'loading';
  /** The name of the brand applying on this site, until a critique says which brand it applied. */
  brandName: string;
  onOpenCard(): void;
  /** Asks the browser for access to a linked page's site (or every site). */
  onAllowLink?: (url: string, scope: 'site' | 'all') => void;
}

function checklist(critique: Critique): Record<Element, ChecklistItem> {
  const items = {} as Record<Element, ChecklistItem>;
  for (const e of ELEMENTS) {
    const { status, evidence, question, example } = critique.brief[e];
    items[e] = { status, evidence: evidence.map((ev) => ev.text), question, example };
  }
  return items;
}

/** The draft being written in the active tab, and its critique; or why there is none. */
export function CurrentDraft({ lang, page, brandName, onOpenCard, onAllowLink }: CurrentDraftProps) {
  const t = popupStrings(lang);
  return (
    <section
      class="section"
      data-whypost="current-draft"
      data-state={state(page)}
      aria-labelledby="wp-current-title"
      aria-busy={page === 'loading' || (typeof page === 'object' && page?.draft?.critique === null) || undefined}
    >
      <h2 id="wp-current-title">{t.currentHeading}</h2>
      <Body lang={lang} page={page} brandName={brandName} onOpenCard={onOpenCard} onAllowLink={onAllowLink} />
    </section>
  );
}

function state(page: CurrentDraftProps['page']): string {
  if (page === 'loading') return 'loading';
  if (page === null) return 'elsewhere';
  if (!page.enabled) return 'off';
  if (!page.draft) return 'no-draft';
  if (page.draft.critique === null) return page.draft.unavailable ? 'unavailable' : 'analysing';
  return 'critique';
}

function Body({ lang, page, brandName, onOpenCard, onAllowLink }: CurrentDraftProps) {
  const t = popupStrings(lang);
  if (page === 'loading') return <p class="muted">{t.loading}</p>;
  if (page === null) return <p>{t.notOnSite}</p>;
  if (!page.enabled) return <p>{t.siteOff(page.host)}</p>;
  const { draft } = page;
  const facts = (
    <dl class="facts" data-whypost="poster">
      {page.account && (
        <div>
          <dt>{t.account}</dt>
          <dd>{page.account}</dd>
        </div>
      )}
      <div>
        <dt>{t.brand}</dt>
        <dd>{brandName}</dd>
      </div>
    </dl>
  );
  if (!draft)
    return (
      <>
        {facts}
        <p>{t.noDraft(t.platforms[page.platform])}</p>
      </>
    );
  const { critique } = draft;
  return (
    <>
      {facts}
      {draft.text.trim() !== '' && <blockquote class="excerpt">{excerpt(draft.text, 160)}</blockquote>}
      {critique === null ? (
        <p class="muted">{draft.unavailable ? t.critiqueUnavailable : t.noCritique}</p>
      ) : (
        <>
          <p class="summary">
            <span class="verdict" data-verdict={critique.verdict}>
              {t.verdicts[critique.verdict]}
            </span>
          </p>
          <dl class="facts">
            <div>
              <dt>{t.scoreLabel}</dt>
              <dd>{t.score(critique.score)}</dd>
            </div>
            <div>
              <dt>{t.genre}</dt>
              <dd>{t.genres[critique.genre]}</dd>
            </div>
            <div>
              <dt>{t.language}</dt>
              <dd>{languageName(critique.lang, lang)}</dd>
            </div>
          </dl>
          {page.platform === 'x' && critique.stats.weightedLength !== undefined && (
            <p class="muted">{t.weighted(critique.stats.weightedLength, critique.stats.maxWeightedLength ?? 280)}</p>
          )}
          {critique.notices.map((n) => (
            <p class="notice" key={n.id}>
              {n.message}
            </p>
          ))}
          <button type="button" class="button primary" onClick={onOpenCard}>
            {t.openCard}
          </button>
          <BriefChecklist items={checklist(critique)} lang={lang} level={3} />
          {critique.sources && <LinkedSources sources={critique.sources} lang={lang} onAllow={onAllowLink} />}
          <FindingList findings={critique.findings} lang={lang} level={3} />
        </>
      )}
    </>
  );
}
