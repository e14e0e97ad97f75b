import type { BrandEntry, BrandLibrary } from '../../utils/brands/types';
import type { UiLang } from '../../utils/ui-strings';
import { formatDateTime, popupStrings, type PopupStrings } from './strings';

export interface BrandSwitcherProps {
  lang: UiLang;
  library: BrandLibrary;
  /** The brand applying on this site now. */
  activeBrandId: string;
  onBrand(id: string): void;
  onOpenOptions(): void;
}

function optionLabel(entry: BrandEntry, t: PopupStrings): string {
  const marks = [
    entry.source === 'managed' ? t.brandManaged : entry.source === 'subscription' ? t.brandSubscribed : undefined,
    entry.unreadable ? t.brandUnreadable : undefined,
  ].filter((m) => m !== undefined);
  return marks.length ? `${entry.name} (${marks.join(', ')})` : entry.name;
}

/** Which brand's rules apply here, with what the user should know about their brands. */
export function BrandSwitcher({ lang, library, activeBrandId, onBrand, onOpenOptions }: BrandSwitcherProps) {
  const t = popupStrings(lang);
  const known = library.entries.some((e) => e.id === activeBrandId);
  return (
    <section class="section" data-whypost="brand-switcher" aria-labelledby="wp-brand-title">
      <h2 id="wp-brand-title">{t.brandHeading}</h2>
      <label for="wp-brand">{t.brandLabel}</label>
      <select
        id="wp-brand"
        value={activeBrandId}
        aria-describedby="wp-brand-hint"
        onChange={(e) => onBrand(e.currentTarget.value)}
      >
        {!known && <option value={activeBrandId}>{t.brandUnknown(activeBrandId)}</option>}
        {library.entries.map((entry) => (
          <option key={entry.id} value={entry.id} data-source={entry.source} data-locked={entry.locked || undefined}>
            {optionLabel(entry, t)}
          </option>
        ))}
      </select>
      <p id="wp-brand-hint" class="muted">
        {t.brandHint}
      </p>
      {library.notices.length > 0 && (
        <ul class="notices">
          {library.notices.map((n, i) => (
            <li key={i} class="notice" data-code={n.code}>
              {/* Notices name a brand by its id: say its name. */}
              {t.notice(
                'brand' in n ? { ...n, brand: library.entries.find((e) => e.id === n.brand)?.name ?? n.brand } : n,
                (ms) => formatDateTime(ms, lang),
              )}
            </li>
          ))}
        </ul>
      )}
      <button type="button" class="link" onClick={onOpenOptions}>
        {t.manageBrands}
      </button>
    </section>
  );
}
