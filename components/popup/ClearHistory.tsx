import { useEffect, useRef, useState } from 'preact/hooks';
import type { UiLang } from '../../utils/ui-strings';
import { popupStrings } from './strings';

export interface ClearHistoryProps {
  lang: UiLang;
  /** How many drafts would be deleted (all of them, not only those shown). */
  count: number;
  onClear(): void;
}

/** "Clear history…", then a confirmation in place: a popup cannot rely on window.confirm. */
export function ClearHistory({ lang, count, onClear }: ClearHistoryProps) {
  const t = popupStrings(lang);
  const [asking, setAsking] = useState(false);
  const cancel = useRef<HTMLButtonElement>(null);
  const trigger = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  useEffect(() => {
    if (asking) cancel.current?.focus();
    else if (returnFocus.current) trigger.current?.focus();
    returnFocus.current = false;
  }, [asking]);

  if (!asking)
    return (
      <button
        type="button"
        class="button danger"
        data-whypost="clear"
        ref={trigger}
        disabled={count === 0}
        onClick={() => setAsking(true)}
      >
        {t.clearAll}
      </button>
    );
  const close = () => {
    returnFocus.current = true;
    setAsking(false);
  };
  return (
    <div
      class="confirm"
      role="alertdialog"
      aria-modal="false"
      aria-labelledby="wp-clear-question"
      data-whypost="clear-confirm"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          close();
        }
      }}
    >
      <p id="wp-clear-question">{t.confirmClear(count)}</p>
      <div class="toolbar">
        <button
          type="button"
          class="button danger"
          data-whypost="clear-yes"
          onClick={() => {
            setAsking(false);
            onClear();
          }}
        >
          {t.confirmClearYes}
        </button>
        <button type="button" class="button" ref={cancel} onClick={close}>
          {t.cancel}
        </button>
      </div>
    </div>
  );
}
