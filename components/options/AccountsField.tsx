import type { AccountRow } from './form';
import { FieldErrors, invalid, useRowFocus, type FieldProps } from './FieldErrors';

const PLATFORMS = ['x', 'facebook'] as const;

/** The brand's own accounts on X and Facebook. */
export function AccountsField(props: FieldProps) {
  const { form, update, t, id, errors } = props;
  const focus = useRowFocus(form.accounts.length);
  const set = (i: number, patch: Partial<AccountRow>) =>
    update({ accounts: form.accounts.map((a, j) => (j === i ? { ...a, ...patch } : a)) });
  return (
    <fieldset class="list-field">
      <legend>{t.accounts}</legend>
      <FieldErrors field="accounts" errors={errors} id={id} />
      <ol class="rows" ref={focus.list}>
        {form.accounts.map((account, i) => {
          const key = `accounts.${i}`;
          const n = String(i + 1);
          return (
            <li key={i}>
              <fieldset class="row">
                <legend class="visually-hidden">{t.account(n)}</legend>
                <label>
                  {t.platform}
                  <select
                    value={account.platform}
                    onChange={(e) => set(i, { platform: e.currentTarget.value as AccountRow['platform'] })}
                  >
                    {PLATFORMS.map((p) => (
                      <option key={p} value={p}>
                        {t.platforms[p]}
                      </option>
                    ))}
                  </select>
                </label>
                <label>
                  {t.handle}
                  <input
                    type="text"
                    value={account.handle}
                    onInput={(e) => set(i, { handle: e.currentTarget.value })}
                    {...invalid(props, key)}
                  />
                </label>
                <button
                  type="button"
                  class="remove"
                  onClick={() => {
                    focus.removed();
                    update({ accounts: form.accounts.filter((_, j) => j !== i) });
                  }}
                >
                  {t.remove}
                  <span class="visually-hidden"> {t.account(n)}</span>
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
          update({ accounts: [...form.accounts, { platform: 'facebook', handle: '' }] });
        }}
      >
        {t.addAccount}
      </button>
    </fieldset>
  );
}
