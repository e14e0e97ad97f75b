import { invalid, type FieldProps } from './FieldErrors';
import { RowsField } from './RowsField';

/** Terms the brand never uses, each with an optional reason shown in the finding. */
export function BannedTermsField(props: FieldProps) {
  const { t } = props;
  return (
    <RowsField
      field={props}
      name="bannedTerms"
      legend={t.bannedTerms}
      rowName={t.bannedTerm}
      rowErrors="bottom"
      addLabel={t.addBannedTerm}
      newRow={() => ({ term: '', reason: '' })}
    >
      {(banned, _i, set, key) => (
        <>
          <label>
            {t.term}
            <input
              type="text"
              value={banned.term}
              onInput={(e) => set({ term: e.currentTarget.value })}
              {...invalid(props, key)}
            />
          </label>
          <label class="wide">
            {t.reason}
            <input type="text" value={banned.reason} onInput={(e) => set({ reason: e.currentTarget.value })} />
          </label>
        </>
      )}
    </RowsField>
  );
}
