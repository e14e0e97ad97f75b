import type { UiLang } from '../../utils/ui-strings';
import { formatCount, formatShare, reportStrings } from './strings';

export interface ShareRow {
  key: string;
  label: string;
  count: number;
  share: number;
}

export interface ShareTableProps {
  lang: UiLang;
  /** Names the table for screen readers (the section's heading). */
  caption: string;
  rows: readonly ShareRow[];
  /** `data-whypost` of the table, for tests and for copying. */
  hook?: string;
}

/** Figures as a table: what each item is, how many drafts, and their share. */
export function ShareTable({ lang, caption, rows, hook }: ShareTableProps) {
  const t = reportStrings(lang);
  return (
    <table class="figures" data-whypost={hook}>
      <caption class="sr-only">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t.colItem}</th>
          <th scope="col" class="num">
            {t.colCount}
          </th>
          <th scope="col" class="num">
            {t.colShare}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key} data-key={row.key}>
            <th scope="row">{row.label}</th>
            <td class="num">{formatCount(row.count, lang)}</td>
            <td class="num">{formatShare(row.share, lang)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
