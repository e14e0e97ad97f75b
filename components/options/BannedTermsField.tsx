import type { BannedRow } from './form';
import { FieldErrors, invalid, useRowFocus, type FieldProps } from './FieldErrors';

/** Terms the brand never uses, each with an optional reason shown in the finding. */
export function BannedTermsField(props: FieldProps) {
  const { form, update, t, id, errors } = props;
  const focus = useRowFocus(form.bannedTerms.length);
  const set = (i: number, patch: Partial<BannedRow>) =>
    update({ bannedTerms: form.bannedTerms.map((b, j) => (j === i ? { ...b, ...patch } : b)) });
  return (
    <fieldset class="list-field">
      <legend>{t.bannedTerms}</legend>
      <FieldErrors field="bannedTerms" errors={errors} id={id} />
      <ol class="rows" ref={focus.list}>
        {form.bannedTerms.map((banned, i) => {
          const key = `bannedTerms.${i}`;
          const n = String(i + 1);
          return (
            <li key={i}>
              <fieldset class="row">
                <legend class="visually-hidden">{t.bannedTerm(n)}</legend>
                <label>
                  {t.term}
                  <input
                    type="text"
                    value={banned.term}
                    onInput={(e) => set(i, { term: e.currentTarget.value })}
                    {...invalid(props, key)}
                  />
                </label>
                <label class="wide">
                  {t.reason}
                  <input type="text" value={banned.reason} onInput={(e) => set(i, { reason: e.currentTarget.value })} />
                </label>
                <button
                  type="button"
                  class="remove"
                  onClick={() => {
                    focus.removed();
                    update({ bannedTerms: form.bannedTerms.filter((_, j) => j !== i) });
                  }}
                >
                  {t.remove}
                  <span class="visually-hidden"> {t.bannedTerm(n)}</span>
                </button>
                <FieldErrors field={key} errors={errors} id={id} />
              </fieldset>
            </li>
          );
        })}
      </ol>
      <button
        type="button"
        class="add"
        ref={focus.add}
        onClick={() => {
          focus.added();
          update({ bannedTerms: [...form.bannedTerms, { term: '', reason: '' }] });
        }}
      >
        {t.addBannedTerm}
      </button>
    </fieldset>
  );
}
