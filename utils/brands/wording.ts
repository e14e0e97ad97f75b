// The brand library in the interface's language: presets' names, why a
// subscribed rule set could not be fetched, and the rule set errors (which the
// schema writes in English).
import { brandErrorMessage } from '../../analyzers/brand/messages';
import type { PresetId } from '../../analyzers/brand/presets';
import { typeset, type UiLang } from '../ui-strings';
import type { BrandLibrary, FetchProblem, SaveResult } from './types';

const WORDS: Record<UiLang, { [C in FetchProblem['code']]: (p: Extract<FetchProblem, { code: C }>) => string }> = {
  fr: {
    'bad-address': () => 'ce n’est pas une adresse web',
    'not-https': () => 'l’adresse doit commencer par https://',
    unreachable: (p) => `${p.host || 'le serveur'} est injoignable (${p.detail})`,
    status: (p) => `${p.host} a répondu ${p.status}`,
    'too-large': () => 'le fichier dépasse 1 Mo',
    invalid: (p) =>
      `ce n’est pas une règle de marque valide (${p.line ? `ligne ${p.line} · ` : ''}${p.path} : ${brandErrorMessage(p.message, 'fr')})`,
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

/** The built-in presets' names as the interface says them (a preset's own `name` is data, in English). */
const PRESET_NAMES: Record<UiLang, Record<PresetId, string>> = {
  fr: {
    default: 'Par défaut',
    'b2c-shop': 'Boutique (B2C)',
    b2b: 'Entreprise (B2B)',
    'public-institution': 'Institution publique',
    'strict-agency': 'Agence exigeante',
  },
  en: {
    default: 'Default',
    'b2c-shop': 'B2C shop',
    b2b: 'B2B',
    'public-institution': 'Public institution',
    'strict-agency': 'Strict agency',
  },
};

/** A brand's name in the interface: a preset nobody edited is named in the user's language. */
export function brandLabel(entry: { id: string; name: string; source: string }, lang: UiLang): string {
  return entry.source === 'preset' ? (PRESET_NAMES[lang][entry.id as PresetId] ?? entry.name) : entry.name;
}

/** A rule set error in the interface's language, with its typography. */
const say = (message: string, lang: UiLang) => typeset(brandErrorMessage(message, lang), lang);

/**
 * The library as the popup and the options page show it: presets named, and
 * the errors of unreadable brands worded, in the interface's language.
 */
export function forInterface(library: BrandLibrary, lang: UiLang): BrandLibrary {
  return {
    ...library,
    entries: library.entries.map((e) => ({
      ...e,
      name: brandLabel(e, lang),
      ...(e.unreadable
        ? {
            unreadable: {
              ...e.unreadable,
              errors: e.unreadable.errors.map((x) => ({ ...x, message: say(x.message, lang) })),
            },
          }
        : {}),
    })),
  };
}

/** A save or import result with its errors in the interface's language. */
export function worded<R extends SaveResult>(result: R, lang: UiLang): R {
  if (result.ok || !('errors' in result)) return result;
  return { ...result, errors: result.errors.map((e) => ({ ...e, message: say(e.message, lang) })) };
}
