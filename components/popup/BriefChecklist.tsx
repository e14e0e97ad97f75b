import { ELEMENTS, type Element, type Status } from '../../analyzers/types';
import type { UiLang } from '../../utils/ui-strings';
import { popupStrings } from './strings';

/** One element of the brief, as a live critique or a recorded draft has it. */
export interface ChecklistItem {
  status: Status;
  /** The draft's words that show the element. */
  evidence: readonly string[];
  question?: string | undefined;
  example?: string | undefined;
}

export interface BriefChecklistProps {
  items: Record<Element, ChecklistItem>;
  lang: UiLang;
  /** Heading level of the checklist's title, after the section's own. */
  level: 3 | 4;
}

const MARK: Record<Status, string> = { present: '✔', weak: '~', missing: '✘' };

/** The six business elements with their status, the words that show them, and for each gap what to answer. */
export function BriefChecklist({ items, lang, level }: BriefChecklistProps) {
  const t = popupStrings(lang);
  const Heading = level === 3 ? 'h3' : 'h4';
  return (
    <>
      <Heading>{t.brief}</Heading>
      <ul class="brief">
        {ELEMENTS.map((element) => {
          const item = items[element];
          return (
            <li key={element} data-element={element} data-status={item.status}>
              <span class="status" data-status={item.status}>
                <span aria-hidden="true">{MARK[item.status]} </span>
                {t.elements[element]}
              </span>{' '}
              <span class="muted">({t.statuses[item.status]})</span>
              {item.evidence.length > 0 && (
                <span>
                  {' — '}
                  {item.evidence.map((words, i) => (
                    <span key={i}>
                      {i > 0 && ', '}
                      <q>{words}</q>
                    </span>
                  ))}
                </span>
              )}
              {item.status !== 'present' && item.question && (
                <p class="question">
                  {item.question}
                  {item.example && (
                    <>
                      {' '}
                      <span class="example">
                        {t.example} <q>{item.example}</q>
                      </span>
                    </>
                  )}
                </p>
              )}
            </li>
          );
        })}
      </ul>
    </>
  );
}
