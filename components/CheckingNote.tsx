import { CHECK } from '../analyzers/messages';
import { typeset, type UiLang } from '../utils/ui-strings';

export interface CheckingNoteProps {
  lang: UiLang;
  /** False keeps the live region in place, empty, so that screen readers announce the words when they come. */
  shown: boolean;
}

/** Beside the Post button while the check waits for the critique on its way (two seconds at most). */
export function CheckingNote({ lang, shown }: CheckingNoteProps) {
  return (
    <div role="status" aria-live="polite" data-whypost="checking">
      {shown && (
        <p class="note">
          <span class="dot" aria-hidden="true" />
          {typeset(CHECK[lang].checkingNote, lang)}
        </p>
      )}
    </div>
  );
}
