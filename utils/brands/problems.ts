// Why a subscribed rule set could not be fetched, in the interface's language.
import { typeset, type UiLang } from '../ui-strings';
import type { FetchProblem } from './types';

const WORDS: Record<UiLang, { [C in FetchProblem['code']]: (p: Extract<FetchProblem, { code: C }>) => string }> = {
  fr: {
    'bad-address': () => 'ce n’est pas une adresse web',
    'not-https': () => 'l’adresse doit commencer par https://',
    unreachable: (p) => `${p.host || 'le serveur'} est injoignable (${p.detail})`,
    status: (p) => `${p.host} a répondu ${p.status}`,
    'too-large': () => 'le fichier dépasse 1 Mo',
    invalid: (p) =>
      `ce n’est pas une règle de marque valide (${p.line ? `ligne ${p.line} · ` : ''}${p.path} : ${p.message})`,
  },
  en: {
    'bad-address': () => 'not a web address',
    'not-https': () => 'the address must start with https://',
    unreachable: (p) => `could not reach ${p.host || 'the server'} (${p.detail})`,
    status: (p) => `${p.host} answered ${p.status}`,
    'too-large': () => 'the file is larger than 1 MB',
    invalid: (p) => `not a valid brand rule set (${p.line ? `line ${p.line} · ` : ''}${p.path}: ${p.message})`,
  },
};

export function problemText(problem: FetchProblem, lang: UiLang): string {
  const say = WORDS[lang][problem.code] as (p: FetchProblem) => string;
  return typeset(say(problem), lang);
}
