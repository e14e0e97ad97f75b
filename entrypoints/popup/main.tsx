// The popup: reads the active tab's current draft from its content script, the
// brand library and the review queue from storage, and writes back what the
// user changes. The interface itself is components/popup.
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Popup } from '../../components/popup/Popup';
import '../../components/popup/popup.css';
import { readLibrary, setActiveBrand } from '../../utils/brands/deferred';
import type { BrandLibrary } from '../../utils/brands/types';
import { download } from '../../utils/download';
import { changeDrafts } from '../../utils/draft-store';
import {
  isCurrentPage,
  MESSAGE,
  type CurrentPage,
  type CurrentRequest,
  type OpenCardRequest,
} from '../../utils/messages';
import {
  DEFAULT_SETTINGS,
  drafts,
  migrateDrafts,
  readChecked,
  settings,
  sites,
  validDrafts,
  validSettings,
  type DraftRecord,
  type Settings,
} from '../../utils/storage';
import { forInterface } from '../../utils/brands/wording';
import { uiLang } from '../../utils/ui-strings';
import { requestAccess } from '../../utils/links/access';
import * as KEYS from '../../utils/storage-keys';

interface State {
  page: CurrentPage | null | 'loading';
  library: BrandLibrary;
  settings: Settings;
  drafts: DraftRecord[];
  chosen: string | undefined;
}

let state: State = {
  page: 'loading',
  library: { entries: [], active: 'default', notices: [] },
  settings: DEFAULT_SETTINGS,
  drafts: [],
  chosen: undefined,
};

// `?tab=ID` shows another tab's draft: for the popup opened as a page (tests, screenshots).
const forcedTab = Number(new URLSearchParams(location.search).get('tab') ?? Number.NaN);

async function activeTab(): Promise<number | undefined> {
  if (Number.isInteger(forcedTab)) return forcedTab;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

/** What the active tab's content script reports; null on any other site, or when it does not answer. */
async function readPage(): Promise<CurrentPage | null> {
  try {
    const id = await activeTab();
    if (id === undefined) return null;
    const answer: unknown = await browser.tabs.sendMessage(id, { type: MESSAGE.current } satisfies CurrentRequest);
    return isCurrentPage(answer) ? answer : null;
  } catch {
    return null;
  }
}

async function load(): Promise<void> {
  const [page, library, setting, list, site] = await Promise.all([
    readPage(),
    readLibrary(),
    readChecked(settings, KEYS.settings, DEFAULT_SETTINGS, validSettings),
    migrateDrafts().then(() => readChecked(drafts, KEYS.drafts, [], validDrafts)),
    sites.getValue().catch(() => null),
  ]);
  const notices = [...library.notices];
  if (setting.unreadable) notices.push({ code: 'unreadable-setting', key: KEYS.settings, raw: setting.raw });
  if (list.unreadable) notices.push({ code: 'unreadable-setting', key: KEYS.drafts, raw: list.raw });
  state = {
    page,
    library: { ...library, notices },
    settings: setting.value,
    drafts: list.value,
    chosen: page ? site?.chosen[page.host]?.brand : undefined,
  };
  draw();
}

function draw(): void {
  const { page, library } = state;
  const lang = state.settings.uiLang === 'auto' ? uiLang() : state.settings.uiLang;
  document.documentElement.lang = lang;
  const current = page && page !== 'loading' ? page : null;
  render(
    <Popup
      lang={lang}
      uiLang={state.settings.uiLang}
      onUiLang={(value) => void settings.setValue({ ...state.settings, uiLang: value })}
      page={page}
      library={forInterface(library, lang)}
      activeBrandId={current?.draft?.brandId ?? state.chosen ?? library.active}
      onBrand={(id) => {
        // A choice that could not be saved: show the brand that still applies.
        if (!current) return void setActiveBrand(id).catch(() => draw());
        void sites.getValue().then((s) =>
          sites.setValue({
            ...s,
            chosen: {
              ...s.chosen,
              [current.host]: { brand: id, ...(current.account ? { account: current.account } : {}) },
            },
          }),
        );
      }}
      onSiteEnabled={(enabled) => {
        if (!current) return;
        void sites.getValue().then((s) =>
          sites.setValue({
            ...s,
            disabled: enabled
              ? s.disabled.filter((h) => h !== current.host)
              : [...new Set([...s.disabled, current.host])],
          }),
        );
      }}
      onOpenCard={() => {
        void activeTab()
          .then((id) =>
            id === undefined
              ? undefined
              : browser.tabs.sendMessage(id, { type: MESSAGE.openCard } satisfies OpenCardRequest),
          )
          .catch(() => undefined)
          .then(() => {
            if (!Number.isInteger(forcedTab)) window.close();
          });
      }}
      onOpenOptions={() => void browser.runtime.openOptionsPage()}
      // The popup may close when the browser's prompt opens; the worker hears the grant and the page critiques again.
      onAllowLink={(url, scope) => void requestAccess(url, scope)}
      drafts={state.drafts}
      history={state.settings.history}
      onHistory={(history) => {
        void settings.setValue({ ...state.settings, history }).then(() => changeDrafts({ op: 'limits' }));
      }}
      onReviewed={(ids, reviewed) => void changeDrafts({ op: 'reviewed', ids: [...ids], reviewed })}
      onDelete={(ids) => void changeDrafts({ op: 'remove', ids: [...ids] })}
      onClear={() => void changeDrafts({ op: 'clear' })}
      download={download}
      onOpenReport={(brand) => {
        const query = brand ? `?brand=${encodeURIComponent(brand)}` : '';
        void browser.tabs.create({ url: browser.runtime.getURL(`/report.html${query}`) });
      }}
    />,
    document.getElementById('app')!,
  );
}

draw();
void load();
// Anything written here, in a page or in the options: show it. The draft in the page changes as it is typed.
browser.storage.onChanged.addListener(() => void load());
setInterval(() => {
  void readPage().then((page) => {
    if (JSON.stringify(page) === JSON.stringify(state.page)) return;
    state = { ...state, page };
    draw();
  });
}, 1000);
