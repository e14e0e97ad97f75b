import { useMemo, useState } from 'preact/hooks';
import {
  computeReport,
  DEFAULT_REPORT_FORM,
  filterFromReportForm,
  reportBrands,
  reportCsv,
  reportFilename,
  reportJson,
  type FigureRow,
  type Ranked,
  type ReportForm,
} from '../../utils/report';
import type { DraftSummary, Settings } from '../../utils/storage';
import type { UiLang } from '../../utils/ui-strings';
import { Chart } from './Chart';
import { Figure } from './Figure';
import { ReportFilters } from './ReportFilters';
import { ShareTable, type ShareRow } from './ShareTable';
import { WeekTable } from './WeekTable';
import { formatDateTime } from '../popup/strings';
import { formatDay, formatShare, formatShortDay, reportStrings, type ReportStrings } from './strings';
import { LanguagePicker } from '../LanguagePicker';

export interface ReportProps {
  lang: UiLang;
  /** The user's choice, shown in the header's language switch. */
  uiLang: Settings['uiLang'];
  onUiLang(value: Settings['uiLang']): void;
  /** False until storage has answered: the page says "Loading…" rather than "no draft". */
  loaded: boolean;
  /** The recorded drafts' summaries (utils/draft-index.ts). */
  drafts: DraftSummary[];
  historyEnabled: boolean;
  /** The filters the page opens with (from its address). */
  initialForm?: ReportForm;
  /** The time the report is made at (ms): periods end today. */
  now: number;
  download(filename: string, mime: string, content: string): void;
  print(): void;
}

/** Fewer drafts than this: the shares are given, with a word of caution. */
const THIN = 5;

function itemName(t: ReportStrings, section: string, key: string): string {
  switch (section) {
    case 'verdict':
      return t.verdicts[key as keyof ReportStrings['verdicts']] ?? key;
    case 'decision':
      return t.decisions[key as keyof ReportStrings['decisions']] ?? key;
    case 'genre':
      return t.genres[key as keyof ReportStrings['genres']] ?? key;
    case 'reason':
      return key === 'none' ? t.noReason : (t.reasons[key as keyof ReportStrings['reasons']] ?? key);
    case 'missing':
      return t.elements[key as keyof ReportStrings['elements']] ?? key;
    case 'rule':
      return t.rules[key] ?? key;
    default:
      return key;
  }
}

