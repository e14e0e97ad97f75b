import { useState } from 'preact/hooks';
import type { BrandLibrary } from '../../utils/brands/types';
import type { CurrentPage } from '../../utils/messages';
import type { DraftRecord, HistorySettings, Settings } from '../../utils/storage';
import type { UiLang } from '../../utils/ui-strings';
import { BrandSwitcher } from './BrandSwitcher';
import { CurrentDraft } from './CurrentDraft';
import { ReviewQueue } from './ReviewQueue';
import { SiteSwitch } from './SiteSwitch';
import { Tabs } from './Tabs';
import { popupStrings } from './strings';
import { LanguagePicker } from '../LanguagePicker';

export interface PopupProps {
  /** Asks the browser for access to a linked page's site (or to every site). */
  onAllowLink?: (url: string, scope: 'site' | 'all') => void;
  /** The language to render in. */
  lang: UiLang;
  /** The user's choice, shown in the header's language switch. */
  uiLang: Settings['uiLang'];
  onUiLang(value: Settings['uiLang']): void;
  /** Null: the active tab is not X or Facebook, or its content script did not answer. */
  page: CurrentPage | null | 'loading';
  library: BrandLibrary;
  /** The brand applying on this site now. */
  activeBrandId: string;
  onBrand(id: string): void;
  /** Switches Whypost off or on for `page.host`. */
  onSiteEnabled(enabled: boolean): void;
  /** Shows the critique card of the page's composer. */
  onOpenCard(): void;
  /** Opens the options page, where brands are managed. */
  onOpenOptions(): void;
  drafts: DraftRecord[];
  history: HistorySettings;
  onHistory(next: HistorySettings): void;
  onReviewed(ids: string[], reviewed: boolean): void;
  onDelete(ids: string[]): void;
  /** Called only once the user has confirmed in the popup. */
  onClear(): void;
  download(filename: string, mime: string, content: string): void;
  /** Opens the coaching report in a tab, filtered on a brand when one is given. */
  onOpenReport?(brand: string): void;
  /** The time of exports (file names, `exportedAt`); the clock by default. */
  now?: number;
}

type TabId = 'draft' | 'queue';

/** The toolbar popup: the draft of the active tab, its brand and site switch, and the review queue. */
export function Popup(props: PopupProps) {
  const { lang, uiLang, onUiLang, page, library, activeBrandId, drafts, now } = props;
  const t = popupStrings(lang);
  const [tab, setTab] = useState<TabId>('draft');
  const [status, setStatus] = useState('');
  // The same message twice in a row must still change the live region, or it is not read out again.
  const announce = (message: string) => setStatus((prev) => (prev === message ? `${message}\u00a0` : message));
  const unreviewed = drafts.filter((d) => !d.reviewed).length;

  return (
    <div class="popup" data-whypost="popup" lang={lang}>
      <header class="header">
        <h1>{t.title}</h1>
        <LanguagePicker label={t.langLabel} autoLabel={t.langAuto} value={uiLang} onChange={onUiLang} />
      </header>
      <Tabs<TabId>
        label={t.tabsLabel}
        tabs={[
          { id: 'draft', label: t.tabDraft },
          { id: 'queue', label: t.tabQueue(unreviewed) },
        ]}
        selected={tab}
        onSelect={setTab}
        panels={{
          draft: (
            <>
              <CurrentDraft
                lang={lang}
                page={page}
                brandName={
                  library.entries.find((e) => e.id === activeBrandId)?.name ??
                  (page && page !== 'loading' ? page.draft?.brandName : undefined) ??
                  activeBrandId
                }
                onOpenCard={props.onOpenCard}
                onAllowLink={props.onAllowLink}
              />
              {page !== null && page !== 'loading' && (
                <SiteSwitch lang={lang} host={page.host} enabled={page.enabled} onSiteEnabled={props.onSiteEnabled} />
              )}
              <BrandSwitcher
                lang={lang}
                library={library}
                activeBrandId={activeBrandId}
                onBrand={props.onBrand}
                onOpenOptions={props.onOpenOptions}
              />
            </>
          ),
          queue: (
            <ReviewQueue
              lang={lang}
              drafts={drafts}
              history={props.history}
              onHistory={props.onHistory}
              onReviewed={props.onReviewed}
              onDelete={props.onDelete}
              onClear={props.onClear}
              download={props.download}
              onOpenReport={props.onOpenReport}
              announce={announce}
              now={() => now ?? Date.now()}
            />
          ),
        }}
      />
      <p class="status-bar" role="status" aria-live="polite" data-whypost="status">
        {status}
      </p>
    </div>
  );
}
