import { ELEMENTS, type Critique, type Finding, type Platform } from '../analyzers/types';
import { typeset, UI, type UiLang } from '../utils/ui-strings';
import { findingKey, focusOnMount } from './brief';
import type { SourcesWords } from '../analyzers/sources/describe';
import { LinkedSourcesView } from './LinkedSourcesView';

export interface CritiqueCardProps {
  critique: Critique;
  lang: UiLang;
  platform: Platform;
  /** Keys (findingKey) of the findings ignored for this draft. */
  ignored: ReadonlySet<string>;
  onIgnore: (finding: Finding) => void;
  onRuleOff: (rule: string) => void;
  onHideHere: () => void;
  onHideOnSite: () => void;
  onOffOnSite: () => void;
  onClose: () => void;
  /** Opens the page where the user gives access to a linked page's site. */
  onAllowLink?: (url: string, scope: 'site' | 'all') => void;
  /** The linked pages in words, from the worker (describeSources); without them the card leaves the pages out. */
  sourceWords?: SourcesWords | null | undefined;
}

/** The critique of the draft: verdict, the brief as a checklist, the findings and what to do. */
export function CritiqueCard(props: CritiqueCardProps) {
  const { critique, lang, platform, ignored, onIgnore, onRuleOff, onHideHere, onHideOnSite, onOffOnSite, onClose } =
    props;
  const { onAllowLink, sourceWords } = props;
  const t = UI[lang];
  const say = (s: string) => typeset(s, lang);
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      onClose();
    }
  };
  const findings = critique.findings.filter((f) => !ignored.has(findingKey(f)));
  return (
    <section class="card" role="dialog" aria-labelledby="wp-card-title" data-whypost="card" onKeyDown={onKeyDown}>
      <button type="button" class="close" aria-label={t.close} onClick={onClose}>
        ×
      </button>
      <h2 id="wp-card-title" tabIndex={-1} ref={focusOnMount}>
        {t.cardTitle}
      </h2>
      <p>
        <span class="verdict" data-verdict={critique.verdict}>
          {say(t.verdicts[critique.verdict])}
        </span>{' '}
        · {t.genres[critique.genre]} · {critique.score}/100
      </p>
      {critique.confidence && (
        <p class="question" data-whypost="confidence" data-level={critique.confidence.level}>
          {critique.confidence.message}
        </p>
      )}
      {platform === 'x' && critique.stats.weightedLength !== undefined && (
        <p class="question">{t.weighted(critique.stats.weightedLength, critique.stats.maxWeightedLength ?? 280)}</p>
      )}
      {critique.notices.map((n) => (
        <p class="question" key={n.id}>
          {n.message}
        </p>
      ))}
      <h3>{t.brief}</h3>
      <ul>
        {ELEMENTS.map((element) => {
          const item = critique.brief[element];
          return (
            <li key={element} data-element={element}>
              <span class="status" data-status={item.status}>
                {item.status === 'present' ? '✔' : item.status === 'weak' ? '~' : '✘'} {t.elements[element]}
              </span>{' '}
              ({t.statuses[item.status]})
              {item.evidence.length > 0 && (
                <span>
                  {' '}
                  —{' '}
                  {item.evidence.map((e, i) => (
                    <span key={i}>
                      {i > 0 && ', '}
                      <q>{e.text}</q>
                    </span>
                  ))}
                </span>
              )}
              {item.question && (
                <div class="question">
                  {item.question}{' '}
                  {item.example && (
                    <span>
                      {say(t.example)} {lang === 'fr' ? say(`« ${item.example} »`) : `“${item.example}”`}
                    </span>
                  )}
                </div>
              )}
            </li>
          );
        })}
      </ul>
      {critique.sources && sourceWords && (
        <LinkedSourcesView
          sources={critique.sources}
          words={sourceWords}
          lang={lang}
          onAllow={onAllowLink}
          scopes={['site']}
        />
      )}
      <h3>{t.findings}</h3>
      {findings.length === 0 && <p>{t.noFindings}</p>}
      <ul>
        {findings.map((f) => (
          <li key={findingKey(f)} data-rule={f.rule}>
            <div>
              <strong>{f.message}</strong>
            </div>
            <div class="reason">{f.reason}</div>
            <div class="reason">{f.suggestion}</div>
            <div class="actions">
              <button type="button" data-whypost="ignore" onClick={() => onIgnore(f)}>
                {t.ignoreForDraft}
              </button>
              <button type="button" data-whypost="rule-off" onClick={() => onRuleOff(f.rule)}>
                {t.ruleOffForBrand}
              </button>
            </div>
          </li>
        ))}
      </ul>
      <div class="footer">
        <button type="button" data-whypost="hide-here" onClick={onHideHere}>
          {t.hideHere}
        </button>
        <button type="button" data-whypost="hide-site" onClick={onHideOnSite}>
          {t.hideOnSite}
        </button>
        <button type="button" data-whypost="off-site" onClick={onOffOnSite}>
          {t.offOnSite}
        </button>
      </div>
    </section>
  );
}
