import type { TermList } from './form';
import { FieldErrors, invalid, type FieldProps } from './FieldErrors';

export interface TermsFieldProps extends FieldProps {
  field: TermList;
  label: string;
}

/** A list of terms, typed one per line. */
export function TermsField(props: TermsFieldProps) {
  const { field, label, form, update, t, id } = props;
  return (
    <div class="field">
      <label for={id(field)}>
        {label} <span class="hint">({t.onePerLine})</span>
      </label>
      <textarea
        id={id(field)}
        name={field}
        rows={Math.min(8, Math.max(3, form[field].split('\n').length + 1))}
        value={form[field]}
        onInput={(e) => update({ [field]: e.currentTarget.value })}
        {...invalid(props, field)}
      />
      <FieldErrors field={field} errors={props.errors} id={id} />
    </div>
  );
}
