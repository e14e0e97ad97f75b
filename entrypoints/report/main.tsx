// The coaching report (issue 13), opened in a tab from the popup's review queue
// and from the options page: reads the drafts' summaries and the settings, and
// draws the figures. The interface itself is components/report; the figures are
// utils/report. uPlot is loaded here only, never by the popup.
// The page reads the index of drafts (utils/draft-store.ts), never the full records, and does not import
// utils/storage.ts, whose items would read them to check their versions (docs/decisions/013).
import { render } from 'preact';
import { browser } from 'wxt/browser';
import 'uplot/dist/uPlot.min.css';
import { Report } from '../../components/report/Report';
import { reportStrings } from '../../components/report/strings';
import '../../components/report/report.css';
import { download } from '../../utils/download';
import { readSummaries } from '../../utils/draft-store';
import { readItem, updateItem } from '../../utils/page-storage';
import type { DraftSummary } from '../../utils/records';
import { reportFormFromQuery } from '../../utils/report';
import { DEFAULT_SETTINGS, DRAFT_INDEX, SETTINGS, type Settings } from '../../utils/storage-keys';
import { uiLang } from '../../utils/ui-strings';

let state: { loaded: boolean; settings: Settings; drafts: DraftSummary[] } = {
  loaded: false,
  settings: DEFAULT_SETTINGS,
  drafts: [],
};
const initialForm = reportFormFromQuery(location.search);
let firstFigures = true;

async function load(): Promise<void> {
  const [setting, list] = await Promise.all([
    readItem(SETTINGS).catch(() => DEFAULT_SETTINGS),
    readSummaries().catch(() => []),
  ]);
  // The benchmark tells reading storage from computing and drawing.
  if (firstFigures) performance.mark('whypost-report-read');
  const known = ['auto', 'fr', 'en'].includes(setting.uiLang) && typeof setting.history === 'object';
  state = { loaded: true, settings: known ? setting : DEFAULT_SETTINGS, drafts: list };
  draw();
}

function draw(): void {
  const lang = state.settings.uiLang === 'auto' ? uiLang() : state.settings.uiLang;
  document.documentElement.lang = lang;
  document.title = `Whypost · ${reportStrings(lang).title}`;
  render(
    <Report
      lang={lang}
      uiLang={state.settings.uiLang}
      onUiLang={(value) => void updateItem(SETTINGS, (s) => ({ ...s, uiLang: value }))}
      loaded={state.loaded}
      drafts={state.drafts}
      historyEnabled={state.settings.history.enabled}
      initialForm={initialForm}
      now={Date.now()}
      download={download}
      print={() => window.print()}
    />,
    document.getElementById('app')!,
  );
  // Preact renders synchronously: the figures are on the page now. The benchmark reads this mark.
  if (state.loaded && firstFigures) {
    firstFigures = false;
    performance.mark('whypost-report-figures');
  }
}

draw();
void load();
// A draft recorded in another tab, a language chosen in the popup: show it. The review queue's marks
// (written to the full records only) and the linked pages change nothing here.
browser.storage.onChanged.addListener((changes, area) => {
  if (area === 'local' && (DRAFT_INDEX.key in changes || SETTINGS.key in changes)) void load();
});
