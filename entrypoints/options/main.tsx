// The options page: the brand library (create, edit, import, export, subscribe)
// and the interface language. The interface itself is components/options.
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Options } from '../../components/options/Options';
import {
  createBrand,
  deleteBrand,
  duplicateBrand,
  exportBrand,
  importBrand,
  loadLibrary,
  refreshSubscriptions,
  renameBrand,
  saveBrand,
  setActiveBrand,
  subscribe,
  unsubscribe,
} from '../../utils/brands/library';
import type { BrandLibrary } from '../../utils/brands/types';
import { download } from '../../utils/download';
import { DEFAULT_SETTINGS, readChecked, settings, validSettings, type Settings } from '../../utils/storage';
import { forInterface, worded } from '../../utils/brands/wording';
import { uiLang } from '../../utils/ui-strings';
import { grantedSites, revokeSite } from '../../utils/links/access';
import * as KEYS from '../../utils/storage-keys';

let library: BrandLibrary = { entries: [], active: 'default', notices: [] };
let current: Settings = DEFAULT_SETTINGS;
let granted: string[] = [];

async function load(): Promise<void> {
  const [lib, setting] = await Promise.all([
    loadLibrary(),
    readChecked(settings, KEYS.settings, DEFAULT_SETTINGS, validSettings),
  ]);
  library = setting.unreadable
    ? { ...lib, notices: [...lib.notices, { code: 'unreadable-setting', key: KEYS.settings, raw: setting.raw }] }
    : lib;
  current = setting.value;
  granted = await grantedSites();
  draw();
}

/** Asks for access to the rule set's address (Chromium shows a prompt); a refusal still lets a CORS-enabled server answer. */
function requestAccess(url: string): Promise<boolean> {
  try {
    const origin = `${new URL(url).origin}/*`;
    return browser.permissions.request({ origins: [origin] }).catch(() => false);
  } catch {
    return Promise.resolve(false);
  }
}

function draw(): void {
  const lang = current.uiLang === 'auto' ? uiLang() : current.uiLang;
  document.documentElement.lang = lang;
  render(
    <Options
      lang={lang}
      uiLang={current.uiLang}
      onUiLang={(value) => void settings.setValue({ ...current, uiLang: value })}
      library={forInterface(library, lang)}
      onCreate={(name, preset) => createBrand(name, preset).then((r) => worded(r, lang))}
      onRename={(id, name) => renameBrand(id, name).then((r) => worded(r, lang))}
      onDuplicate={(id) => duplicateBrand(id).then((r) => worded(r, lang))}
      onDelete={(id) => deleteBrand(id)}
      onSave={(id, input) => saveBrand(id, input).then((r) => worded(r, lang))}
      onSetActive={(id) => setActiveBrand(id)}
      onImport={(text, mode) => importBrand(text, mode).then((r) => worded(r, lang))}
      exportText={(id) => {
        const entry = library.entries.find((e) => e.id === id);
        return entry ? exportBrand(entry) : '';
      }}
      onSubscribe={(url) => {
        // Asked in the click's own task: the browser only shows its prompt during a user gesture.
        // The download does not wait for the answer: a server that allows any origin (CORS) needs
        // no access. Only when the server cannot be read is the answer awaited, then tried again.
        const access = requestAccess(url);
        return subscribe(url).then(async (result) => {
          if (result.ok || !('error' in result) || result.error.code !== 'unreachable') return result;
          return (await access) ? subscribe(url) : result;
        });
      }}
      onRefresh={(id) => refreshSubscriptions(id)}
      onUnsubscribe={(id) => unsubscribe(id)}
      download={download}
      sites={granted}
      onRemoveSite={(origin) => void revokeSite(origin).then(() => load())}
      onOpenReport={() => void browser.tabs.create({ url: browser.runtime.getURL('/report.html') })}
    />,
    document.getElementById('app')!,
  );
}

draw();
void load();
browser.storage.onChanged.addListener(() => void load());
// Access given from the card or the popup, or taken back in the browser's own settings.
try {
  browser.permissions.onAdded.addListener(() => void load());
  browser.permissions.onRemoved.addListener(() => void load());
} catch {
  // No permission events (a test double): the list is read again with every other change.
}
