// A linked page in words, for the command-line report, the critique card and
// the popup alike.
import type { BrandLocale, Lang, SourceReport } from '../types';
import { LINKS } from '../messages';
import { localize } from '../messages/typography';
import { DUMP_SHARE_WITH_HEADLINE } from './limits';

export interface SourceWords {
  /** The page's title, else its address. */
  name: string;
  /** Read (and what it is), not allowed, being read, or failed (and why). */
  status: string;
  /** What the page has to do with the draft, one fact per line. */
  details: string[];
}

/** The linked pages of a critique in words: the heading of their section, and each page. */
export interface SourcesWords {
  heading: string;
  items: SourceWords[];
}

export function describeSources(sources: readonly SourceReport[], lang: Lang): SourcesWords {
  return { heading: LINKS[lang].heading, items: sources.map((source) => describeSource(source, lang)) };
}

export function describeSource(source: SourceReport, lang: Lang, variant: BrandLocale | Lang = lang): SourceWords {
  const words = LINKS[lang];
  const say = (template: string, data: Record<string, string | number> = {}) =>
    localize(template, variant).replace(/\{([a-z]+)\}/g, (whole, key: string) => String(data[key] ?? whole));
  const name = source.title?.trim() || source.url;
  if (source.state !== 'checked') {
    const problem = source.problem;
    const why =
      problem?.kind === 'http'
        ? say(words.problems.http, { status: problem.status })
        : problem?.kind === 'not-html'
          ? say(words.problems['not-html'], { type: problem.contentType })
          : problem
            ? say(words.problems[problem.kind])
            : '';
    const details = source.utmMissing?.length ? [say(words.utm, { params: source.utmMissing.join(', ') })] : [];
    return {
      name,
      status: say(words.states[source.state]) + (why ? (lang === 'fr' ? localize(' : ', variant) : ': ') + why : ''),
      details,
    };
  }
  const details: string[] = [];
  const share = Math.round((source.copiedShare ?? 0) * 100);
  details.push(share > 0 ? say(words.copied, { share }) : say(words.notCopied));
  if (source.headline) details.push(say(words.headline));
  if (source.dump) details.push(say(words.dump));
  else if (source.angle && source.pressRelease && (source.copiedShare ?? 0) >= DUMP_SHARE_WITH_HEADLINE)
    details.push(say(words.angle));
  if (source.pressRelease && source.cues?.length)
    details.push(source.cues.map((c) => say(words.cues[c.kind])).join(' · '));
  if (source.finalUrl) details.push(say(words.redirected, { url: source.finalUrl }));
  if (source.utmMissing?.length) details.push(say(words.utm, { params: source.utmMissing.join(', ') }));
  if (source.truncated) details.push(say(words.truncated));
  return { name, status: say(source.pressRelease ? words.pressRelease : words.notPressRelease), details };
}
