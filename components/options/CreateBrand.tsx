import { useId, useRef, useState } from 'preact/hooks';
import { PRESETS, type BrandError, type PresetId } from '../../analyzers/brand';
import type { SaveResult } from '../../utils/brands/types';
import type { UiLang } from '../../utils/ui-strings';
import { ErrorList } from './ErrorList';
import { optionsStrings } from './strings';

const PRESET_IDS = Object.keys(PRESETS) as PresetId[];

export interface CreateBrandProps {
  lang: UiLang;
  onCreate(name: string, preset: PresetId): Promise<SaveResult>;
  /** After the brand is created, with its id. */
  onCreated(id: string): void;
}

/** A new brand, named by the user, started from a preset. */
export function CreateBrand({ lang, onCreate, onCreated }: CreateBrandProps) {
  const t = optionsStrings(lang);
  const uid = useId();
  const nameInput = useRef<HTMLInputElement>(null);
  const [name, setName] = useState('');
  const [preset, setPreset] = useState<PresetId>('default');
  const [status, setStatus] = useState('');
  const [problem, setProblem] = useState<{ intro: string; errors?: BrandError[] } | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: Event) {
    event.preventDefault();
    if (busy) return;
    const trimmed = name.trim();
    setStatus('');
    if (!trimmed) {
      setProblem({ intro: t.nameRequired });
      nameInput.current?.focus();
      return;
    }
    setProblem(null);
    setBusy(true);
    try {
      const result = await onCreate(trimmed, preset);
      if (result.ok) {
        setName('');
        setStatus(t.created(trimmed));
        onCreated(result.id);
      } else if ('errors' in result) {
        setProblem({ intro: t.notDone, errors: result.errors });
      } else {
        setProblem({ intro: t.nameTaken(result.conflict.name) });
      }
    } catch (error) {
      setProblem({ intro: t.failed(error instanceof Error ? error.message : String(error)) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <form class="add-form" aria-labelledby={`${uid}-title`} noValidate onSubmit={submit}>
      <h3 id={`${uid}-title`}>{t.createTitle}</h3>
      <div class="field">
        <label for={`${uid}-name`}>{t.createName}</label>
        <input
          id={`${uid}-name`}
          ref={nameInput}
          type="text"
          maxLength={80}
          required
          value={name}
          data-whypost="create-name"
          onInput={(e) => setName(e.currentTarget.value)}
          aria-invalid={problem?.intro === t.nameRequired ? 'true' : undefined}
          aria-describedby={problem?.intro === t.nameRequired ? `${uid}-problem` : undefined}
        />
      </div>
      <div class="field">
        <label for={`${uid}-preset`}>{t.createPreset}</label>
        <select
          id={`${uid}-preset`}
          value={preset}
          data-whypost="create-preset"
          onChange={(e) => setPreset(e.currentTarget.value as PresetId)}
        >
          {PRESET_IDS.map((id) => (
            <option key={id} value={id}>
              {t.presets[id]}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" class="primary" data-whypost="create" aria-disabled={busy ? 'true' : undefined}>
        {t.create}
      </button>
      <p role="status" class="status" data-whypost="create-status">
        {status}
      </p>
      {problem && (
        <div id={`${uid}-problem`}>
          {problem.errors ? (
            <ErrorList errors={problem.errors} intro={problem.intro} t={t} />
          ) : (
            <p class="problem" role="alert">
              {problem.intro}
            </p>
          )}
        </div>
      )}
    </form>
  );
}
