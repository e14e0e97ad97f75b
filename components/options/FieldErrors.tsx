import { useEffect, useRef } from 'preact/hooks';
import type { UiLang } from '../../utils/ui-strings';
import type { BrandForm } from './form';
import type { OptionsStrings } from './strings';

/** What every part of the brand editor receives. */
export interface FieldProps {
  form: BrandForm;
  update: (patch: Partial<BrandForm>) => void;
  /** The save errors shown next to a field (a key of fieldKeys), as text. */
  errors: (key: string) => string[];
  /** A unique element id for a field key. */
  id: (key: string) => string;
  t: OptionsStrings;
  lang: UiLang;
}

/** Attributes tying a control to the errors shown under it. */
export function invalid(props: Pick<FieldProps, 'errors' | 'id'>, key: string) {
  return props.errors(key).length > 0
    ? { 'aria-invalid': true as const, 'aria-describedby': `${props.id(key)}-errors` }
    : {};
}

export interface FieldErrorsProps {
  field: string;
  errors: FieldProps['errors'];
  id: FieldProps['id'];
}

/** The save errors of one field, right under it. */
export function FieldErrors({ field, errors, id }: FieldErrorsProps) {
  const messages = errors(field);
  if (messages.length === 0) return null;
  return (
    <ul class="field-errors" id={`${id(field)}-errors`} data-field={field}>
      {messages.map((m, i) => (
        <li key={i}>{m}</li>
      ))}
    </ul>
  );
}

/**
 * Keyboard focus for a list of rows: after "Add", the new row's first control;
 * after "Remove", the Add button (the removed button is gone).
 */
export function useRowFocus(length: number) {
  const list = useRef<HTMLOListElement>(null);
  const add = useRef<HTMLButtonElement>(null);
  const pending = useRef<'added' | 'removed' | null>(null);
  useEffect(() => {
    if (pending.current === 'added') {
      const rows = list.current?.children;
      rows?.[rows.length - 1]?.querySelector<HTMLElement>('input, select, textarea')?.focus();
    } else if (pending.current === 'removed') {
      add.current?.focus();
    }
    pending.current = null;
  }, [length]);
  return {
    list,
    add,
    added: () => (pending.current = 'added'),
    removed: () => (pending.current = 'removed'),
  };
}
