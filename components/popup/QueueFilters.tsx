import { useState } from 'preact/hooks';
import { EMPTY_FILTER_FORM, type FilterForm } from '../../utils/history';
import type { Decision } from '../../utils/storage';
import type { UiLang } from '../../utils/ui-strings';
import { popupStrings } from './strings';

export interface QueueFiltersProps {
  lang: UiLang;
  form: FilterForm;
  brands: readonly { id: string; name: string }[];
  /** Rule ids found in the drafts. */
  rules: readonly string[];
  onChange(next: FilterForm): void;
}

/**
 * "Show reviewed", then brand, rule, decision and date range behind a toggle
 * (they would push the list below the fold of a 600px popup). The queue shows
 * what matches all of them.
 */
export function QueueFilters({ lang, form, brands, rules, onChange }: QueueFiltersProps) {
  const t = popupStrings(lang);
  const set = <K extends keyof FilterForm>(key: K, value: FilterForm[K]) => onChange({ ...form, [key]: value });
  const ruleName = (id: string) => t.rules[id] ?? id;
  // The strings' type lists every decision, in order; importing the storage module would bring the browser APIs along.
  const decisions = Object.keys(t.decisions) as Decision[];
  const [open, setOpen] = useState(false);
  const active = (['brand', 'rule', 'decision', 'from', 'to'] as const).filter((k) => form[k] !== '').length;
  return (
    <>
      <div class="filter-bar">
        <button
          type="button"
          class="button"
          aria-expanded={open}
          aria-controls="wp-filters"
          data-whypost="filters-toggle"
          onClick={() => setOpen(!open)}
        >
          {t.filtersToggle(active)}
          <span aria-hidden="true">{open ? ' ▴' : ' ▾'}</span>
        </button>
        <label class="switch">
          <input
            type="checkbox"
            checked={form.showReviewed}
            onChange={(e) => set('showReviewed', e.currentTarget.checked)}
            data-filter="reviewed"
          />
          <span>{t.showReviewed}</span>
        </label>
      </div>
      <fieldset class="filters" id="wp-filters" hidden={!open}>
        <legend>{t.filtersLegend}</legend>
        <div class="grid">
          <label>
            <span>{t.filterBrand}</span>
            <select value={form.brand} onChange={(e) => set('brand', e.currentTarget.value)} data-filter="brand">
              <option value="">{t.all}</option>
              {brands.map((b) => (
                <option key={b.id} value={b.id}>
                  {b.name}
                </option>
              ))}
            </select>
          </label>
          <label>
            <span>{t.filterRule}</span>
            <select value={form.rule} onChange={(e) => set('rule', e.currentTarget.value)} data-filter="rule">
              <option value="">{t.all}</option>
              {[...rules]
                .sort((a, b) => ruleName(a).localeCompare(ruleName(b), lang))
                .map((id) => (
                  <option key={id} value={id}>
                    {ruleName(id)}
                  </option>
                ))}
            </select>
          </label>
          <label class="wide">
            <span>{t.filterDecision}</span>
            <select
              value={form.decision}
              onChange={(e) => {
                const value = e.currentTarget.value;
                set('decision', decisions.find((d) => d === value) ?? '');
              }}
              data-filter="decision"
            >
              <option value="">{t.all}</option>
              {decisions.map((d) => (
                <option key={d} value={d}>
                  {t.decisions[d]}
                </option>
              ))}
            </select>
          </label>
          <label>
            <span>{t.filterFrom}</span>
            <input
              type="date"
              value={form.from}
              max={form.to || undefined}
              onChange={(e) => set('from', e.currentTarget.value)}
              data-filter="from"
            />
          </label>
          <label>
            <span>{t.filterTo}</span>
            <input
              type="date"
              value={form.to}
              min={form.from || undefined}
              onChange={(e) => set('to', e.currentTarget.value)}
              data-filter="to"
            />
          </label>
        </div>
        <button
          type="button"
          class="link"
          onClick={() => onChange({ ...EMPTY_FILTER_FORM, showReviewed: form.showReviewed })}
        >
          {t.resetFilters}
        </button>
      </fieldset>
    </>
  );
}
