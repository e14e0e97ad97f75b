// Is a linked page a press release? A release is written for journalists and
// has a shape of its own in French and English: a label or an embargo line, a
// dateline opening the text, a wire's name, an « À propos de … » / "About …"
// block after the text, a press contact, an end mark. No cue decides alone; a
// journalist's article has a dateline too, and names its agency.
import type { PressCue, PressReleaseReading } from '../types';
import { fold } from '../text';

export interface PageText {
  url: string;
  title: string;
  /** Every text block of the page, in order, site chrome included. */
  lines: readonly string[];
  /** The article's blocks, when Readability found one. */
  paragraphs: readonly string[];
  /** Readability found an article. */
  article: boolean;
}

/** The weights a page's cues must add up to for it to be a release. */
export const PRESS_RELEASE_THRESHOLD = 4;

const WEIGHT: Record<PressCue['kind'], number> = {
  label: 3,
  'immediate-release': 3,
  wire: 3,
  dateline: 2,
  about: 2,
  'media-contact': 2,
  'end-mark': 2,
  'newsroom-url': 1,
  'news-agency': -3,
};

// Patterns read folded text: lower case, no accents, one kind of apostrophe.
const LABEL = /\b(?:communique de presse|communique officiel|press release|news release|media release|communique)\b/;
const PLURAL_LABEL = /\b(?:communiques|press releases|news releases)\b/;
const IMMEDIATE =
  /\b(?:for immediate release|pour (?:diffusion|publication) immediate|diffusion immediate|sous embargo|embargoed until|embargo (?:jusqu|until))/;
const WIRE =
  /(?:\/\s?(?:prnewswire|cnw|newswire|globe ?newswire|business ?wire|accesswire|einpresswire|marketwired|cision)\s?\/|\((?:business wire|globe newswire|marketwire|accesswire)\)|\b(?:prnewswire|globenewswire|businesswire|newswire\.ca|newswire\.com)\b)/;
const AGENCY =
  /\((?:reuters|ap|afp|bloomberg|cp|la presse canadienne|presse canadienne|the canadian press|associated press|dow jones)\)|^(?:par |by )?(?:reuters|agence france-presse)\b/;
const MONTHS =
  'jan(?:v(?:ier)?|uary)?|f[eé]v(?:r(?:ier)?)?|feb(?:ruary)?|mars?|march|avr(?:il)?|apr(?:il)?|mai|may|juin|june?|juil(?:let)?|july?|ao[uû]t|aug(?:ust)?|sept?(?:embre|ember)?|oct(?:obre|ober)?|nov(?:embre|ember)?|d[eé]c(?:embre)?|dec(?:ember)?';
