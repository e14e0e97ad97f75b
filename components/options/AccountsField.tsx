import { PLATFORMS } from '../../analyzers/types';
import type { AccountRow } from './form';
import { invalid, type FieldProps } from './FieldErrors';
import { RowsField } from './RowsField';

/** The brand's own accounts on X, Facebook and LinkedIn. */
export function AccountsField(props: FieldProps) {
  const { t } = props;
  return (
    <RowsField
      field={props}
      name="accounts"
      legend={t.accounts}
      rowName={t.account}
      rowErrors="bottom"
      addLabel={t.addAccount}
      newRow={() => ({ platform: 'facebook', handle: '' })}
    >
      {(account, _i, set, key) => (
        <>
          <label>
            {t.platform}
            <select
              value={account.platform}
              onChange={(e) => set({ platform: e.currentTarget.value as AccountRow['platform'] })}
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
              placeholder={t.handleExamples[account.platform]}
              onInput={(e) => set({ handle: e.currentTarget.value })}
              {...invalid(props, key)}
            />
          </label>
        </>
      )}
    </RowsField>
  );
}
