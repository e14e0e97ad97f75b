// The coaching report (issue 13), opened in a tab from the popup's review queue
// and from the options page: reads the recorded drafts and the settings, and
// draws the figures. The interface itself is components/report; the figures are
// utils/report. uPlot is loaded here only, never by the popup.
import { render } from 'preact';
import { browser } from 'wxt/browser';
import 'uplot/dist/uPlot.min.css';
import { Report } from '../../components/report/Report';
import { reportStrings } from '../../components/report/strings';
import '../../components/report/report.css';
import { download } from '../../utils/download';
import { reportFormFromQuery } from '../../utils/report';
import {
  DEFAULT_SETTINGS,
  drafts,
  readChecked,
  settings,
  validDrafts,
  validSettings,
  type DraftRecord,
  type Settings,
} from '../../utils/storage';
import { uiLang } from '../../utils/ui-strings';

let state: { loaded: boolean; settings: Settings; drafts: DraftRecord[] } = {
  loaded: false,
  settings: DEFAULT_SETTINGS,
  drafts: [],
};
const initialForm = reportFormFromQuery(location.search);
let firstFigures = true;

async function load(): Promise<void> {
  const [setting, list] = await Promise.all([
    readChecked(settings, 'settings', DEFAULT_SETTINGS, validSettings),
    readChecked(drafts, 'drafts', [], validDrafts),
  ]);
  // The benchmark tells reading storage (7 MB for 10,000 drafts) from computing and drawing.
  if (firstFigures) performance.mark('whypost-report-read');
  state = { loaded: true, settings: setting.value, drafts: list.value };
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
      onUiLang={(value) => void settings.setValue({ ...state.settings, uiLang: value })}
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
// A draft recorded in another tab, a language chosen in the popup: show it.
browser.storage.onChanged.addListener(() => void load());