/** The coaching report: filters, headline figures, charts with their tables, exports and print. */
export function Report(props: ReportProps) {
  const { lang, uiLang, onUiLang, loaded, drafts, historyEnabled, now, download, print } = props;
  const t = reportStrings(lang);
  const [form, setForm] = useState<ReportForm>(props.initialForm ?? DEFAULT_REPORT_FORM);
  const [status, setStatus] = useState('');
  const announce = (message: string) => setStatus((prev) => (prev === message ? `${message}\u00a0` : message));

  const brands = useMemo(() => reportBrands(drafts), [drafts]);
  const filter = useMemo(() => filterFromReportForm(form), [form]);
  const report = useMemo(
    () => computeReport(drafts, filter ?? { period: { from: '', to: '' } }, now),
    [drafts, filter, now],
  );

  const brandName = form.brand ? (brands.find((b) => b.id === form.brand)?.name ?? form.brand) : t.allBrands;
  const platformName = form.platform ? t.platforms[form.platform] : t.allPlatforms;
  const range = `${formatDay(report.from, lang)} – ${formatDay(report.to, lang)}`;
  const periodName = form.period === 'dates' ? range : `${t.lastDays(Number(form.period))} (${range})`;

  const rows = (section: string, list: Ranked<string>[]): ShareRow[] =>
    list.map((x) => ({ key: x.key, label: itemName(t, section, x.key), count: x.count, share: x.share }));
  const rowLabel = (row: FigureRow): string => {
    if (row.section === 'revised-passed') return t.revisedPassed;
    const section = t.sections[row.section as keyof ReportStrings['sections']] ?? row.section;
    if (!row.key) return section;
    if (row.section === 'week') return `${section}: ${row.key}`;
    return `${section}: ${itemName(t, row.section, row.key)}`;
  };

  const exportAs = (format: 'csv' | 'json') => {
    const meta = { brand: brandName, platform: platformName, generatedAt: now };
    if (format === 'csv') {
      download(
        reportFilename('csv', now),
        'text/csv',
        reportCsv(report, meta, { headers: t.csvHeaders, meta: t.csvMeta, label: rowLabel }),
      );
    } else if (filter) {
      download(reportFilename('json', now), 'application/json', reportJson(report, meta, filter));
    }
    announce(t.exported(format.toUpperCase()));
  };

  const decision = (key: string) => report.decisions.find((d) => d.key === key)!;
  const anyway = decision('published-anyway');
  const percent = (v: number) => formatShare(v / 100, lang);
  const hasFigures = loaded && filter !== null && report.checked > 0;

  return (
    <main class="report" data-whypost="report" lang={lang} aria-labelledby="wp-report-title">
      <header class="header">
        <div>
          <h1 id="wp-report-title">
            <span class="brand-mark">Whypost</span> · {t.title}
          </h1>
          <p class="scope" data-whypost="report-scope">
            {t.scope(brandName, platformName, periodName)}
          </p>
        </div>
        <LanguagePicker
          label={t.langLabel}
          autoLabel={t.langAuto}
          value={uiLang}
          onChange={onUiLang}
          class="lang no-print"
        />
      </header>

      <ReportFilters lang={lang} form={form} brands={brands} onChange={setForm} />
      {!historyEnabled && <p class="notice">{t.historyOff}</p>}

      {!loaded ? (
        <p class="empty">{t.loading}</p>
      ) : drafts.length === 0 ? (
        <p class="empty" data-whypost="report-empty">
          {t.noDrafts}
        </p>
      ) : filter === null ? (
        <p class="empty" data-whypost="report-empty">
          {t.invalidDates}
        </p>
      ) : report.checked === 0 ? (
        <p class="empty" data-whypost="report-empty">
          {t.emptyPeriod}
        </p>
      ) : (
        report.checked < THIN && <p class="notice">{t.thin(report.checked)}</p>
      )}

      <section class="summary" aria-labelledby="wp-summary">
        <h2 id="wp-summary">{t.summaryHeading}</h2>
        <ul class="figure-list">
          <Figure lang={lang} hook="report-checked" label={t.checked} count={report.checked} hint={t.checkedHint} />
          <Figure
            lang={lang}
            hook="report-flagged"
            label={t.flagged}
            count={report.flagged.count}
            share={{ share: report.flagged.share, of: report.checked }}
          />
          <Figure
            lang={lang}
            hook="report-published-anyway"
            label={t.decisions['published-anyway']}
            count={anyway.count}
            share={{ share: anyway.share, of: report.checked }}
          />
          <Figure
            lang={lang}
            hook="report-revised"
            label={t.decisions.revised}
            count={report.revised.count}
            share={{ share: decision('revised').share, of: report.checked }}
          />
          <Figure
            lang={lang}
            hook="report-abandoned"
            label={t.decisions.abandoned}
            count={decision('abandoned').count}
            share={{ share: decision('abandoned').share, of: report.checked }}
          />
          <Figure
            lang={lang}
            hook="report-published"
            label={t.decisions.published}
            count={decision('published').count}
            share={{ share: decision('published').share, of: report.checked }}
          />
        </ul>
      </section>

      {hasFigures && (
        <div class="sections">
          <section class="wide" aria-labelledby="wp-trend" data-whypost="report-trend">
            <h2 id="wp-trend">{t.trendHeading}</h2>
            <p class="muted">{t.trendIntro}</p>
            <div class="pair">
              <Chart
                kind="line"
                x={report.weeks.map((w) => w.start)}
                y={report.weeks.map((w) => (w.share === null ? null : Math.round(w.share * 1000) / 10))}
                label={t.chartLabel(t.trendHeading)}
                day={(ms) => formatShortDay(ms, lang)}
                percent={percent}
              />
              <WeekTable lang={lang} caption={t.trendHeading} weeks={report.weeks} />
            </div>
          </section>

          <section aria-labelledby="wp-genres" data-whypost="report-genres">
            <h2 id="wp-genres">{t.genresHeading}</h2>
            {report.genres.length === 0 ? (
              <p class="empty">{t.genresEmpty}</p>
            ) : (
              <div class="pair">
                <Chart
                  kind="bars"
                  x={report.genres.map((_, i) => i)}
                  y={report.genres.map((g) => Math.round(g.share * 1000) / 10)}
                  names={report.genres.map((g) => t.genres[g.key])}
                  label={t.chartLabel(t.genresHeading)}
                  percent={percent}
                />
                <ShareTable lang={lang} caption={t.genresHeading} rows={rows('genre', report.genres)} />
              </div>
            )}
          </section>

          <section aria-labelledby="wp-missing" data-whypost="report-missing">
            <h2 id="wp-missing">{t.missingHeading}</h2>
            {report.withBrief === 0 ? (
              <p class="empty">{t.noBriefs}</p>
            ) : report.missing.length === 0 ? (
              <p class="empty">{t.missingEmpty}</p>
            ) : (
              <>
                <p class="muted">{t.missingIntro(report.withBrief)}</p>
                <div class="pair">
                  <Chart
                    kind="bars"
                    x={report.missing.map((_, i) => i)}
                    y={report.missing.map((m) => Math.round(m.share * 1000) / 10)}
                    names={report.missing.map((m) => t.elements[m.key])}
                    label={t.chartLabel(t.missingHeading)}
                    percent={percent}
                  />
                  <ShareTable lang={lang} caption={t.missingHeading} rows={rows('missing', report.missing)} />
                </div>
              </>
            )}
          </section>

          <section aria-labelledby="wp-reasons" data-whypost="report-reasons">
            <h2 id="wp-reasons">{t.reasonsHeading}</h2>
            {report.reasons.length === 0 ? (
              <p class="empty">{t.reasonsEmpty}</p>
            ) : (
              <>
                {report.topReasons.length > 0 && (
                  <p>
                    {t.reasonsTop}{' '}
                    {report.topReasons.map((r, i) => (
                      <span key={r.key}>
                        {i > 0 && ', '}
                        <q>{t.reasons[r.key]}</q> ({r.count})
                      </span>
                    ))}
                  </p>
                )}
                <ShareTable lang={lang} caption={t.reasonsHeading} rows={rows('reason', report.reasons)} />
              </>
            )}
          </section>

          <section aria-labelledby="wp-rules" data-whypost="report-rules">
            <h2 id="wp-rules">{t.rulesHeading}</h2>
            {report.rules.length === 0 ? (
              <p class="empty">{t.rulesEmpty}</p>
            ) : (
              <ShareTable lang={lang} caption={t.rulesHeading} rows={rows('rule', report.rules)} />
            )}
          </section>

          <section aria-labelledby="wp-verdicts" data-whypost="report-verdicts">
            <h2 id="wp-verdicts">{t.verdictsHeading}</h2>
            <ShareTable lang={lang} caption={t.verdictsHeading} rows={rows('verdict', report.verdicts)} />
          </section>

          <section aria-labelledby="wp-decisions" data-whypost="report-decisions">
            <h2 id="wp-decisions">{t.decisionsHeading}</h2>
            <ShareTable lang={lang} caption={t.decisionsHeading} rows={rows('decision', report.decisions)} />
          </section>

          <section class="wide" aria-labelledby="wp-coaching" data-whypost="report-coaching">
            <h2 id="wp-coaching">{t.coachingHeading}</h2>
            <p>
              {report.revised.count === 0
                ? t.coachingEmpty
                : t.coaching(report.revised.count, report.flagged.count, report.revised.passed.count)}
            </p>
          </section>
        </div>
      )}

      <div class="toolbar no-print">
        <button
          type="button"
          class="button"
          data-whypost="report-export-csv"
          disabled={!loaded || filter === null}
          onClick={() => exportAs('csv')}
        >
          {t.exportCsv}
        </button>
        <button
          type="button"
          class="button"
          data-whypost="report-export-json"
          disabled={!loaded || filter === null}
          onClick={() => exportAs('json')}
        >
          {t.exportJson}
        </button>
        <button type="button" class="button" data-whypost="report-print" onClick={print}>
          {t.print}
        </button>
      </div>
      <footer class="footer">
        <p class="muted" data-whypost="report-generated">
          {t.generated(formatDateTime(now, lang))}
        </p>
      </footer>
      <p class="sr-only" role="status" aria-live="polite" data-whypost="report-status">
        {status}
      </p>
    </main>
  );
}
