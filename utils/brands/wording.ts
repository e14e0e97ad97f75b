// The brand library in the interface's language: presets' names, why a
// subscribed rule set could not be fetched (the catalogs' `library` words), and
// the rule set errors (which the schema writes in English).
import { brandErrorMessage } from '../../analyzers/brand/messages';
import { LIBRARY } from '../../analyzers/messages';
import type { PresetId } from '../../analyzers/brand/presets';
import { typeset, type UiLang } from '../ui-strings';
import type { BrandLibrary, FetchProblem, SaveResult } from './types';

export function problemText(problem: FetchProblem, lang: UiLang): string {
  const t = LIBRARY[lang].problems;
  const said = (() => {
    switch (problem.code) {
      case 'unreachable':
        return t.unreachable(problem.host, problem.detail);
      case 'status':
        return t.status(problem.host, problem.status);
      case 'invalid':
        return t.invalid(problem.path, brandErrorMessage(problem.message, lang), problem.line);
      default:
        return t[problem.code];
    }
  })();
  return typeset(said, lang);
}

/** A brand's name in the interface: a preset nobody edited is named in the user's language. */
export function brandLabel(entry: { id: string; name: string; source: string }, lang: UiLang): string {
  return entry.source === 'preset' ? (LIBRARY[lang].presets[entry.id as PresetId] ?? entry.name) : entry.name;
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
