import { REQUIREMENTS, SEVERITIES, TRIGGERS } from '../../analyzers/brand';
import { CATALOGS } from '../../analyzers/messages';
import { emptyCondition, type ConditionRow, type Requirement, type Severity } from './form';
import { FieldErrors, invalid, type FieldProps } from './FieldErrors';
import { RowsField } from './RowsField';

/** Conditional rules: when a draft has something, it must also have something else. */
export function ConditionsField(props: FieldProps) {
  const { t, id, errors, lang } = props;
  const terms = CATALOGS[lang].terms;
  return (
    <RowsField
      field={props}
      name="conditions"
      legend={t.conditions}
      hint={t.conditionsHelp}
      rowName={t.condition}
      visibleRowName
      rowClass="condition"
      dataName="condition"
      rowErrors="top"
      addLabel={t.addCondition}
      newRow={emptyCondition}
    >
      {(condition, _i, set, key) => {
        const toggle = (requirement: Requirement, on: boolean) =>
          set({
            require: on ? [...condition.require, requirement] : condition.require.filter((r) => r !== requirement),
          });
        return (
          <>
            <label>
              {t.conditionId}
              <input
                type="text"
                value={condition.id}
                onInput={(e) => set({ id: e.currentTarget.value })}
                {...invalid(props, `${key}.id`)}
              />
            </label>
            <FieldErrors field={`${key}.id`} errors={errors} id={id} />
            <label>
              {t.when}
              <select
                value={condition.when}
                onChange={(e) => set({ when: e.currentTarget.value as ConditionRow['when'] })}
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
                  onInput={(e) => set({ whenTerm: e.currentTarget.value })}
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
                  onInput={(e) => set({ requireTerms: e.currentTarget.value })}
                  {...invalid(props, `${key}.require`)}
                />
              </label>
              <FieldErrors field={`${key}.require`} errors={errors} id={id} />
            </fieldset>
            <label>
              {t.severity}
              <select
                value={condition.severity}
                onChange={(e) => set({ severity: e.currentTarget.value as Severity })}
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
                onInput={(e) => set({ messageFr: e.currentTarget.value })}
                {...invalid(props, `${key}.message`)}
              />
            </label>
            <label class="wide">
              {t.messageEn}
              <input
                type="text"
                lang="en"
                value={condition.messageEn}
                onInput={(e) => set({ messageEn: e.currentTarget.value })}
                {...invalid(props, `${key}.message`)}
              />
            </label>
            <FieldErrors field={`${key}.message`} errors={errors} id={id} />
          </>
        );
      }}
    </RowsField>
  );
}
