import { useEffect, useState } from 'preact/hooks';
import { LIMITS, parseLimit } from '../../utils/history';
import type { HistorySettings } from '../../utils/storage';
import type { UiLang } from '../../utils/ui-strings';
import { popupStrings } from './strings';

export interface HistoryFormProps {
  lang: UiLang;
  history: HistorySettings;
  onHistory(next: HistorySettings): void;
  /** Says something in the popup's live region. */
  announce(message: string): void;
}

type Field = 'maxDrafts' | 'maxDays';

/** Whether drafts are recorded, how many are kept and for how long. */
export function HistoryForm({ lang, history, onHistory, announce }: HistoryFormProps) {
  const t = popupStrings(lang);
  const [values, setValues] = useState<Record<Field, string>>({
    maxDrafts: String(history.maxDrafts),
    maxDays: String(history.maxDays),
  });
  const [invalid, setInvalid] = useState<Record<Field, boolean>>({ maxDrafts: false, maxDays: false });
  // Settings saved elsewhere (another popup, the options page) replace what is shown.
  useEffect(() => {
    setValues({ maxDrafts: String(history.maxDrafts), maxDays: String(history.maxDays) });
    setInvalid({ maxDrafts: false, maxDays: false });
  }, [history.maxDrafts, history.maxDays]);

  const onSubmit = (e: Event) => {
    e.preventDefault();
    const maxDrafts = parseLimit(values.maxDrafts, 'maxDrafts');
    const maxDays = parseLimit(values.maxDays, 'maxDays');
    setInvalid({ maxDrafts: maxDrafts === null, maxDays: maxDays === null });
    if (maxDrafts === null || maxDays === null) {
      announce(t.invalidForm);
      const first: Field = maxDrafts === null ? 'maxDrafts' : 'maxDays';
      (e.currentTarget as HTMLFormElement).querySelector<HTMLInputElement>(`#wp-history-${first}`)?.focus();
      return;
    }
    onHistory({ ...history, maxDrafts, maxDays });
    announce(t.saved);
  };

  const number = (field: Field, label: string) => {
    const { min, max } = LIMITS[field];
    const id = `wp-history-${field}`;
    return (
      <div class="field">
        <label for={id}>{label}</label>
        <input
          id={id}
          type="number"
          inputMode="numeric"
          min={min}
          max={max}
          step={1}
          required
          value={values[field]}
          aria-invalid={invalid[field]}
          aria-describedby={`${id}-hint`}
          data-history={field}
          onInput={(e) => {
            const value = e.currentTarget.value;
            setValues((v) => ({ ...v, [field]: value }));
          }}
        />
        <p id={`${id}-hint`} class={invalid[field] ? 'error' : 'muted'}>
          {t.invalidNumber(min, max)}
        </p>
      </div>
    );
  };

  return (
    <form class="history" aria-labelledby="wp-history-title" noValidate onSubmit={onSubmit}>
      <h3 id="wp-history-title">{t.historyLegend}</h3>
      <label class="switch">
        <input
          type="checkbox"
          role="switch"
          checked={history.enabled}
          aria-checked={history.enabled}
          data-history="enabled"
          onChange={(e) => onHistory({ ...history, enabled: e.currentTarget.checked })}
        />
        <span>{t.historyEnabled}</span>
      </label>
      <p class="muted">{t.historyNote}</p>
      {number('maxDrafts', t.maxDrafts)}
      {number('maxDays', t.maxDays)}
      <button type="submit" class="button">
        {t.save}
      </button>
    </form>
  );
}
