// The business brief: for each element a post needs, whether the draft has it
// and which words show it. Questions and examples are added by the catalogs.
import type { Element, Evidence, Status } from './types';
import type { Draft } from './draft';
import type { Objective } from './brand/schema';
import { compile, literal, spans } from './text';

export interface BriefItemCore {
  status: Status;
  evidence: Evidence[];
  /** Why a weak status is weak, as a message id of the element's catalog entry. */
  note?: string;
}
export type BriefCore = Record<Element, BriefItemCore> & { objectives: Objective[] };

const item = (status: Status, evidence: Evidence[] = [], note?: string): BriefItemCore =>
  note ? { status, evidence, note } : { status, evidence };

function termSpans(draft: Draft, terms: readonly string[], kind: string): Evidence[] {
  const usable = terms.map(literal).filter(Boolean);
  if (usable.length === 0) return [];
  return spans(compile(usable), draft.folded).map((s) => ({ kind, ...s, text: draft.text.slice(s.start, s.end) }));
}

/** Evidence of the brand's own words: its name, products and required terms. */
export function brandMentions(draft: Draft): Evidence[] {
  const { brand } = draft;
  return [
    ...termSpans(draft, [brand.name, ...brand.products], 'brand'),
    ...draft.signals.mention.filter((m) =>
      brand.accounts.some((a) => a.handle.replace(/^@/, '').toLowerCase() === m.text.replace(/^@/, '').toLowerCase()),
    ),
  ];
}

/** The brand's banned terms found in the draft, with the reason given for each. */
export function bannedTerms(draft: Draft): (Evidence & { reason: string })[] {
  return draft.brand.bannedTerms
    .flatMap((entry) => {
      const { term, reason = '' } = typeof entry === 'string' ? { term: entry } : entry;
      return termSpans(draft, [term], 'banned').map((e) => ({ ...e, reason }));
    })
    .sort((a, b) => a.start - b.start);
}

/** Calls to action the brand prefers, found in the draft. */
export function brandCallsToAction(draft: Draft): Evidence[] {
  return termSpans(draft, draft.brand.callsToAction, 'cta');
}

export function assessBrief(draft: Draft): BriefCore {
  const { signals: s, genre, brand } = draft;
  const { facts } = genre;
  const ev = (...ids: (keyof typeof s)[]) => ids.flatMap((id) => s[id]);
  const first = (list: Evidence[], n = 3) => list.sort((a, b) => a.start - b.start).slice(0, n);

  // "Thank you" thanks; it does not address the reader.
  const you = s.you.filter((y) => !s.thanks.some((t) => y.start >= t.start && y.end <= t.end));
  const brandAudiences = termSpans(draft, brand.audiences, 'segment');
  const ctas = [...s.cta, ...brandCallsToAction(draft)];

  // What the post is for, by the brand's list of objectives.
  const objectives = new Set<Objective>();
  if (s.offer.length || s.price.length || s.percent.length || s['promo-code'].length || s.availability.length)
    objectives.add('sales');
  if (ctas.length || facts.event || s.fundraising.length) objectives.add('leads');
  if (s.job.length) objectives.add('recruitment');
  if (facts.service || s.practical.length >= 2) objectives.add('support');
  if (facts.event || s.tip.length || s['cta-weak'].length) objectives.add('awareness');

  const objectiveEvidence = first(
    ev(
      'cta',
      'offer',
      'price',
      'percent',
      'promo-code',
      'availability',
      'event',
      'job',
      'practical',
      'service',
      'advice',
      'missing',
      'fundraising',
    ),
  );
  let objective: BriefItemCore;
  if (
    genre.genre === 'purposeful' &&
    (facts.concrete || facts.service || facts.exception || genre.scores.purpose >= 3)
  ) {
    const pursued = brand.objectives;
    objective =
      pursued.length > 0 && ![...objectives].some((o) => pursued.includes(o))
        ? item('weak', objectiveEvidence, 'not-pursued')
        : item('present', objectiveEvidence);
  } else if (genre.genre === 'purposeful' || (genre.scores.purpose >= 1 && genre.genre !== 'engagement-bait')) {
    objective = item('weak', first(ev('cta-weak', 'when', 'tip', 'offer', 'availability', 'url')), 'vague');
  } else {
    objective = item('missing');
  }

  const segments = [...s.segment, ...brandAudiences];
  const audience =
    // An imperative (« Venez », "Book now") speaks to the reader too.
    you.length || segments.length || facts.service || ctas.length
      ? item('present', first([...segments, ...you, ...(facts.service ? s['greeting-name'] : []), ...ctas]))
      : s.everyone.length
        ? item('weak', first(s.everyone), 'everyone')
        : item('missing');

  const valueEvidence = first(
    ev('benefit', 'price', 'percent', 'promo-code', 'offer', 'availability', 'practical', 'tip', 'job', 'service'),
  );
  const value =
    (facts.concrete || facts.service || s.benefit.length > 0 || s.tip.length > 0) && genre.genre !== 'engagement-bait'
      ? item('present', valueEvidence)
      : valueEvidence.length || s.event.length
        ? item('weak', first([...valueEvidence, ...s.event]), 'unstated')
        : item('missing');

  const callToAction = ctas.length
    ? item('present', first(ctas))
    : s['cta-weak'].length || s.url.length
      ? item('weak', first([...s['cta-weak'], ...s.url]), 'no-commitment')
      : facts.bait.length || s['social-ask'].length || s['question-you'].length
        ? item('weak', first([...facts.bait, ...s['social-ask'], ...s['question-you']]), 'bait')
        : item('missing');

  const tracked = s['tracked-url'].filter((u) => u.kind === 'tracked-url');
  const measurement =
    tracked.length || s['promo-code'].length
      ? item('present', first([...tracked, ...s['promo-code']]))
      : s.url.length || s.phone.length || s.email.length || ctas.length
        ? item('weak', first([...s.url, ...s.phone, ...s.email, ...ctas]), 'untracked')
        : item('missing');

  const mentions = brandMentions(draft);
  const custom = brand.products.length > 0 || brand.requiredTerms.length > 0;
  const offerTalk = facts.concrete || facts.service || s.availability.length > 0 || s.offer.length > 0;
  let brandFit: BriefItemCore;
  const banned = bannedTerms(draft);
  if (banned.length) {
    brandFit = item('missing', first(banned), 'banned');
  } else if (custom) {
    brandFit = mentions.length
      ? item('present', first(mentions))
      : offerTalk
        ? item('weak', [], 'unnamed')
        : item('missing');
  } else {
    // No brand words configured: judge whether the post speaks of what the business offers.
    brandFit = offerTalk
      ? item('present', first([...mentions, ...objectiveEvidence]))
      : s['first-plural'].length || genre.genre === 'press-release'
        ? item('weak', first([...mentions, ...s['first-plural']], 1), 'self')
        : item('missing');
  }

  return {
    objective,
    audience,
    value,
    'call-to-action': callToAction,
    measurement,
    'brand-fit': brandFit,
    objectives: [...objectives],
  };
}
