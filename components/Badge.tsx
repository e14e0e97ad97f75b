import type { Critique } from '../analyzers/types';
import { BADGE, GENRE_NAMES, VERDICT_NAMES } from '../analyzers/messages';
import { typeset, type UiLang } from '../utils/ui-strings';
import { missingElements } from './brief';

export interface BadgeProps {
  /** Null while the first critique is on its way. */
  critique: Critique | null;
  /** The analysis failed or timed out: the badge says so and nothing is blocked. */
  unavailable?: boolean;
  /** Post was pressed and the check waits for the critique on its way (two seconds at most). */
  checking?: boolean;
  lang: UiLang;
  expanded: boolean;
  onToggle: () => void;
}

/** The pill next to a composer: a colour for the verdict, the genre, the gaps, the language. */
export function Badge({ critique, unavailable = false, checking = false, lang, expanded, onToggle }: BadgeProps) {
  const t = BADGE[lang];
  const summary = checking
    ? t.checking
    : unavailable
      ? t.unavailable
      : critique === null
        ? t.analysing
        : critique.verdict === 'empty'
          ? VERDICT_NAMES[lang].empty
          : critique.verdict === 'ready'
            ? `${t.ready} · ${t.gaps(missingElements(critique).length)}`
            : `${GENRE_NAMES[lang][critique.genre]} · ${t.gaps(missingElements(critique).length)}`;
  const settled = critique && !unavailable && !checking;
  const verdict = settled ? critique.verdict : 'empty';
  const detail = settled ? `${VERDICT_NAMES[lang][critique.verdict]}. ${summary}` : summary;
  return (
    <button
      type="button"
      class="badge"
      data-whypost="badge"
      data-verdict={verdict}
      data-state={checking ? 'checking' : undefined}
      aria-haspopup="dialog"
      aria-expanded={expanded}
      aria-label={typeset(`${t.badgeLabel} — ${detail}`, lang)}
      onClick={onToggle}
    >
      <span class="dot" aria-hidden="true" />
      <span class="summary">{typeset(summary, lang)}</span>
      {settled && critique.lang !== 'und' && <span class="lang">{t.language(critique.lang)}</span>}
    </button>
  );
}
