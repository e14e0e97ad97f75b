import { REQUIREMENTS, SEVERITIES, TRIGGERS } from '../../analyzers/brand';
import { CATALOGS } from '../../analyzers/messages';
import { emptyCondition, type ConditionRow, type Requirement, type Severity } from './form';
import { FieldErrors, invalid, useRowFocus, type FieldProps } from './FieldErrors';

/** Conditional rules: when a draft has something, it must also have something else. */
export function ConditionsField(props: FieldProps) {
  const { form, update, t, id, errors, lang } = props;
  const terms = CATALOGS[lang].terms;
  const focus = useRowFocus(form.conditions.length);
  const set = (i: number, patch: Partial<ConditionRow>) =>
    update({ conditions: form.conditions.map((c, j) => (j === i ? { ...c, ...patch } : c)) });
  return (
    <fieldset class="list-field">
      <legend>{t.conditions}</legend>
      <p class="hint">{t.conditionsHelp}</p>
      <FieldErrors field="conditions" errors={errors} id={id} />
      <ol class="rows" ref={focus.list}>
        {form.conditions.map((condition, i) => {
          const key = `conditions.${i}`;
          const n = String(i + 1);
          const toggle = (requirement: Requirement, on: boolean) =>
            set(i, {
              require: on ? [...condition.require, requirement] : condition.require.filter((r) => r !== requirement),
            });
          return (
            <li key={i}>
              <fieldset class="row condition" data-condition={i}>
                <legend>{t.condition(n)}</legend>
                <FieldErrors field={key} errors={errors} id={id} />
                <label>
                  {t.conditionId}
                  <input
                    type="text"
                    value={condition.id}
                    onInput={(e) => set(i, { id: e.currentTarget.value })}
                    {...invalid(props, `${key}.id`)}
                  />
                </label>
                <FieldErrors field={`${key}.id`} errors={errors} id={id} />
                <label>
                  {t.when}
                  <select
                    value={condition.when}
                    onChange={(e) => set(i, { when: e.currentTarget.value as ConditionRow['when'] })}
                    {...invalid(props, `${key}.when`)}
                  >
                    {TRIGGERS.map((trigger) => (
                      <option key={trigger} value={trigger}>
                        {terms[`@${trigger}`] ?? trigger}
                      </option>
                    ))}
                    <option value="term">{t.aTerm}</option>
                  </select>
                </label>
                {condition.when === 'term' && (
                  <label>
                    {t.whenTerm}
                    <input
                      type="text"
                      value={condition.whenTerm}
                      onInput={(e) => set(i, { whenTerm: e.currentTarget.value })}
                      {...invalid(props, `${key}.when`)}
                    />
                  </label>
                )}
                <FieldErrors field={`${key}.when`} errors={errors} id={id} />
                <fieldset class="choices">
                  <legend>{t.requires}</legend>
                  {REQUIREMENTS.map((requirement) => (
                    <label key={requirement} class="choice">
                      <input
                        type="checkbox"
                        checked={condition.require.includes(requirement)}
                        onChange={(e) => toggle(requirement, e.currentTarget.checked)}
                      />
                      {terms[`@${requirement}`] ?? requirement}
                    </label>
                  ))}
                  <label class="wide">
                    {t.requireTerms} <span class="hint">({t.onePerLine})</span>
                    <textarea
                      rows={2}
                      value={condition.requireTerms}
                      onInput={(e) => set(i, { requireTerms: e.currentTarget.value })}
                      {...invalid(props, `${key}.require`)}
                    />
                  </label>
                  <FieldErrors field={`${key}.require`} errors={errors} id={id} />
                </fieldset>
                <label>
                  {t.severity}
                  <select
                    value={condition.severity}
                    onChange={(e) => set(i, { severity: e.currentTarget.value as Severity })}
                    {...invalid(props, `${key}.severity`)}
                  >
                    {SEVERITIES.map((s) => (
                      <option key={s} value={s}>
                        {t.severities[s]}
                      </option>
                    ))}
                  </select>
                </label>
                <FieldErrors field={`${key}.severity`} errors={errors} id={id} />
                <label class="wide">
                  {t.messageFr}
                  <input
                    type="text"
                    lang="fr"
                    value={condition.messageFr}
                    onInput={(e) => set(i, { messageFr: e.currentTarget.value })}
                    {...invalid(props, `${key}.message`)}
                  />
                </label>
                <label class="wide">
                  {t.messageEn}
                  <input
                    type="text"
                    lang="en"
                    value={condition.messageEn}
                    onInput={(e) => set(i, { messageEn: e.currentTarget.value })}
                    {...invalid(props, `${key}.message`)}
                  />
                </label>
                <FieldErrors field={`${key}.message`} errors={errors} id={id} />
                <button
                  type="button"
                  class="remove"
                  onClick={() => {
                    focus.removed();
                    update({ conditions: form.conditions.filter((_, j) => j !== i) });
                  }}
                >
                  {t.remove}
                  <span class="visually-hidden"> {t.condition(n)}</span>
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
          update({ conditions: [...form.conditions, emptyCondition(form.conditions.length)] });
        }}
      >
        {t.addCondition}
      </button>
    </fieldset>
  );
}
