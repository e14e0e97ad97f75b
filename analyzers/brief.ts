// The business brief: for each element a post needs, whether the draft has it
// and which words show it. Questions and examples are added by the catalogs.
// A status is "present" only with words to show for it.
import type { Element, Evidence, Status } from './types';
import type { Draft } from './draft';
import type { Objective } from './brand/schema';
import { compile, literal, spans } from './text';

export interface BriefItemCore {
  status: Status;
  evidence: Evidence[];
  /** Why a weak status is weak, as a note id of the element's catalog entry. */
  note?: string;
}
export type BriefCore = Record<Element, BriefItemCore> & { objectives: Objective[] };

const item = (status: Status, evidence: Evidence[] = [], note?: string): BriefItemCore =>
  note ? { status, evidence, note } : { status, evidence };

/** Where the brand's own words (names, products, terms) occur, whatever their case and accents. */
export function termSpans(draft: Draft, terms: readonly string[], kind: string): Evidence[] {
  const usable = terms.map(literal).filter(Boolean);
  if (usable.length === 0) return [];
  return spans(compile(usable), draft.folded).map((s) => ({ kind, ...s, text: draft.text.slice(s.start, s.end) }));
}

const inside = (e: Evidence, list: readonly Evidence[]) => list.some((o) => e.start >= o.start && e.end <= o.end);
const overlapping = (e: Evidence, list: readonly Evidence[]) => list.some((o) => e.start < o.end && e.end > o.start);
const first = (list: readonly Evidence[], n = 3) => [...list].sort((a, b) => a.start - b.start).slice(0, n);

/** The brand naming itself: its name and its accounts (not its products). */
export function brandSelfMentions(draft: Draft): Evidence[] {
  const { brand } = draft;
  return [
    ...termSpans(draft, [brand.name], 'brand'),
    ...draft.signals.mention.filter((m) =>
      brand.accounts.some((a) => a.handle.replace(/^@/, '').toLowerCase() === m.text.replace(/^@/, '').toLowerCase()),
    ),
  ];
}

