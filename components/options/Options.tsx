import { useState } from 'preact/hooks';
import type { BrandInput, PresetId } from '../../analyzers/brand';
import type { BrandEntry, BrandLibrary, SaveResult } from '../../utils/brands/types';
import type { UiLang } from '../../utils/ui-strings';
import { BrandList } from './BrandList';
import { BrandPanel } from './BrandPanel';
import { CreateBrand } from './CreateBrand';
import { exportFilename } from './form';
import { ImportBrand, type ImportMode } from './ImportBrand';
import { Notices } from './Notices';
import { optionsStrings } from './strings';
import { SubscribeBrand, type SubscribeResult } from './SubscribeBrand';
import { SiteAccess } from './SiteAccess';
import './options.css';

export type UiLangSetting = 'auto' | 'fr' | 'en';

export interface OptionsProps {
  lang: UiLang;
  uiLang: UiLangSetting;
  /** The language switch in the header. */
  onUiLang(value: UiLangSetting): void;
  library: BrandLibrary;
  onCreate(name: string, preset: PresetId): Promise<SaveResult>;
  onRename(id: string, name: string): Promise<SaveResult>;
  onDuplicate(id: string): Promise<SaveResult>;
  /** Called only after the user confirmed in the page. */
  onDelete(id: string): Promise<void>;
  onSave(id: string, input: BrandInput): Promise<SaveResult>;
  /** "Use by default". */
  onSetActive(id: string): Promise<void>;
  onImport(text: string, mode?: ImportMode): Promise<SaveResult>;
  /** The JSON file text for a brand. */
  exportText(id: string): string;
  /** Called within the submit event (the browser grants host access only during the user's gesture). */
  onSubscribe(url: string): Promise<SubscribeResult>;
  onRefresh(id: string): Promise<void>;
  onUnsubscribe(id: string): Promise<void>;
  download(filename: string, mime: string, content: string): void;
  /** The sites the user let Whypost read (linked pages, subscriptions), and taking one back. */
  sites?: readonly string[];
  onRemoveSite?(origin: string): void;
  /** Opens the coaching report (issue 13) in a tab. */
  onOpenReport?(): void;
  /** The current time, for relative dates (tests). */
  now?: number;
}

const UI_LANGS: UiLangSetting[] = ['auto', 'fr', 'en'];

/** The options page: the brand library, one brand's rule set, and ways to add brands. */
export function Options(props: OptionsProps) {
  const { lang, library } = props;
  const t = optionsStrings(lang);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [picked, setPicked] = useState(false);
  const [status, setStatus] = useState('');
  const [problem, setProblem] = useState('');

  // A brand that is gone (deleted, unsubscribed) gives way to the default one.
  const entry =
    library.entries.find((e) => e.id === selectedId) ??
    library.entries.find((e) => e.id === library.active) ??
    library.entries[0];

  const announce = (text: string) => {
    setProblem('');
    setStatus(text);
  };
  const select = (id: string | null) => {
    setSelectedId(id);
    setPicked(true);
  };

  async function setActive(target: BrandEntry) {
    try {
      await props.onSetActive(target.id);
      announce(t.nowDefault(target.name));
    } catch (error) {
      setProblem(t.failed(error instanceof Error ? error.message : String(error)));
    }
  }

  function exportBrand(target: BrandEntry) {
    const file = exportFilename(target.id);
    try {
      props.download(file, 'application/json', props.exportText(target.id));
      announce(t.exported(file));
    } catch (error) {
      setProblem(t.failed(error instanceof Error ? error.message : String(error)));
    }
  }

  return (
    <div class="whypost-options" data-whypost="options" lang={lang}>
      <header class="page-header">
        <h1>{t.title}</h1>
        {props.onOpenReport && (
          <button type="button" data-whypost="open-report" onClick={props.onOpenReport}>
            {t.openReport}
          </button>
        )}
        <div class="field inline">
          <label for="whypost-ui-lang">{t.interfaceLanguage}</label>
          <select
            id="whypost-ui-lang"
            value={props.uiLang}
            data-whypost="ui-lang"
            onChange={(e) => props.onUiLang(e.currentTarget.value as UiLangSetting)}
          >
            {UI_LANGS.map((value) => (
              <option key={value} value={value} lang={value === 'auto' ? undefined : value}>
                {value === 'auto' ? t.languageAuto : t.languageNames[value]}
              </option>
            ))}
          </select>
        </div>
      </header>
      <main>
        <p class="intro">{t.intro}</p>
        <p role="status" class="status page-status" data-whypost="status">
          {status}
        </p>
        {problem && (
          <p role="alert" class="problem">
            {problem}
          </p>
        )}
        <Notices library={library} lang={lang} download={props.download} />
        <div class="layout">
          <div class="side">
            <BrandList
              library={library}
              lang={lang}
              selected={entry?.id ?? ''}
              onSelect={(id) => select(id)}
              onSetActive={(target) => void setActive(target)}
              onExport={exportBrand}
            />
            <section class="add" aria-labelledby="whypost-add-title">
              <h2 id="whypost-add-title">{t.addTitle}</h2>
              <CreateBrand lang={lang} onCreate={props.onCreate} onCreated={(id) => select(id)} />
              <ImportBrand lang={lang} onImport={props.onImport} onImported={(id) => select(id)} />
              <SubscribeBrand lang={lang} onSubscribe={props.onSubscribe} onSubscribed={(id) => select(id)} />
            </section>
            {props.onRemoveSite && <SiteAccess lang={lang} sites={props.sites ?? []} onRemove={props.onRemoveSite} />}
          </div>
          {entry && (
            <BrandPanel
              key={entry.id}
              entry={entry}
              lang={lang}
              now={props.now ?? Date.now()}
              focusOnOpen={picked}
              onSave={props.onSave}
              onRename={props.onRename}
              onDuplicate={props.onDuplicate}
              onDelete={props.onDelete}
              onRefresh={props.onRefresh}
              onUnsubscribe={props.onUnsubscribe}
              download={props.download}
              select={(id) => select(id)}
              announce={announce}
              gone={() => select(null)}
            />
          )}
        </div>
      </main>
    </div>
  );
}
