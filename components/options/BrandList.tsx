import type { BrandEntry, BrandLibrary } from '../../utils/brands/types';
import type { UiLang } from '../../utils/ui-strings';
import { optionsStrings } from './strings';

export interface BrandListProps {
  library: BrandLibrary;
  lang: UiLang;
  /** The brand shown in the editor. */
  selected: string;
  onSelect(id: string): void;
  onSetActive(entry: BrandEntry): void;
  onExport(entry: BrandEntry): void;
}

/** Every brand: where it comes from, where it is kept, which one is used by default. */
export function BrandList({ library, lang, selected, onSelect, onSetActive, onExport }: BrandListProps) {
  const t = optionsStrings(lang);
  return (
    <section class="brands" aria-labelledby="whypost-brands-title">
      <h2 id="whypost-brands-title">{t.brandsTitle}</h2>
      <ul class="brand-list" data-whypost="brand-list">
        {library.entries.map((entry) => {
          const active = entry.id === library.active;
          const current = entry.id === selected;
          return (
            <li
              key={entry.id}
              class={current ? 'brand-item current' : 'brand-item'}
              data-whypost="brand-item"
              data-brand={entry.id}
              data-source={entry.source}
              aria-current={current ? 'true' : undefined}
            >
              <h3 class="brand-name">{entry.name}</h3>
              <p class="badges">
                <span class="badge" data-source={entry.source}>
                  {t.sources[entry.source]}
                </span>
                {entry.locked && (
                  <span class="badge locked" data-whypost="locked">
                    <span aria-hidden="true">🔒 </span>
                    {t.lockedBadge}
                  </span>
                )}
                {entry.unreadable && <span class="badge problem">{t.unreadableBadge}</span>}
                {active && (
                  <span class="badge active" data-whypost="active">
                    <span aria-hidden="true">★ </span>
                    {t.activeBadge}
                  </span>
                )}
              </p>
              {entry.storedIn === 'local' && (
                <p class="note" data-whypost="stored-locally">
                  {t.storedLocally}
                </p>
              )}
              <div class="actions">
                <button
                  type="button"
                  data-whypost="select"
                  aria-pressed={current ? 'true' : 'false'}
                  onClick={() => onSelect(entry.id)}
                >
                  {entry.locked || entry.unreadable ? t.view : t.edit}
                  <span class="visually-hidden"> {entry.name}</span>
                </button>
                {!active && (
                  <button type="button" data-whypost="use-by-default" onClick={() => onSetActive(entry)}>
                    {t.useByDefault}
                    <span class="visually-hidden"> ({entry.name})</span>
                  </button>
                )}
                <button type="button" data-whypost="export" onClick={() => onExport(entry)}>
                  {t.export}
                  <span class="visually-hidden"> {entry.name}</span>
                </button>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