/** Evidence of the brand's own words: its name, products and accounts. */
export function brandMentions(draft: Draft): Evidence[] {
  const { brand } = draft;
  return [...termSpans(draft, brand.products, 'brand'), ...brandSelfMentions(draft)];
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

// Calls to action whose answers can be counted (a registration, an order, a call),
// unlike "come by".
const COUNTABLE =
  /\b(?:regist|sign|book|reserv|order|buy|shop|appl|donat|subscri|download|call|contact|dm|pm|email|e-mail|message|text|send|rsvp|enrol|claim|use|enter|inscri|réserv|command|achet|magasin|postul|candidat|appel|écri|ecri|envoy|envoie|télécharg|telecharg|abonn|don|souscri|simul|demand|utilis|entrez|code)/i;

export function assessBrief(draft: Draft): BriefCore {
  const { signals: s, genre, brand } = draft;
  const { facts } = genre;
  const kind = genre.genre;
  const ev = (...ids: (keyof typeof s)[]) => ids.flatMap((id) => s[id]);
  const purposeful = kind === 'purposeful';

  // Calls to action, including the brand's own and a request for advice, which serves the business.
  const ctas = [...s.cta, ...brandCallsToAction(draft), ...(purposeful ? s.advice : [])];

  // What the post is for, by the brand's list of objectives.
  const objectives = new Set<Objective>();
  if (facts.offer || s.offer.length || s['promo-code'].length || s.availability.length) objectives.add('sales');
  if (ctas.length || facts.event || s.fundraising.length) objectives.add('leads');
  if (facts.job) objectives.add('recruitment');
  if (facts.service || facts.practical) objectives.add('support');
  if (facts.event || s.tip.length || s['cta-weak'].length) objectives.add('awareness');

  // Objective: a purposeful post has one; a release has the company's, not the reader's; the rest have none.
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
      'tip',
    ),
  );
  let objective: BriefItemCore;
  if (purposeful) {
    const clear =
      facts.concrete ||
      facts.service ||
      facts.exception ||
      genre.scores.purpose >= 3 ||
      ((s.offer.length > 0 || s.availability.length > 0) && (s.benefit.length > 0 || s.segment.length > 0));
    const pursued = brand.objectives;
    if (!clear) objective = item('weak', first(ev('cta-weak', 'when', 'tip', 'offer', 'availability', 'url')), 'vague');
    else if (pursued.length > 0 && ![...objectives].some((o) => pursued.includes(o)))
      objective = item('weak', objectiveEvidence, 'not-pursued');
    else objective = item('present', objectiveEvidence);
  } else if (kind === 'press-release') {
    objective = item('weak', first(ev('announcement', 'press', 'corporate'), 2), 'company');
  } else {
    objective = item('missing');
  }

  // Audience: who is addressed, not who is mentioned.
  const polite = [...s.thanks, ...s.wish];
  const you = s.you.filter((y) => !inside(y, polite));
  const segments = kind === 'press-release' ? [] : [...s.segment, ...termSpans(draft, brand.audiences, 'segment')];
  const addresses = [
    ...segments,
    ...you,
    ...ctas,
    ...facts.bait,
    ...s['social-ask'],
    ...s['question-you'],
    ...(facts.service ? s['greeting-name'] : []),
  ];
  const audience = addresses.length
    ? item('present', first(addresses))
    : s.everyone.length || s.you.length
      ? item('weak', first([...s.everyone, ...s.you]), 'everyone')
      : item('missing');

  // Value: what the reader gains, in words.
  const benefits = s.benefit.filter((b) => !overlapping(b, s['cta-weak']));
  const gains = [
    ...benefits,
    ...(facts.offer ? [...s.price, ...s.percent] : []),
    ...s['promo-code'],
    ...s.offer,
    ...s.availability,
    ...s.practical,
    ...s.tip,
    ...s.job,
    ...(facts.service ? s.service : []),
  ];
  let value: BriefItemCore;
  if (purposeful) {
    value = gains.length
      ? item('present', first(gains))
      : item('weak', first([...s.event, ...ctas, ...s.fundraising, ...s.price]), 'unstated');
  } else {
    // A prize, a company's "for you": a gain at most implied.
    const implied = kind === 'press-release' ? (s.you.length > 0 ? benefits : []) : gains;
    value = implied.length ? item('weak', first(implied), 'unstated') : item('missing');
  }

  // A call to action is what the reader is told to do. The learned judgement says whether there is one
  // (a bare link, a hashtag, a mention, or an ask for likes or shares is not); the words found show it.
  const learned = draft.judgement?.cta;
  const hasCta = learned ? learned.present || brandCallsToAction(draft).length > 0 : ctas.length > 0;
  const asks = [...facts.bait, ...s['social-ask'], ...s['question-you']];
  const callToAction = hasCta
    ? item('present', first(ctas.length ? ctas : (learned?.evidence ?? [])))
    : asks.length
      ? item('missing', first(asks), 'bait')
      : s['cta-weak'].length || s.url.length
        ? item('missing', first([...s['cta-weak'], ...s.url]), 'no-commitment')
        : item('missing');

  // Measurement: something that ties a result to this post.
  const tracked = s['tracked-url'].filter((u) => u.kind === 'tracked-url');
  const pressContact = (e: Evidence) => s.press.some((p) => p.start <= e.start && e.start - p.end < 80);
  const countable = [
    ...s.url,
    ...[...s.phone, ...s.email].filter((e) => !pressContact(e)),
    ...ctas.filter((c) => COUNTABLE.test(c.text)),
  ];
  const measurement =
    tracked.length || s['promo-code'].length
      ? item('present', first([...tracked, ...s['promo-code']]))
      : countable.length
        ? item('weak', first(countable), 'untracked')
        : item('missing');

  // Brand fit: the brand's words when it has some; otherwise, whether the post speaks of what the business offers.
  const mentions = brandMentions(draft);
  const banned = bannedTerms(draft);
  const custom = brand.products.length > 0 || brand.requiredTerms.length > 0;
  const offering = purposeful
    ? [
        ...(facts.offer ? s.price : []),
        ...s.offer,
        ...s.availability,
        ...s.job,
        ...s.practical,
        ...s.event,
        ...s.tip,
        ...(facts.service ? s.service : []),
      ]
    : [];
  // "We" and "our" speak of the company only next to company words.
  const corporate = [...s.corporate, ...s.announcement, ...s.press];
  const selfTalk = s['first-plural'].filter((w) => corporate.some((c) => Math.abs(c.start - w.start) < 60));
  let brandFit: BriefItemCore;
  if (banned.length) {
    brandFit = item('missing', first(banned), 'banned');
  } else if (custom) {
    brandFit = mentions.length
      ? item('present', first(mentions))
      : purposeful
        ? item('weak', [], 'unnamed')
        : item('missing');
  } else if (offering.length || (purposeful && mentions.length)) {
    brandFit = item('present', first([...mentions, ...offering]));
  } else if (kind === 'press-release' || selfTalk.length || (facts.contest && s.offer.length)) {
    brandFit = item('weak', first([...mentions, ...selfTalk, ...corporate, ...s.offer], 1), 'self');
  } else {
    brandFit = item('missing');
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
