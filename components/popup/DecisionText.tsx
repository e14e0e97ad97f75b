import type { Decision, OverrideReason } from '../../utils/storage';
import type { UiLang } from '../../utils/ui-strings';
import { popupStrings } from './strings';

export interface DecisionTextProps {
  lang: UiLang;
  decision: Decision;
  reason?: OverrideReason | undefined;
}

/** How the draft ended, with the reason given when it was published anyway. */
export function DecisionText({ lang, decision, reason }: DecisionTextProps) {
  const t = popupStrings(lang);
  return (
    <span class="decision" data-decision={decision}>
      {t.decisions[decision]}
      {decision === 'published-anyway' && reason && ` (${t.reasons[reason] ?? reason})`}
    </span>
  );
}
