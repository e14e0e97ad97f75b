import type { UiLang } from '../../utils/ui-strings';
import { formatCount, formatShare, reportStrings } from './strings';

export interface FigureProps {
  lang: UiLang;
  /** `data-whypost` hook; its text holds the count. */
  hook: string;
  label: string;
  count: number;
  /** The share and the whole it is a share of; absent for a figure that is the whole. */
  share?: { share: number; of: number };
  hint?: string;
}

/** One headline figure: the count, what it counts, and its share. */
export function Figure({ lang, hook, label, count, share, hint }: FigureProps) {
  const t = reportStrings(lang);
  return (
    <li class="figure" data-whypost={hook} data-count={count}>
      <span class="figure-count">{formatCount(count, lang)}</span> <span class="figure-label">{label}</span>{' '}
      <span class="figure-share">{share ? t.shareOf(formatShare(share.share, lang), share.of) : hint}</span>
    </li>
  );
}
