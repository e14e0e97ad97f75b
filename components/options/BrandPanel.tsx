import { problemText } from '../../utils/brands/wording';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { BrandError, BrandInput } from '../../analyzers/brand';
import type { BrandEntry, SaveResult } from '../../utils/brands/types';
import type { UiLang } from '../../utils/ui-strings';
import { BrandEditor } from './BrandEditor';
import { ErrorList } from './ErrorList';
import { errorText, formatDate, formatRelative } from './form';
import { optionsStrings } from './strings';

export interface BrandPanelProps {
  entry: BrandEntry;
  lang: UiLang;
  now: number;
  /** Move the focus to the panel's heading when it opens (the user picked this brand). */
  focusOnOpen: boolean;
  onSave(id: string, input: BrandInput): Promise<SaveResult>;
  onRename(id: string, name: string): Promise<SaveResult>;
  onDuplicate(id: string): Promise<SaveResult>;
  onDelete(id: string): Promise<void>;
  onRefresh(id: string): Promise<void>;
  onUnsubscribe(id: string): Promise<void>;
  download(filename: string, mime: string, content: string): void;
  /** Shows the brand with this id (after a save, a rename or a duplicate). */
  select(id: string): void;
  /** Says something in the page's status line. */
  announce(text: string): void;
  /** After the brand was deleted or unsubscribed from: another one is shown. */
  gone(): void;
}

type Problem = { intro: string; errors?: BrandError[] };

