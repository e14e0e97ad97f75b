import { problemText } from '../../utils/brands/wording';
import type { BrandLibrary, LibraryNotice } from '../../utils/brands/types';
import type { UiLang } from '../../utils/ui-strings';
import { formatDate } from './form';
import { optionsStrings } from './strings';

export interface NoticesProps {
  library: BrandLibrary;
  lang: UiLang;
  /** Saves a file: an unreadable setting, as it was stored. */
  download?: (filename: string, mime: string, content: string) => void;
}

/** What the user should know about their brands and settings, in the page's language. */
export function Notices({ library, lang, download }: NoticesProps) {
  const t = optionsStrings(lang);
  if (library.notices.length === 0) return null;
  // Notices name a brand by its id; show its name when it is in the library.
  const name = (brand: string) => library.entries.find((e) => e.id === brand)?.name ?? brand;
  const text = (notice: LibraryNotice): string => {
    switch (notice.code) {
      case 'stored-locally':
        return t.notices.storedLocally(name(notice.brand));
      case 'unreadable-brand':
        return t.notices.unreadableBrand(name(notice.brand));
      case 'unreadable-setting':
        return t.notices.unreadableSetting(notice.key);
      case 'refresh-failed':
        return notice.updatedAt !== undefined
          ? t.notices.refreshFailed(
              name(notice.brand),
              problemText(notice.error, lang),
              formatDate(notice.updatedAt, lang),
            )
          : t.notices.refreshFailedNoCopy(name(notice.brand), problemText(notice.error, lang));
      case 'managed-unavailable':
        return t.notices.managedUnavailable;
    }
  };
  return (
    <section class="notices" role="alert" aria-labelledby="whypost-notices-title" data-whypost="notices">
      <h2 id="whypost-notices-title">{t.noticesTitle}</h2>
      <ul>
        {library.notices.map((notice, i) => (
          <li key={i} data-notice={notice.code}>
            {text(notice)}
            {notice.code === 'unreadable-setting' && notice.raw !== undefined && download && (
              <>
                {' '}
                <button
                  type="button"
                  data-whypost="export-unreadable-setting"
                  onClick={() =>
                    download(
                      `whypost-${notice.key}.unreadable.json`,
                      'application/json',
                      JSON.stringify(notice.raw, null, 2),
                    )
                  }
                >
                  {t.exportUnreadable}
                </button>
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
