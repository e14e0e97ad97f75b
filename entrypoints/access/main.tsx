// The page the critique card opens when a draft links to a site Whypost may
// not read yet: content scripts cannot ask for permissions, extension pages can.
import { render } from 'preact';
import { useState } from 'preact/hooks';
import '../../components/popup/popup.css';
import { requestAccess } from '../../utils/links/access';
import { settings } from '../../utils/storage';
import { ACCESS, CARD } from '../../analyzers/messages';
import { typeset, uiLang, type UiLang } from '../../utils/ui-strings';

const target = new URLSearchParams(location.search).get('url') ?? '';
let host = '';
try {
  host = new URL(target).hostname;
} catch {
  host = '';
}

function Access({ lang }: { lang: UiLang }) {
  const t = { ...CARD[lang], ...ACCESS[lang] };
  const say = (s: string) => typeset(s, lang);
  const [answer, setAnswer] = useState<boolean | null>(null);
  const ask = (scope: 'site' | 'all') =>
    void requestAccess(target, scope).then((granted) => {
      setAnswer(granted);
      if (granted) setTimeout(() => window.close(), 1500);
    });
  return (
    <main class="access" data-whypost="access">
      <h1>{say(t.accessTitle)}</h1>
      <p>{say(t.accessIntro(host || target))}</p>
      <p class="hint">{say(t.accessPrivacy)}</p>
      {answer === null ? (
        <div class="actions">
          {host && (
            <button type="button" class="button primary" data-whypost="allow-site" onClick={() => ask('site')}>
              {t.allowSite(host)}
            </button>
          )}
          <button type="button" class="button" data-whypost="allow-all" onClick={() => ask('all')}>
            {t.allowAll}
          </button>
          <button type="button" class="button" data-whypost="not-now" onClick={() => window.close()}>
            {t.notNow}
          </button>
        </div>
      ) : (
        <p role="status" data-whypost="access-answer" data-granted={String(answer)}>
          {say(answer ? t.accessGranted : t.accessRefused)}
        </p>
      )}
    </main>
  );
}

void settings
  .getValue()
  .catch(() => null)
  .then((s) => {
    const lang = !s || s.uiLang === 'auto' ? uiLang() : s.uiLang;
    document.documentElement.lang = lang;
    document.title = ACCESS[lang].accessTitle;
    render(<Access lang={lang} />, document.getElementById('app')!);
  });
