import type { UtmRow } from './form';
import { FieldErrors, invalid, useRowFocus, type FieldProps } from './FieldErrors';

/** UTM policies: which link domains must carry which query parameters. */
export function UtmField(props: FieldProps) {
  const { form, update, t, id, errors } = props;
  const focus = useRowFocus(form.utm.length);
  const set = (i: number, patch: Partial<UtmRow>) =>
    update({ utm: form.utm.map((u, j) => (j === i ? { ...u, ...patch } : u)) });
  return (
    <fieldset class="list-field">
      <legend>{t.utm}</legend>
      <p class="hint">{t.utmHelp}</p>
      <FieldErrors field="utm" errors={errors} id={id} />
      <ol class="rows" ref={focus.list}>
        {form.utm.map((policy, i) => {
          const key = `utm.${i}`;
          const n = String(i + 1);
          return (
            <li key={i}>
              <fieldset class="row">
                <legend>{t.utmPolicy(n)}</legend>
                <FieldErrors field={key} errors={errors} id={id} />
                <label class="wide">
                  {t.domains}
                  <input
                    type="text"
                    value={policy.domains}
                    placeholder="example.com, *.example.com"
                    onInput={(e) => set(i, { domains: e.currentTarget.value })}
                    {...invalid(props, `${key}.domains`)}
                  />
                </label>
                <FieldErrors field={`${key}.domains`} errors={errors} id={id} />
                <label class="wide">
                  {t.parameters}
                  <input
                    type="text"
                    value={policy.parameters}
                    placeholder="utm_source, utm_medium, utm_campaign"
                    onInput={(e) => set(i, { parameters: e.currentTarget.value })}
                    {...invalid(props, `${key}.parameters`)}
                  />
                </label>
                <FieldErrors field={`${key}.parameters`} errors={errors} id={id} />
                <button
                  type="button"
                  class="remove"
                  onClick={() => {
                    focus.removed();
                    update({ utm: form.utm.filter((_, j) => j !== i) });
                  }}
                >
                  {t.remove}
                  <span class="visually-hidden"> {t.utmPolicy(n)}</span>
                </button>
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
          update({ utm: [...form.utm, { domains: '', parameters: 'utm_source, utm_medium, utm_campaign' }] });
        }}
      >
        {t.addUtm}
      </button>
    </fieldset>
  );
}
