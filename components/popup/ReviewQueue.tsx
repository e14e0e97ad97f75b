import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import {
  EMPTY_FILTER_FORM,
  exportFilename,
  filterDrafts,
  filterFromForm,
  queueFacets,
  toCsv,
  toJson,
  type FilterForm,
} from '../../utils/history';
import type { DraftRecord, HistorySettings } from '../../utils/storage';
import type { UiLang } from '../../utils/ui-strings';
import { ClearHistory } from './ClearHistory';
import { DraftDetail } from './DraftDetail';
import { HistoryForm } from './HistoryForm';
import { QueueFilters } from './QueueFilters';
import { QueueItem } from './QueueItem';
import { popupStrings } from './strings';

export interface ReviewQueueProps {
  lang: UiLang;
  drafts: DraftRecord[];
  history: HistorySettings;
  onHistory(next: HistorySettings): void;
  onReviewed(ids: string[], reviewed: boolean): void;
  onDelete(ids: string[]): void;
  onClear(): void;
  download(filename: string, mime: string, content: string): void;
  announce(message: string): void;
  /** Opens the coaching report in a tab, for the brand the queue shows (or every brand). */
  onOpenReport?(brand: string): void;
  now: () => number;
}

/** Rows rendered at once; more on demand, so that a queue of thousands opens at once. */
const PAGE = 100;

/** The drafts that reached the pre-publish check: filter, review, export, clear. */
export function ReviewQueue(props: ReviewQueueProps) {
  const { lang, drafts, history, onHistory, onReviewed, onDelete, onClear, download, announce, now } = props;
  const t = popupStrings(lang);
  const [form, setForm] = useState<FilterForm>(EMPTY_FILTER_FORM);
  const [limit, setLimit] = useState(PAGE);
  const [openId, setOpenId] = useState<string | null>(null);
  // Where the focus goes once the list is back: the row that was opened, or the heading.
  const [focusAfter, setFocusAfter] = useState<string | null>(null);
  const root = useRef<HTMLElement>(null);

  const facets = useMemo(() => queueFacets(drafts), [drafts]);
  const shown = useMemo(() => filterDrafts(drafts, filterFromForm(form)), [drafts, form]);
  const open = openId === null ? undefined : drafts.find((d) => d.id === openId);

  useEffect(() => {
    if (focusAfter === null || open) return;
    const rows = [...(root.current?.querySelectorAll<HTMLElement>('[data-whypost="queue-item"]') ?? [])];
    const target =
      rows.find((row) => row.dataset.id === focusAfter)?.querySelector('button') ??
      root.current?.querySelector<HTMLElement>('#wp-queue-title');
    target?.focus();
    setFocusAfter(null);
  }, [focusAfter, open]);

  const changeFilters = (next: FilterForm) => {
    setForm(next);
    setLimit(PAGE);
    const count = filterDrafts(drafts, filterFromForm(next)).length;
    announce(t.shown(count, drafts.length));
  };

  const exportAs = (format: 'csv' | 'json') => {
    const at = now();
    if (format === 'csv') download(exportFilename('csv', at), 'text/csv', toCsv(shown, lang));
    else download(exportFilename('json', at), 'application/json', toJson(shown, at));
    announce(t.exported(shown.length, format.toUpperCase()));
  };

  const toReview = shown.filter((d) => !d.reviewed).map((d) => d.id);

  return (
    <section class="section" data-whypost="queue" aria-labelledby="wp-queue-title" ref={root}>
      <h2 id="wp-queue-title" tabIndex={-1}>
        {t.queueHeading}
      </h2>
      {open ? (
        <DraftDetail
          lang={lang}
          draft={open}
          onBack={() => {
            setOpenId(null);
            setFocusAfter(open.id);
          }}
          onReviewed={(reviewed) => {
            onReviewed([open.id], reviewed);
            announce(reviewed ? t.nowReviewed : t.nowNotReviewed);
          }}
          onDelete={() => {
            onDelete([open.id]);
            setOpenId(null);
            setFocusAfter('');
            announce(t.deleted);
          }}
        />
      ) : (
        <>
          {!history.enabled && <p class="notice">{t.historyOff}</p>}
          {drafts.length === 0 ? (
            <p class="empty">{t.empty}</p>
          ) : (
            <>
              <QueueFilters
                lang={lang}
                form={form}
                brands={facets.brands}
                rules={facets.rules}
                onChange={changeFilters}
              />
              <p class="muted count">{t.shown(shown.length, drafts.length)}</p>
              {shown.length === 0 ? (
                <p class="empty">{t.emptyFiltered}</p>
              ) : (
                <ul class="queue" aria-labelledby="wp-queue-title">
                  {shown.slice(0, limit).map((d) => (
                    <QueueItem key={d.id} lang={lang} draft={d} onOpen={setOpenId} />
                  ))}
                </ul>
              )}
              {shown.length > limit && (
                <button type="button" class="link" onClick={() => setLimit((l) => l + PAGE)}>
                  {t.showMore(Math.min(PAGE, shown.length - limit))}
                </button>
              )}
              <div class="toolbar">
                <button
                  type="button"
                  class="button"
                  disabled={toReview.length === 0}
                  onClick={() => {
                    onReviewed(toReview, true);
                    announce(t.markedReviewed(toReview.length));
                  }}
                >
                  {t.markAllShown}
                </button>
                <button
                  type="button"
                  class="button"
                  data-whypost="export-csv"
                  disabled={shown.length === 0}
                  onClick={() => exportAs('csv')}
                >
                  {t.exportCsv}
                </button>
                <button
                  type="button"
                  class="button"
                  data-whypost="export-json"
                  disabled={shown.length === 0}
                  onClick={() => exportAs('json')}
                >
                  {t.exportJson}
                </button>
                {props.onOpenReport && (
                  <button
                    type="button"
                    class="button"
                    data-whypost="open-report"
                    onClick={() => props.onOpenReport?.(form.brand)}
                  >
                    {t.openReport}
                  </button>
                )}
              </div>
            </>
          )}
          <div class="toolbar">
            <ClearHistory
              lang={lang}
              count={drafts.length}
              onClear={() => {
                onClear();
                setFocusAfter('');
                announce(t.cleared);
              }}
            />
          </div>
          <HistoryForm lang={lang} history={history} onHistory={onHistory} announce={announce} />
        </>
      )}
    </section>
  );
}
