import { FieldErrors, invalid, type FieldProps } from './FieldErrors';
import { RowsField } from './RowsField';

/** UTM policies: which link domains must carry which query parameters. */
export function UtmField(props: FieldProps) {
  const { t, errors, id } = props;
  return (
    <RowsField
      field={props}
      name="utm"
      legend={t.utm}
      hint={t.utmHelp}
      rowName={t.utmPolicy}
      visibleRowName
      rowErrors="top"
      addLabel={t.addUtm}
      newRow={() => ({ domains: '', parameters: 'utm_source, utm_medium, utm_campaign' })}
    >
      {(policy, _i, set, key) => (
        <>
          <label class="wide">
            {t.domains}
            <input
              type="text"
              value={policy.domains}
              placeholder="example.com, *.example.com"
              onInput={(e) => set({ domains: e.currentTarget.value })}
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
              onInput={(e) => set({ parameters: e.currentTarget.value })}
              {...invalid(props, `${key}.parameters`)}
            />
          </label>
          <FieldErrors field={`${key}.parameters`} errors={errors} id={id} />
        </>
      )}
    </RowsField>
  );
}
