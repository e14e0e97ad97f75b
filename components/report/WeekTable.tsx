import { localDay } from '../../utils/history';
import type { Week } from '../../utils/report';
import type { UiLang } from '../../utils/ui-strings';
import { formatCount, formatDay, formatShare, reportStrings } from './strings';

export interface WeekTableProps {
  lang: UiLang;
  caption: string;
  weeks: readonly Week[];
}

/** The weekly trend as a table: checked, flagged and share for every week, "no draft" for an empty one. */
export function WeekTable({ lang, caption, weeks }: WeekTableProps) {
  const t = reportStrings(lang);
  return (
    <table class="figures" data-whypost="report-weeks">
      <caption class="sr-only">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t.week}</th>
          <th scope="col" class="num">
            {t.colChecked}
          </th>
          <th scope="col" class="num">
            {t.colFlagged}
          </th>
          <th scope="col" class="num">
            {t.colShare}
          </th>
        </tr>
      </thead>
      <tbody>
        {weeks.map((w) => (
          <tr key={w.start} data-key={localDay(w.start)}>
            <th scope="row">{t.weekOf(formatDay(w.start, lang))}</th>
            <td class="num">{formatCount(w.checked, lang)}</td>
            <td class="num">{formatCount(w.flagged, lang)}</td>
            <td class="num">{w.share === null ? t.nothingChecked : formatShare(w.share, lang)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
