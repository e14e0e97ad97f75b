import { createRef } from 'preact';
import type { Critique, Kind } from '../analyzers/types';
import { OVERRIDE_REASONS, type OverrideReason } from '../utils/records';
import { CHECK, ELEMENT_NAMES, GENRE_NAMES, VERDICT_NAMES } from '../analyzers/messages';
import { typeset, type UiLang } from '../utils/ui-strings';
import { focusOnMount, missingElements } from './brief';

export interface PublishCheckProps {
  critique: Critique;
  lang: UiLang;
  kind: Kind;
  onKeepEditing: () => void;
  onPublishAnyway: (reason: OverrideReason | undefined) => void;
}

/** The check when the user presses Post on a draft that serves the business little. */
export function PublishCheck({ critique, lang, kind, onKeepEditing, onPublishAnyway }: PublishCheckProps) {
  const t = CHECK[lang];
  const say = (s: string) => typeset(s, lang);
  const reason = createRef<HTMLSelectElement>();
  const missing = missingElements(critique, kind);
  const main = critique.findings.find((f) => f.severity === 'blocker') ?? critique.findings[0];
  return (
    <div class="backdrop">
      <div
        class="confirm"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="wp-confirm-title"
        aria-describedby="wp-confirm-body"
        data-whypost="confirm"
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.stopPropagation();
            onKeepEditing();
          }
        }}
      >
        <h2 id="wp-confirm-title">{say(t.confirmTitle)}</h2>
        <div id="wp-confirm-body">
          <p>
            {say(t.confirmIntro)} <strong>{say(VERDICT_NAMES[lang][critique.verdict])}</strong> (
            {GENRE_NAMES[lang][critique.genre]})
          </p>
          {main && <p>{main.message}</p>}
          {critique.confidence && <p data-whypost="confidence">{critique.confidence.message}</p>}
          {missing.length > 0 && (
            <p>
              {say(t.lacks)} {missing.map((e) => ELEMENT_NAMES[lang][e]).join(', ')}.
            </p>
          )}
        </div>
        <label>
          {t.reasonLabel}
          <select ref={reason}>
            <option value="">—</option>
            {OVERRIDE_REASONS.map((r) => (
              <option key={r} value={r}>
                {t.reasons[r]}
              </option>
            ))}
          </select>
        </label>
        <div class="buttons">
          <button
            type="button"
            class="secondary"
            data-whypost="publish-anyway"
            onClick={() => onPublishAnyway((reason.current?.value || undefined) as OverrideReason | undefined)}
          >
            {t.publishAnyway}
          </button>
          {/* Keep editing is the safe default: Enter or Escape goes back to the draft. */}
          <button type="button" class="primary" ref={focusOnMount} data-whypost="keep-editing" onClick={onKeepEditing}>
            {t.keepEditing}
          </button>
        </div>
      </div>
    </div>
  );
}
