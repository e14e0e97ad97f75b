import type { Critique } from '../analyzers/types';
import { typeset, UI, type UiLang } from '../utils/ui-strings';
import { missingElements } from './brief';

export interface BadgeProps {
  /** Null while the first critique is on its way. */
  critique: Critique | null;
  /** The analysis failed or timed out: the badge says so and nothing is blocked. */
  unavailable?: boolean;
  lang: UiLang;
  expanded: boolean;
  onToggle: () => void;
}

/** The pill next to a composer: a colour for the verdict, the genre, the gaps, the language. */
export function Badge({ critique, unavailable = false, lang, expanded, onToggle }: BadgeProps) {
  const t = UI[lang];
  const summary = unavailable
    ? t.unavailable
    : critique === null
      ? t.analysing
      : critique.verdict === 'empty'
        ? t.verdicts.empty
        : critique.verdict === 'ready'
          ? `${t.ready} · ${t.gaps(missingElements(critique).length)}`
          : `${t.genres[critique.genre]} · ${t.gaps(missingElements(critique).length)}`;
  const verdict = critique && !unavailable ? critique.verdict : 'empty';
  const detail = critique && !unavailable ? `${t.verdicts[critique.verdict]}. ${summary}` : summary;
  return (
    <button
      type="button"
      class="badge"
      data-whypost="badge"
      data-verdict={verdict}
      aria-haspopup="dialog"
      aria-expanded={expanded}
      aria-label={typeset(`${t.badgeLabel} — ${detail}`, lang)}
      onClick={onToggle}
    >
      <span class="dot" aria-hidden="true" />
      <span class="summary">{typeset(summary, lang)}</span>
      {critique && !unavailable && critique.lang !== 'und' && <span class="lang">{t.language(critique.lang)}</span>}
    </button>
  );
}