// "PLACE, [le] 4 mars 2026 –", "PLACE, March 3, 2026 /PRNewswire/ --", "PLACE (Province), 2026-03-04 –"
const DATELINE = new RegExp(
  `^[\\p{Lu}][\\p{L} .'’-]{1,40}(?:\\s?\\([^)]{2,30}\\))?(?:,\\s?[\\p{Lu}][\\p{L}.' -]{1,25})?\\s?,\\s+(?:(?:le|the)\\s+)?(?:(?:lundi|mardi|mercredi|jeudi|vendredi|monday|tuesday|wednesday|thursday|friday)\\s+)?` +
    `(?:\\d{1,2}(?:er)?\\s+(?:${MONTHS})\\.?\\s+\\d{4}|(?:${MONTHS})\\.?\\s+\\d{1,2},?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2})\\s*(?:[-–—:]|\\/)`,
  'iu',
);
const ABOUT = /^(?:a propos d(?:e |'|u |es )|about (?!us\b|me\b|this\b|the author\b)|qui sommes-nous)/;
const CONTACT =
  /^(?:contacts? (?:presse|medias?|media)|relations? (?:presse|medias|avec les medias)|media (?:contacts?|inquiries|relations)|press (?:contacts?|inquiries|office)|investor (?:contacts?|relations contact)|renseignements\s?:|pour (?:plus d'information|information|tout renseignement)s?\s?:|source\s?:|for (?:more information|further information|media inquiries)\b)/;
const END_MARK = /^(?:#{3}|-\s?30\s?-)$/;
const NEWSROOM_PATH =
  /\/(?:press|presse|newsroom|news-?releases?|press-?releases?|communiques?(?:-de-presse)?|salle-de-presse|espace-presse|pressroom|media-?cent(?:er|re)|investors?|relations-investisseurs)(?:\/|$|-)/i;

const HEAD = new Set<PressCue['kind']>(['label', 'immediate-release', 'wire', 'dateline']);

const clip = (text: string) => (text.length > 120 ? `${text.slice(0, 117)}…` : text);

/** Reads a page's text for the cues of a press release. */
export function detectPressRelease(page: PageText): PressReleaseReading {
  const cues: PressCue[] = [];
  const add = (kind: PressCue['kind'], text: string) => {
    if (!cues.some((c) => c.kind === kind)) cues.push({ kind, text: clip(text.trim()) });
  };
  const lines = page.lines.map((l) => l.trim()).filter(Boolean);
  const folded = lines.map((l) => fold(l));
  const body = page.article && page.paragraphs.length > 0 ? page.paragraphs : lines;
  const title = fold(page.title);

  // A label counts in the title, in a short line of its own, or at the very start of the text;
  // "our latest press release" in the middle of a blog post does not.
  const opening = fold(body.slice(0, 3).join(' ')).slice(0, 200);
  const labelled = (text: string) => LABEL.test(text) && !PLURAL_LABEL.test(text);
  // In the title, the label is a part of its own ("Communiqué – …", "… | Press release"), not
  // a phrase of a headline ("How to write a press release").
  const titleParts = title.split(/\s+[|–—·:•-]\s+|\s*:\s+/);
  if (
    title.length < 200 &&
    titleParts.some((part) => labelled(part) && /^\W*(?:communique|press|news|media)/.test(part))
  )
    add('label', page.title);
  else {
    const line = folded.findIndex(
      (l, i) =>
        l.length <= 60 && labelled(l) && /^\W*(?:communique|press|news|media)/.test(l) && i < lines.length * 0.6,
    );
    if (line >= 0) add('label', lines[line]!);
    else if (/^\W*(?:communique de presse|press release|news release)\b/.test(opening)) add('label', body[0]!);
  }

  // The embargo line heads a release: before its third paragraph, not in a template further down.
  const third = page.paragraphs[2];
  const head = third
    ? Math.max(lines.indexOf(third), 0) || Math.ceil(lines.length * 0.4)
    : Math.ceil(lines.length * 0.4);
  const immediate = folded.findIndex((l, i) => i <= head && IMMEDIATE.test(l));
  if (immediate >= 0) add('immediate-release', lines[immediate]!);
  const wire = folded.findIndex((l) => WIRE.test(l));
  if (wire >= 0) add('wire', lines[wire]!);

  // The dateline opens one of the article's first paragraphs.
  for (const paragraph of body.slice(0, 4)) {
    const text = paragraph.trim();
    if (AGENCY.test(fold(text.slice(0, 80)))) {
      add('news-agency', text.slice(0, 60));
      break;
    }
    if (DATELINE.test(text)) {
      add('dateline', text.slice(0, 60));
      break;
    }
  }
  // An agency byline anywhere near the top also marks journalism.
  if (!cues.some((c) => c.kind === 'news-agency')) {
    const agency = folded.slice(0, 60).findIndex((l) => l.length < 200 && AGENCY.test(l));
    if (agency >= 0) add('news-agency', lines[agency]!);
  }

  // Boilerplate comes after the text: an "About" heading in the first third is an About page.
  const from = Math.floor(lines.length * 0.3);
  const about = folded.findIndex((l, i) => i >= from && l.length <= 90 && ABOUT.test(l));
  if (about >= 0) add('about', lines[about]!);
  const contact = folded.findIndex((l, i) => i >= from && l.length <= 160 && CONTACT.test(l));
  if (contact >= 0) add('media-contact', lines[contact]!);
  const end = folded.findIndex((l) => END_MARK.test(l));
  if (end >= 0) add('end-mark', lines[end]!);

  let path: string;
  try {
    path = new URL(page.url).pathname;
  } catch {
    path = '';
  }
  if (NEWSROOM_PATH.test(path)) add('newsroom-url', path);

  const score = cues.reduce((sum, c) => sum + WEIGHT[c.kind], 0);
  // A list of releases, a form or an error page is not a release, whatever its words; and a
  // release opens like one (a label, an embargo line, a wire, a dateline): an About block and a
  // press contact alone make a media kit or a newsroom page.
  const opens = cues.some((c) => HEAD.has(c.kind));
  const pressRelease = page.article && opens && score >= PRESS_RELEASE_THRESHOLD;
  return { pressRelease, score, cues: cues.filter((c) => WEIGHT[c.kind] > 0 || !pressRelease) };
}