/** One brand: where it comes from, what can be done with it, and its rule set. */
export function BrandPanel(props: BrandPanelProps) {
  const { entry, lang, now, announce, select } = props;
  const t = optionsStrings(lang);
  const uid = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const deleteButton = useRef<HTMLButtonElement>(null);
  const cancelDelete = useRef<HTMLButtonElement>(null);
  const renameInput = useRef<HTMLInputElement>(null);
  const [renaming, setRenaming] = useState(false);
  const [newName, setNewName] = useState(entry.name);
  const [confirming, setConfirming] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState<string | null>(null);

  useEffect(() => {
    if (props.focusOnOpen) heading.current?.focus();
  }, []);
  useEffect(() => {
    if (confirming) cancelDelete.current?.focus();
  }, [confirming]);
  useEffect(() => {
    if (renaming) renameInput.current?.select();
  }, [renaming]);

  const failed = (error: unknown) =>
    setProblem({ intro: t.failed(error instanceof Error ? error.message : String(error)) });

  /** Runs one action at a time, and says what went wrong if it throws. */
  async function run(name: string, task: () => Promise<void>) {
    if (busy) return;
    setBusy(name);
    setProblem(null);
    try {
      await task();
    } catch (error) {
      failed(error);
    } finally {
      setBusy(null);
    }
  }

  function handle(result: SaveResult, success: (id: string) => void) {
    if (result.ok) success(result.id);
    else if ('errors' in result) setProblem({ intro: t.notDone, errors: result.errors });
    else setProblem({ intro: t.nameTaken(result.conflict.name) });
  }

  const rename = (event: Event) => {
    event.preventDefault();
    const name = newName.trim();
    if (!name) {
      setProblem({ intro: t.nameRequired });
      renameInput.current?.focus();
      return;
    }
    void run('rename', async () =>
      handle(await props.onRename(entry.id, name), (id) => {
        setRenaming(false);
        announce(t.renamed(name));
        select(id);
      }),
    );
  };

  const duplicate = () =>
    run('duplicate', async () =>
      handle(await props.onDuplicate(entry.id), (id) => {
        announce(t.duplicated(entry.name));
        select(id);
      }),
    );

  const remove = () =>
    run('delete', async () => {
      await props.onDelete(entry.id);
      setConfirming(false);
      announce(t.deleted(entry.name));
      props.gone();
    });

  const subscription = entry.subscription;
  const editable = !entry.locked && !entry.unreadable;
  const deletable = entry.source === 'user';

  return (
    <section class="panel" aria-labelledby={`${uid}-name`} data-whypost="brand-panel" data-brand={entry.id}>
      <h2 id={`${uid}-name`} tabIndex={-1} ref={heading}>
        {entry.locked && <span aria-hidden="true">🔒 </span>}
        {entry.name}
      </h2>
      {entry.source === 'preset' && <p class="note">{t.presetNote}</p>}
      {entry.locked && (
        <p class="note locked" data-whypost="locked-explanation">
          {entry.source === 'managed' ? t.lockedManaged : t.lockedSubscription}
        </p>
      )}
      {entry.storedIn === 'local' && <p class="note">{t.storedLocally}</p>}

      {subscription && (
        <div class="subscription" data-whypost="subscription">
          <dl>
            <dt>{t.address}</dt>
            <dd>
              <code class="url">{subscription.url}</code>
            </dd>
          </dl>
          <p data-whypost="updated">
            {subscription.updatedAt !== undefined ? (
              <time dateTime={new Date(subscription.updatedAt).toISOString()}>
                {t.updated(formatDate(subscription.updatedAt, lang))}
              </time>
            ) : (
              t.neverUpdated
            )}
            {subscription.checkedAt !== undefined && (
              <>
                {' · '}
                <time
                  dateTime={new Date(subscription.checkedAt).toISOString()}
                  title={formatDate(subscription.checkedAt, lang)}
                >
                  {t.checked(formatRelative(subscription.checkedAt, now, lang))}
                </time>
              </>
            )}
          </p>
          {subscription.error !== undefined && (
            <p class="problem" data-whypost="refresh-error">
              {subscription.updatedAt !== undefined
                ? t.refreshFailed(problemText(subscription.error, lang), formatDate(subscription.updatedAt, lang))
                : t.refreshFailedNoCopy(problemText(subscription.error, lang))}
            </p>
          )}
          <div class="actions">
            <button
              type="button"
              data-whypost="refresh"
              aria-disabled={busy ? 'true' : undefined}
              onClick={() =>
                run('refresh', async () => {
                  announce(t.refreshing);
                  await props.onRefresh(entry.id);
                  announce(t.refreshDone);
                })
              }
            >
              {busy === 'refresh' ? t.refreshing : t.refreshNow}
            </button>
            <button
              type="button"
              data-whypost="unsubscribe"
              aria-disabled={busy ? 'true' : undefined}
              onClick={() =>
                run('unsubscribe', async () => {
                  await props.onUnsubscribe(entry.id);
                  announce(t.unsubscribed(entry.name));
                  props.gone();
                })
              }
            >
              {t.unsubscribe}
            </button>
          </div>
        </div>
      )}

      {entry.unreadable && (
        <div class="unreadable" data-whypost="unreadable">
          <h3>{t.unreadableTitle}</h3>
          <p>{t.unreadableHelp}</p>
          <ul class="field-errors">
            {entry.unreadable.errors.map((e, i) => (
              <li key={i}>{errorText(e, t)}</li>
            ))}
          </ul>
          <button
            type="button"
            data-whypost="export-unreadable"
            onClick={() =>
              props.download(
                `${entry.id}.unreadable.json`,
                'application/json',
                JSON.stringify(entry.unreadable?.raw) ?? 'null',
              )
            }
          >
            {t.exportUnreadable}
          </button>
        </div>
      )}

      <div class="actions">
        {editable && (
          <button type="button" data-whypost="rename" aria-expanded={renaming} onClick={() => setRenaming(!renaming)}>
            {t.rename}
          </button>
        )}
        {!entry.unreadable && (
          <button
            type="button"
            data-whypost="duplicate"
            aria-disabled={busy ? 'true' : undefined}
            onClick={() => void duplicate()}
          >
            {t.duplicate}
          </button>
        )}
        {deletable && (
          <button
            type="button"
            class="danger"
            data-whypost="delete"
            ref={deleteButton}
            aria-expanded={confirming}
            onClick={() => setConfirming(true)}
          >
            {t.delete}
          </button>
        )}
      </div>

      {renaming && (
        <form class="inline-form" onSubmit={rename} data-whypost="rename-form">
          <label for={`${uid}-rename`}>{t.newName}</label>
          <input
            id={`${uid}-rename`}
            ref={renameInput}
            type="text"
            maxLength={80}
            value={newName}
            onInput={(e) => setNewName(e.currentTarget.value)}
          />
          <button type="submit" class="primary" data-whypost="rename-submit">
            {t.rename}
          </button>
          <button type="button" onClick={() => setRenaming(false)}>
            {t.cancel}
          </button>
        </form>
      )}

      {confirming && (
        <div
          class="confirm-delete"
          role="group"
          aria-labelledby={`${uid}-confirm`}
          data-whypost="delete-confirmation"
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              setConfirming(false);
              deleteButton.current?.focus();
            }
          }}
        >
          <p id={`${uid}-confirm`}>{t.deleteConfirm(entry.name)}</p>
          <button type="button" class="danger" data-whypost="delete-confirm" onClick={() => void remove()}>
            {t.deleteYes}
          </button>
          <button
            type="button"
            ref={cancelDelete}
            data-whypost="delete-cancel"
            onClick={() => {
              setConfirming(false);
              deleteButton.current?.focus();
            }}
          >
            {t.cancel}
          </button>
        </div>
      )}

      {problem &&
        (problem.errors ? (
          <ErrorList errors={problem.errors} intro={problem.intro} t={t} />
        ) : (
          <p class="problem" role="alert">
            {problem.intro}
          </p>
        ))}

      {!entry.unreadable && (
        <BrandEditor
          entry={entry}
          lang={lang}
          readOnly={entry.locked}
          onSave={props.onSave}
          onSaved={(id) => id !== entry.id && select(id)}
        />
      )}
    </section>
  );
}
