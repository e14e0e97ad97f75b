import type { Finding } from '../../analyzers/types';
import type { UiLang } from '../../utils/ui-strings';
import { popupStrings } from './strings';

export interface FindingListProps {
  findings: readonly Pick<Finding, 'rule' | 'severity' | 'message' | 'suggestion' | 'quote'>[];
  lang: UiLang;
  level: 3 | 4;
}

/** Each finding: what is wrong, the draft's words that triggered it, and what to do. */
export function FindingList({ findings, lang, level }: FindingListProps) {
  const t = popupStrings(lang);
  const Heading = level === 3 ? 'h3' : 'h4';
  return (
    <>
      <Heading>{t.findings}</Heading>
      {findings.length === 0 ? (
        <p class="muted">{t.noFindings}</p>
      ) : (
        <ul class="findings">
          {findings.map((f, i) => (
            <li key={i} data-rule={f.rule} data-severity={f.severity}>
              <p>
                <span class="severity" data-severity={f.severity}>
                  {t.severities[f.severity]}
                </span>{' '}
                <strong>{f.message}</strong>
              </p>
              {f.quote !== undefined && f.quote !== '' && (
                <p class="muted">
                  {t.triggeredBy} <q class="quote">{f.quote}</q>
                </p>
              )}
              <p class="muted">
                {t.toDo} {f.suggestion}
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
