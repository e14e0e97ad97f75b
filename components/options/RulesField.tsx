import { SEVERITIES } from '../../analyzers/brand';
import { CATALOGS } from '../../analyzers/messages';
import { RULES } from '../../analyzers/rules';
import type { RuleSetting, Severity } from './form';
import { FieldErrors, invalid, type FieldProps } from './FieldErrors';

/** Each rule on or off, with its severity, and the minimum severity shown. */
export function RulesField(props: FieldProps) {
  const { form, update, t, id, errors, lang } = props;
  const catalog = CATALOGS[lang];
  const set = (rule: string, setting: RuleSetting) => {
    const rules = { ...form.rules };
    if (setting.enabled === undefined && setting.severity === undefined) delete rules[rule];
    else rules[rule] = setting;
    update({ rules });
  };
  return (
    <fieldset class="list-field">
      <legend>{t.rules}</legend>
      <p class="hint">{t.rulesHelp}</p>
      <ul class="rules">
        {RULES.map((rule) => {
          const setting = form.rules[rule.id] ?? {};
          const name = catalog.rules[rule.id]?.name ?? rule.id;
          const key = `rules.${rule.id}`;
          const on = setting.enabled ?? rule.enabledByDefault;
          return (
            <li key={rule.id} class="rule" data-rule={rule.id}>
              <input
                type="checkbox"
                id={id(`${key}.enabled`)}
                data-whypost="rule-toggle"
                data-rule={rule.id}
                checked={on}
                onChange={(e) => {
                  const { enabled: _, ...rest } = setting;
                  const checked = e.currentTarget.checked;
                  set(rule.id, checked === rule.enabledByDefault ? rest : { ...rest, enabled: checked });
                }}
                {...invalid(props, key)}
              />
              <label for={id(`${key}.enabled`)} class="rule-name">
                {t.ruleOn(name)} <code>{rule.id}</code>
              </label>
              <label for={id(`${key}.severity`)} class="visually-hidden">
                {t.ruleSeverity(name)}
              </label>
              <select
                id={id(`${key}.severity`)}
                data-whypost="rule-severity"
                data-rule={rule.id}
                value={setting.severity ?? ''}
                onChange={(e) => {
                  const { severity: _, ...rest } = setting;
                  const value = e.currentTarget.value as Severity | '';
                  set(rule.id, value ? { ...rest, severity: value } : rest);
                }}
                {...invalid(props, key)}
              >
                <option value="">{t.defaultSeverity(t.severities[rule.severity])}</option>
                {SEVERITIES.map((s) => (
                  <option key={s} value={s}>
                    {t.severities[s]}
                  </option>
                ))}
              </select>
              <FieldErrors field={key} errors={errors} id={id} />
            </li>
          );
        })}
      </ul>
      <div class="field">
        <label for={id('minSeverity')}>{t.minSeverity}</label>
        <select
          id={id('minSeverity')}
          value={form.minSeverity}
          onChange={(e) => update({ minSeverity: e.currentTarget.value as Severity })}
          {...invalid(props, 'minSeverity')}
        >
          {SEVERITIES.map((s) => (
            <option key={s} value={s}>
              {t.severities[s]}
            </option>
          ))}
        </select>
        <FieldErrors field="minSeverity" errors={errors} id={id} />
      </div>
    </fieldset>
  );
}
