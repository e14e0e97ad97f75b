import { useEffect, useId, useMemo, useRef, useState } from 'preact/hooks';
import type { BrandError, BrandInput } from '../../analyzers/brand';
import { OBJECTIVES } from '../../analyzers/brand';
import type { BrandEntry, SaveResult } from '../../utils/brands/types';
import type { UiLang } from '../../utils/ui-strings';
import { AccountsField } from './AccountsField';
import { BannedTermsField } from './BannedTermsField';
import { BlockingField } from './BlockingField';
import { ConditionsField } from './ConditionsField';
import { FieldErrors, invalid, type FieldProps } from './FieldErrors';
import { errorText, fieldErrorText, routeErrors, toForm, toInput, type BrandForm, type Locale } from './form';
import { RulesField } from './RulesField';
import { optionsStrings } from './strings';
import { TermsField } from './TermsField';
import { UtmField } from './UtmField';

export interface BrandEditorProps {
  entry: BrandEntry;
  lang: UiLang;
  /** Managed and subscribed brands are shown, not edited. */
  readOnly: boolean;
  onSave(id: string, input: BrandInput): Promise<SaveResult>;
  /** After a successful save, with the id the brand was saved under. */
  onSaved?(id: string): void;
}

const LOCALES: Locale[] = ['fr-FR', 'fr-CA', 'en'];

/** The form of one brand rule set, on a copy of what is stored; Save hands the result to onSave. */
export function BrandEditor({ entry, lang, readOnly, onSave, onSaved }: BrandEditorProps) {
  const t = optionsStrings(lang);
  const prefix = useId();
  const [edited, setForm] = useState<BrandForm>(() => toForm(entry.input));
  const [failure, setFailure] = useState<{ errors: BrandError[]; sent: BrandInput } | null>(null);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);

  // When the stored rule set changes under the form (a rename, an import that
  // replaced it), the form starts again from it rather than saving over it.
  const stored = JSON.stringify(entry.input);
  const seen = useRef(stored);
  useEffect(() => {
    if (seen.current === stored) return;
    seen.current = stored;
    setForm(toForm(entry.input));
    setFailure(null);
  }, [stored]);

  const form = readOnly ? toForm(entry.input) : edited;
  const routed = useMemo(() => routeErrors(failure?.errors ?? [], form), [failure, form]);
  const fieldProps: FieldProps = {
    form,
    update: (patch) => {
      setForm((f) => ({ ...f, ...patch }));
      // "Saved" no longer holds once the form changes.
      if (status === t.saved || status.startsWith(`${t.saved} `)) setStatus('');
    },
    errors: (key) => (routed.byField.get(key) ?? []).map((e) => fieldErrorText(e, key, failure?.sent, t)),
    id: (key) => `${prefix}-${key.replace(/[^A-Za-z0-9-]/g, '-')}`,
    t,
    lang,
  };
  const { update, id } = fieldProps;

  async function save(event: Event) {
    event.preventDefault();
    if (readOnly || busy) return;
    const input = toInput(form, entry.input);
    setBusy(true);
    setStatus(t.saving);
    try {
      const result = await onSave(entry.id, input);
      if (result.ok) {
        setFailure(null);
        setStatus(result.storedIn === 'local' ? `${t.saved} ${t.savedLocally}` : t.saved);
        onSaved?.(result.id);
      } else if ('errors' in result) {
        setFailure({ errors: result.errors, sent: input });
        setStatus(t.notSaved(result.errors.length));
      } else {
        setFailure(null);
        setStatus(t.nameTaken(result.conflict.name));
      }
    } catch (error) {
      setStatus(t.failed(error instanceof Error ? error.message : String(error)));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form
      class="editor"
      data-whypost="brand-editor"
      data-readonly={readOnly ? 'true' : undefined}
      aria-labelledby={`${prefix}-title`}
      noValidate
      onSubmit={save}
    >
      <h3 id={`${prefix}-title`}>{t.editorTitle}</h3>
      {readOnly && <p class="note">{t.readOnly}</p>}
      <fieldset class="plain" disabled={readOnly}>
        <fieldset>
          <legend>{t.identity}</legend>
          <div class="field">
            <label for={id('name')}>{t.brandName}</label>
            <input
              id={id('name')}
              type="text"
              value={form.name}
              maxLength={80}
              onInput={(e) => update({ name: e.currentTarget.value })}
              {...invalid(fieldProps, 'name')}
            />
            <FieldErrors field="name" errors={fieldProps.errors} id={id} />
          </div>
          <div class="field">
            <label for={id('locale')}>{t.locale}</label>
            <select
              id={id('locale')}
              value={form.locale}
              onChange={(e) => update({ locale: e.currentTarget.value as BrandForm['locale'] })}
              {...invalid(fieldProps, 'locale')}
            >
              <option value="">{t.localeUnset}</option>
              {LOCALES.map((l) => (
                <option key={l} value={l}>
                  {t.locales[l]}
                </option>
              ))}
            </select>
            <FieldErrors field="locale" errors={fieldProps.errors} id={id} />
          </div>
          <AccountsField {...fieldProps} />
        </fieldset>

        <fieldset>
          <legend>{t.offer}</legend>
          <TermsField {...fieldProps} field="products" label={t.products} />
          <fieldset class="choices">
            <legend>{t.objectives}</legend>
            <p class="hint">{t.objectivesHelp}</p>
            {OBJECTIVES.map((objective) => (
              <label key={objective} class="choice">
                <input
                  type="checkbox"
                  data-objective={objective}
                  checked={form.objectives.includes(objective)}
                  onChange={(e) =>
                    update({
                      objectives: e.currentTarget.checked
                        ? [...form.objectives, objective]
                        : form.objectives.filter((o) => o !== objective),
                    })
                  }
                  {...invalid(fieldProps, 'objectives')}
                />
                {t.objectiveNames[objective]}
              </label>
            ))}
            <FieldErrors field="objectives" errors={fieldProps.errors} id={id} />
          </fieldset>
          <TermsField {...fieldProps} field="audiences" label={t.audiences} />
          <TermsField {...fieldProps} field="callsToAction" label={t.callsToAction} />
        </fieldset>

        <fieldset>
          <legend>{t.words}</legend>
          <TermsField {...fieldProps} field="requiredTerms" label={t.requiredTerms} />
          <BannedTermsField {...fieldProps} />
        </fieldset>

        <UtmField {...fieldProps} />
        <ConditionsField {...fieldProps} />
        <RulesField {...fieldProps} />
        <BlockingField {...fieldProps} />
      </fieldset>

      {!readOnly && (
        <div class="save-bar">
          <button type="submit" class="primary" data-whypost="save" aria-disabled={busy ? 'true' : undefined}>
            {t.save}
          </button>
          <p role="status" class="status" data-whypost="save-status">
            {status}
          </p>
        </div>
      )}
      {routed.other.length > 0 && (
        <div class="error-summary" data-whypost="save-errors">
          <h4>{t.otherErrors}</h4>
          <ul>
            {routed.other.map((e, i) => (
              <li key={i}>{errorText(e, t)}</li>
            ))}
          </ul>
        </div>
      )}
    </form>
  );
}
