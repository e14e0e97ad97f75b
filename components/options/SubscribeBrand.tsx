import { problemText } from '../../utils/brands/wording';
import type { FetchProblem } from '../../utils/brands/types';
import { useId, useRef, useState } from 'preact/hooks';
import type { BrandError } from '../../analyzers/brand';
import type { SaveResult } from '../../utils/brands/types';
import type { UiLang } from '../../utils/ui-strings';
import { ErrorList } from './ErrorList';
import { checkSubscriptionUrl } from './form';
import { optionsStrings } from './strings';

export type SubscribeResult = SaveResult | { ok: false; error: FetchProblem };

export interface SubscribeBrandProps {
  lang: UiLang;
  onSubscribe(url: string): Promise<SubscribeResult>;
  /** After the subscription is saved, with the brand's id. */
  onSubscribed(id: string): void;
}

type State =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'done'; message: string }
  | { kind: 'invalid'; message: string }
  | { kind: 'failed'; message: string }
  | { kind: 'errors'; errors: BrandError[] };

/** A rule set published at an https:// address, downloaded and kept up to date by Whypost. */
export function SubscribeBrand({ lang, onSubscribe, onSubscribed }: SubscribeBrandProps) {
  const t = optionsStrings(lang);
  const uid = useId();
  const input = useRef<HTMLInputElement>(null);
  const [url, setUrl] = useState('');
  const [state, setState] = useState<State>({ kind: 'idle' });

  function submit(event: Event) {
    event.preventDefault();
    if (state.kind === 'busy') return;
    const check = checkSubscriptionUrl(url);
    if (check !== 'ok') {
      setState({ kind: 'invalid', message: check === 'not-https' ? t.httpsOnly : t.notAnAddress });
      input.current?.focus();
      return;
    }
    // Called before anything is awaited: the browser grants access to the
    // address's host only during the user's gesture.
    const pending = onSubscribe(url.trim());
    setState({ kind: 'busy' });
    pending.then(
      (result) => {
        if (result.ok) {
          setUrl('');
          setState({ kind: 'done', message: t.subscribed });
          onSubscribed(result.id);
        } else if ('error' in result)
          setState({ kind: 'failed', message: t.subscribeFailed(problemText(result.error, lang)) });
        else if ('errors' in result) setState({ kind: 'errors', errors: result.errors });
        else setState({ kind: 'failed', message: t.nameTaken(result.conflict.name) });
      },
      (error: unknown) =>
        setState({
          kind: 'failed',
          message: t.subscribeFailed(error instanceof Error ? error.message : String(error)),
        }),
    );
  }

  const invalid = state.kind === 'invalid';
  return (
    <form class="add-form" aria-labelledby={`${uid}-title`} noValidate onSubmit={submit}>
      <h3 id={`${uid}-title`}>{t.subscribeTitle}</h3>
      <p class="hint" id={`${uid}-help`}>
        {t.subscribeHelp}
      </p>
      <div class="field">
        <label for={`${uid}-url`}>{t.subscribeUrl}</label>
        <input
          id={`${uid}-url`}
          ref={input}
          type="url"
          inputMode="url"
          placeholder="https://"
          spellcheck={false}
          value={url}
          data-whypost="subscribe-url"
          onInput={(e) => setUrl(e.currentTarget.value)}
          aria-invalid={invalid ? 'true' : undefined}
          aria-describedby={invalid ? `${uid}-help ${uid}-problem` : `${uid}-help`}
        />
      </div>
      <button
        type="submit"
        class="primary"
        data-whypost="subscribe"
        aria-disabled={state.kind === 'busy' ? 'true' : undefined}
      >
        {t.subscribe}
      </button>
      <p role="status" class="status" data-whypost="subscribe-status">
        {state.kind === 'busy' ? t.subscribing : state.kind === 'done' ? state.message : ''}
      </p>
      {(state.kind === 'invalid' || state.kind === 'failed') && (
        <p class="problem" role="alert" id={`${uid}-problem`} data-whypost="subscribe-error">
          {state.message}
        </p>
      )}
      {state.kind === 'errors' && (
        <ErrorList errors={state.errors} intro={t.subscribeErrors} t={t} hook="subscribe-errors" />
      )}
    </form>
  );
}
