import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { BrandError } from '../../analyzers/brand';
import type { SaveResult } from '../../utils/brands/types';
import type { UiLang } from '../../utils/ui-strings';
import { ErrorList } from './ErrorList';
import { optionsStrings } from './strings';

export type ImportMode = { replace?: boolean; asCopy?: boolean };

export interface ImportBrandProps {
  lang: UiLang;
  onImport(text: string, mode?: ImportMode): Promise<SaveResult>;
  /** After the brand is imported, with its id. */
  onImported(id: string): void;
}

type State =
  | { kind: 'idle' }
  | { kind: 'done'; message: string }
  | { kind: 'errors'; errors: BrandError[] }
  | { kind: 'conflict'; text: string; name: string }
  | { kind: 'failed'; message: string };

/** A rule set from a file or pasted text; asks before replacing a brand of the same name. */
export function ImportBrand({ lang, onImport, onImported }: ImportBrandProps) {
  const t = optionsStrings(lang);
  const uid = useId();
  const [pasted, setPasted] = useState('');
  const [state, setState] = useState<State>({ kind: 'idle' });
  const [busy, setBusy] = useState(false);
  const conflictHeading = useRef<HTMLHeadingElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (state.kind === 'conflict') conflictHeading.current?.focus();
  }, [state.kind]);

  async function importText(text: string, mode?: ImportMode) {
    if (busy) return;
    setBusy(true);
    try {
      const result = await onImport(text, mode);
      if (result.ok) {
        setState({
          kind: 'done',
          message: result.storedIn === 'local' ? `${t.imported} ${t.savedLocally}` : t.imported,
        });
        onImported(result.id);
      } else if ('errors' in result) {
        setState({ kind: 'errors', errors: result.errors });
      } else {
        setState({ kind: 'conflict', text, name: result.conflict.name });
      }
    } catch (error) {
      setState({ kind: 'failed', message: t.failed(error instanceof Error ? error.message : String(error)) });
    } finally {
      setBusy(false);
    }
  }

  async function onFile(event: Event) {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    const text = await file.text();
    // The same file can be chosen again after it has been fixed.
    input.value = '';
    await importText(text);
  }

  const cancel = () => {
    setState({ kind: 'done', message: t.importCancelled });
    fileInput.current?.focus();
  };

  return (
    <section class="add-form" aria-labelledby={`${uid}-title`}>
      <h3 id={`${uid}-title`}>{t.importTitle}</h3>
      <div class="field">
        <label for={`${uid}-file`}>{t.importFile}</label>
        <input
          id={`${uid}-file`}
          ref={fileInput}
          type="file"
          accept=".json,application/json"
          data-whypost="import-file"
          onChange={(e) => void onFile(e)}
        />
      </div>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (!pasted.trim()) setState({ kind: 'failed', message: t.pasteFirst });
          else void importText(pasted);
        }}
      >
        <div class="field">
          <label for={`${uid}-paste`}>{t.importPaste}</label>
          <textarea
            id={`${uid}-paste`}
            rows={4}
            spellcheck={false}
            value={pasted}
            data-whypost="import-text"
            onInput={(e) => setPasted(e.currentTarget.value)}
          />
        </div>
        <button type="submit" data-whypost="import-paste">
          {t.importPasted}
        </button>
      </form>

      <p role="status" class="status" data-whypost="import-status">
        {state.kind === 'done' ? state.message : ''}
      </p>
      {state.kind === 'failed' && (
        <p class="problem" role="alert">
          {state.message}
        </p>
      )}
      {state.kind === 'errors' && <ErrorList errors={state.errors} intro={t.importErrors} t={t} hook="import-errors" />}
      {state.kind === 'conflict' && (
        <div class="conflict" role="group" aria-labelledby={`${uid}-conflict`} data-whypost="import-conflict">
          <h4 id={`${uid}-conflict`} tabIndex={-1} ref={conflictHeading}>
            {t.conflictTitle}
          </h4>
          <p>{t.conflict(state.name)}</p>
          <div class="actions">
            <button
              type="button"
              class="primary"
              data-whypost="import-replace"
              onClick={() => void importText(state.text, { replace: true })}
            >
              {t.replace}
            </button>
            <button
              type="button"
              data-whypost="import-copy"
              onClick={() => void importText(state.text, { asCopy: true })}
            >
              {t.asCopy}
            </button>
            <button type="button" data-whypost="import-cancel" onClick={cancel}>
              {t.cancel}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
