import { SEVERITIES, VERDICTS } from '../../analyzers/brand';
import { CATALOGS, NAMES } from '../../analyzers/messages';
import { RULE_IDS } from '../../analyzers/rules';
import type { BrandForm } from './form';
import { FieldErrors, invalid, type FieldProps } from './FieldErrors';

/** What stops a post at the pre-publish check: verdicts, a severity, rules. */
export function BlockingField(props: FieldProps) {
  const { form, update, t, id, errors, lang } = props;
  const catalog = CATALOGS[lang];
  const toggle = <T extends string>(list: readonly T[], item: T, on: boolean): T[] =>
    on ? [...list, item] : list.filter((x) => x !== item);
  return (
    <fieldset class="list-field">
      <legend>{t.blocking}</legend>
      <fieldset class="choices">
        <legend>{t.blockingVerdicts}</legend>
        {VERDICTS.map((verdict) => (
          <label key={verdict} class="choice">
            <input
              type="checkbox"
              data-verdict={verdict}
              checked={form.blockingVerdicts.includes(verdict)}
              onChange={(e) =>
                update({ blockingVerdicts: toggle(form.blockingVerdicts, verdict, e.currentTarget.checked) })
              }
              {...invalid(props, 'blocking.verdicts')}
            />
            {NAMES[lang].verdicts[verdict]}
          </label>
        ))}
        <FieldErrors field="blocking.verdicts" errors={errors} id={id} />
      </fieldset>
      <div class="field">
        <label for={id('blocking.severity')}>{t.blockingSeverity}</label>
        <select
          id={id('blocking.severity')}
          value={form.blockingSeverity}
          onChange={(e) => update({ blockingSeverity: e.currentTarget.value as BrandForm['blockingSeverity'] })}
          {...invalid(props, 'blocking.severity')}
        >
          <option value="none">{t.blockingNever}</option>
          {SEVERITIES.map((s) => (
            <option key={s} value={s}>
              {t.severities[s]}
            </option>
          ))}
        </select>
        <FieldErrors field="blocking.severity" errors={errors} id={id} />
      </div>
      <fieldset class="choices">
        <legend>{t.blockingRules}</legend>
        {RULE_IDS.map((rule) => (
          <label key={rule} class="choice">
            <input
              type="checkbox"
              data-blocking-rule={rule}
              checked={form.blockingRules.includes(rule)}
              onChange={(e) => update({ blockingRules: toggle(form.blockingRules, rule, e.currentTarget.checked) })}
              {...invalid(props, 'blocking.rules')}
            />
            {catalog.rules[rule]?.name ?? rule}
          </label>
        ))}
        <FieldErrors field="blocking.rules" errors={errors} id={id} />
      </fieldset>
    </fieldset>
  );
}
