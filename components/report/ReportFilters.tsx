import { isPlatform, PLATFORMS } from '../../analyzers/types';
import type { ReportForm } from '../../utils/report';
import type { UiLang } from '../../utils/ui-strings';
import { reportStrings } from './strings';

export interface ReportFiltersProps {
  lang: UiLang;
  form: ReportForm;
  brands: readonly { id: string; name: string }[];
  onChange(next: ReportForm): void;
}

/** Brand, platform and period; the two dates appear when the period is "between two dates". */
export function ReportFilters({ lang, form, brands, onChange }: ReportFiltersProps) {
  const t = reportStrings(lang);
  const set = <K extends keyof ReportForm>(key: K, value: ReportForm[K]) => onChange({ ...form, [key]: value });
  return (
    <fieldset class="filters no-print" data-whypost="report-filters">
      <legend>{t.filtersLegend}</legend>
      <label>
        <span>{t.brand}</span>
        <select value={form.brand} onChange={(e) => set('brand', e.currentTarget.value)} data-filter="brand">
          <option value="">{t.allBrands}</option>
          {brands.map((b) => (
            <option key={b.id} value={b.id}>
              {b.name}
            </option>
          ))}
          {form.brand && !brands.some((b) => b.id === form.brand) && <option value={form.brand}>{form.brand}</option>}
        </select>
      </label>
      <label>
        <span>{t.platform}</span>
        <select
          value={form.platform}
          onChange={(e) => {
            const v = e.currentTarget.value;
            set('platform', isPlatform(v) ? v : '');
          }}
          data-filter="platform"
        >
          <option value="">{t.allPlatforms}</option>
          {PLATFORMS.map((p) => (
            <option key={p} value={p}>
              {t.platforms[p]}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{t.period}</span>
        <select
          value={form.period}
          onChange={(e) => {
            const v = e.currentTarget.value;
            if (v === '7' || v === '30' || v === '90' || v === 'dates') set('period', v);
          }}
          data-filter="period"
        >
          <option value="7">{t.lastDays(7)}</option>
          <option value="30">{t.lastDays(30)}</option>
          <option value="90">{t.lastDays(90)}</option>
          <option value="dates">{t.between}</option>
        </select>
      </label>
      {form.period === 'dates' && (
        <>
          <label>
            <span>{t.from}</span>
            <input
              type="date"
              value={form.from}
              onChange={(e) => set('from', e.currentTarget.value)}
              data-filter="from"
            />
          </label>
          <label>
            <span>{t.to}</span>
            <input type="date" value={form.to} onChange={(e) => set('to', e.currentTarget.value)} data-filter="to" />
          </label>
        </>
      )}
    </fieldset>
  );
}
