import type { ComponentChildren } from 'preact';
import type { BrandForm } from './form';
import { FieldErrors, useRowFocus, type FieldProps } from './FieldErrors';

/** The parts of a brand edited as a list of rows. */
export type RowsKey = 'accounts' | 'bannedTerms' | 'utm' | 'conditions';
type Row<K extends RowsKey> = BrandForm[K][number];

export interface RowsFieldProps<K extends RowsKey> {
  field: FieldProps;
  name: K;
  legend: string;
  hint?: string;
  /** The accessible name of row n (1-based), also said by its Remove button. */
  rowName: (n: string) => string;
  /** Show the row's name as its legend (long rows), or only to screen readers (one-line rows). */
  visibleRowName?: boolean;
  rowClass?: string;
  /** Numbers each row in a `data-<name>` attribute (a hook for tests). */
  dataName?: string;
  /** Where the errors of a whole row go: under its legend (long rows) or after its controls. */
  rowErrors: 'top' | 'bottom';
  addLabel: string;
  newRow: (count: number) => Row<K>;
  /** The controls of one row; `key` is its error path, such as `utm.0`. */
  children: (row: Row<K>, i: number, set: (patch: Partial<Row<K>>) => void, key: string) => ComponentChildren;
}

/** A list of rows with Remove on each and Add at the end; the keyboard focus follows both. */
export function RowsField<K extends RowsKey>(props: RowsFieldProps<K>) {
  const { form, update, id, errors, t } = props.field;
  const rows = form[props.name] as Row<K>[];
  const focus = useRowFocus(rows.length);
  const write = (next: Row<K>[]) => update({ [props.name]: next } as Partial<BrandForm>);
  return (
    <fieldset class="list-field">
      <legend>{props.legend}</legend>
      {props.hint && <p class="hint">{props.hint}</p>}
      <FieldErrors field={props.name} errors={errors} id={id} />
      <ol class="rows" ref={focus.list}>
        {rows.map((row, i) => {
          const key = `${props.name}.${i}`;
          const n = String(i + 1);
          const set = (patch: Partial<Row<K>>) => write(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
          const rowErrors = <FieldErrors field={key} errors={errors} id={id} />;
          return (
            <li key={i}>
              <fieldset
                class={props.rowClass ? `row ${props.rowClass}` : 'row'}
                {...(props.dataName ? { [`data-${props.dataName}`]: i } : {})}
              >
                <legend class={props.visibleRowName ? undefined : 'visually-hidden'}>{props.rowName(n)}</legend>
                {props.rowErrors === 'top' && rowErrors}
                {props.children(row, i, set, key)}
                <button
                  type="button"
                  class="remove"
                  onClick={() => {
                    focus.removed();
                    write(rows.filter((_, j) => j !== i));
                  }}
                >
                  {t.remove}
                  <span class="visually-hidden"> {props.rowName(n)}</span>
                </button>
                {props.rowErrors === 'bottom' && rowErrors}
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
          write([...rows, props.newRow(rows.length)]);
        }}
      >
        {props.addLabel}
      </button>
    </fieldset>
  );
}
