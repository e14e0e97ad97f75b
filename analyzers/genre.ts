// Decides the genre of a draft from its signals. The order of the questions
// follows the business reading of a post: is it bait, is it an answer to a
// customer, does it offer the reader something concrete, or is it the company
// (or a person) talking about itself?
import type { Evidence, Genre, Kind } from './types';
import type { AnySignal, SignalMap } from './signals';

export interface GenreDecision {
  genre: Genre;
  /** The words that decided it, strongest first. */
  evidence: Evidence[];
  /** Weighted strength of each reading, for explanations and tuning. */
  scores: Record<'purpose' | 'press' | 'anecdote' | 'bait' | 'filler', number>;
  /** Facts the brief and the rules reuse. */
  facts: GenreFacts;
}

export interface GenreFacts {
  /** A concrete thing to do or get: call to action, offer, event, job, notice. */
  concrete: boolean;
  contest: boolean;
  /** Bait asks (like if, tag a friend…) outside the exceptions Meta makes. */
  bait: Evidence[];
  /** Help, advice, missing person, fundraising: asks Meta does not call bait. */
  exception: boolean;
  service: boolean;
  event: boolean;
  /** Something on offer: a price, a discount or a promo code in an offer's context. */
  offer: boolean;
  /** Distinct practical-notice and job-offer phrases. */
  practical: number;
  job: number;
}

const BAIT: AnySignal[] = ['bait-vote', 'bait-react', 'bait-share', 'bait-tag', 'bait-comment', 'bait-chain'];

function overlaps(a: Evidence, list: readonly Evidence[]): boolean {
  return list.some((b) => a.start < b.end && a.end > b.start);
}

/** Distinct matched phrases of a signal (the same word twice counts once). */
function distinct(list: readonly Evidence[]): number {
  return new Set(list.map((e) => e.text.toLowerCase())).size;
}

/** The amount in a price such as "24,99 €" or "$1,200"; large sums are results, not offers. */
export function amount(price: string): number {
  const digits = price.replace(/[^\d.,  ]/g, '').trim();
  // "1,200", "1.200" and « 1 200 » group thousands; "24,99" and "24.99" have cents.
  const grouped = /[.,  ]\d{3}(?:[.,]\d{1,2})?$/.test(digits);
  const whole = grouped ? digits.replace(/[.,  ](?=\d{3}(?:\D|$))/g, '') : digits;
  const value = Number.parseFloat(whole.replace(/[  ]/g, '').replace(',', '.'));
  if (Number.isNaN(value)) return Infinity;
  const scale = /(?:billion|bn|milliard|md|trillion)/i.test(price)
    ? 1e9
    : /(?:million|mn|\d\s?m(?:€|\b))/i.test(price)
      ? 1e6
      : /(?:thousand|mille|\d\s?k(?:€|\b))/i.test(price)
        ? 1e3
        : 1;
  return value * scale;
}

export interface GenreInput {
  signals: SignalMap;
  kind: Kind;
  /** No lexicon applies (unsupported language): only neutral signals are known. */
  neutralOnly: boolean;
}

export function classify({ signals: s, kind, neutralOnly }: GenreInput): GenreDecision {
  const any = (...ids: AnySignal[]) => ids.some((id) => s[id].length > 0);
  const all = (...ids: AnySignal[]) => ids.flatMap((id) => s[id]);

  // Leisure words inside a wish ("Happy Sunday", « Bon week-end ») are part of the wish.
  // A weekday next to a time or a date is a schedule, not a pastime.
  const scheduled = any('time', 'numeric-date');
  const leisure = s.leisure.filter(
    (e) => !overlaps(e, s.wish) && !(scheduled && /^(?:sat|sun|sam|dim)/i.test(e.text) && overlaps(e, s.when)),
  );
  const exception = any('advice', 'missing', 'fundraising');
  const contest = any('contest');
  const dated = any('when', 'time', 'numeric-date');
  // Someone speaking of their own day, not an organisation to its public.
  const personal = any('first-singular', 'feeling') && !any('you', 'segment');
  const cta = any('cta');
  const ctaWeak = any('cta-weak');
  // A time in a story is no event: it needs an event word, or a way to come.
  const event = (any('event') && dated) || (any('time') && any('when', 'numeric-date') && (cta || any('place', 'url')));
  // A figure is an offer only where something is on offer (results and grants are not).
  const offerContext = any('offer', 'availability') || cta;
  const price = s.price.some((p) => amount(p.text) <= 5000) && (offerContext || dated || any('place', 'url', 'phone'));
  // A person's own bargain ("-40% on my bill, proud of me") is no offer to the reader.
  const offerStrong = (!personal || cta) && (any('promo-code') || price || (any('percent') && offerContext));
  const offer = offerStrong || any('offer');
  const practical = distinct(s.practical);
  const job = distinct(s.job);
  // An answer to a customer: a reply, or a post that greets someone or
  // apologises and tells them what to do next.
  const service =
    kind !== 'post'
      ? !any(...BAIT) && (any('service') || (any('you') && !any('wish', 'congrats', 'thanks')))
      : any('service') && ((any('greeting-name') && any('you')) || (distinct(s.service) >= 2 && any('you')));

  // A contest's prize is not an offer: only a real action makes it purposeful.
  const concrete = contest
    ? cta
    : cta ||
      offerStrong ||
      event ||
      job > 0 ||
      practical >= 2 ||
      (practical > 0 && any('time', 'numeric-date') && !personal) ||
      (any('availability') && (offer || dated));
  const bait = exception ? all(...BAIT).filter((e) => e.kind !== 'bait-share') : all(...BAIT);
  const contestBait = contest && (any('social-ask') || bait.length > 0);

  const scores = {
    purpose:
      (cta ? 3 : 0) +
      (offerStrong ? 2 : offer ? (any('url') ? 2 : 1) : 0) +
      (any('availability') ? 2 : 0) +
      (event ? 2 : dated ? 1 : 0) +
      // A delay told in the first person is a story, not a notice.
      (practical >= 2 ? 3 : practical * 2) * (personal ? 0.5 : 1) +
      (any('you', 'segment') && any('url') ? 1 : 0) +
      (job > 0 ? 3 : 0) +
      (any('benefit') && any('you') ? 1 : 0) +
      (any('tip') ? 2 : 0) +
      (ctaWeak ? 1 : 0) +
      (service ? 3 : 0) +
      (exception ? 3 : 0),
    press:
      (any('press') ? 3 : 0) +
      (any('announcement') ? 3 : 0) +
      (any('quote') ? 2 : 0) +
      Math.min(distinct(s.corporate), 4) +
      (any('third-person') ? 1 : 0),
    anecdote: Math.min(distinct(s.narrative), 2) * 2 + Math.min(distinct(leisure), 2) + (any('feeling') ? 1 : 0),
    bait:
      (bait.length > 0 ? 4 : 0) + (contestBait ? 2 : 0) + (any('social-ask') ? 2 : 0) + (any('question-you') ? 2 : 0),
    filler:
      Math.min(distinct(s.wish), 2) * 1.5 +
      (any('thanks') ? 1 : 0) +
      (any('observance') ? 1 : 0) +
      (any('congrats') ? 1 : 0) +
      (any('meme') ? 1.5 : 0),
  };
  const facts: GenreFacts = { concrete, contest, bait, exception, service, event, offer: offerStrong, practical, job };
  const decide = (genre: Genre, ...ids: AnySignal[]): GenreDecision => ({
    genre,
    evidence: ids.flatMap((id) => (id === 'leisure' ? leisure : s[id])).sort((a, b) => a.start - b.start),
    scores,
    facts,
  });
  const PURPOSE: AnySignal[] = [
    'cta',
    'price',
    'percent',
    'promo-code',
    'offer',
    'availability',
    'event',
    'when',
    'time',
    'practical',
    'job',
    'service',
    'greeting-name',
    'advice',
    'missing',
    'fundraising',
    'cta-weak',
    'tip',
  ];
  const PRESS: AnySignal[] = ['press', 'announcement', 'quote', 'corporate', 'third-person'];
  const ANECDOTE: AnySignal[] = ['narrative', 'leisure', 'feeling', 'first-singular'];
  const FILLER: AnySignal[] = ['wish', 'thanks', 'observance', 'congrats', 'meme'];

  // Only a real action redeems bait: a price in "1 RT = 1 €" is the bait's own mechanic.
  const redeemed = cta || job > 0;
  if ((bait.length > 0 || contestBait || (any('social-ask') && !concrete)) && !exception && !redeemed) {
    return decide('engagement-bait', ...BAIT, 'contest', 'social-ask');
  }
  if (service) return decide('purposeful', 'service', 'greeting-name', 'you');
  // A question put to the audience and nothing else: comment baiting.
  if (any('question-you') && !exception && scores.purpose < 2 && scores.press < 3 && scores.anecdote < 2) {
    return decide('engagement-bait', 'question-you');
  }
  if (neutralOnly) {
    return concrete || (any('url') && dated)
      ? decide('purposeful', ...PURPOSE)
      : decide('no-objective', 'hashtag', 'url');
  }
  // Pastimes are a topic; a story needs someone telling it, or something happening.
  const story =
    any('narrative', 'first-singular', 'feeling') || distinct(leisure) >= 3 || (distinct(leisure) >= 2 && !any('wish'));
  const readerAngle = concrete && (cta || any('you', 'segment'));
  if (scores.press >= 3 && !(readerAngle && scores.purpose >= scores.press) && scores.purpose < scores.press + 3) {
    return decide('press-release', ...PRESS);
  }
  // Wishes and thanks with nothing concrete: filler, however warm.
  if (scores.filler >= 2.5 && !concrete) return decide('no-objective', ...FILLER);
  // A story told at length with nothing to do or buy stays a story, whatever dates or delays it mentions.
  if (story && !concrete && scores.anecdote >= 2 && scores.anecdote > scores.purpose + 1)
    return decide('anecdote', ...ANECDOTE);
  if (scores.purpose >= 3) return decide('purposeful', ...PURPOSE);
  if (story && scores.anecdote >= 2 && scores.anecdote > scores.filler) return decide('anecdote', ...ANECDOTE);
  // A weak purpose (a date, a vague benefit) needs at least one thing a reader could use.
  const usable = concrete || offer || practical > 0 || any('tip', 'availability', 'advice') || (ctaWeak && any('url'));
  if (scores.purpose >= 2 && usable) return decide('purposeful', ...PURPOSE);
  if (scores.press >= 2) return decide('press-release', ...PRESS);
  if (any('first-singular') && scores.filler === 0) return decide('anecdote', ...ANECDOTE);
  if (any('first-singular') && scores.filler === 0) return decide('anecdote', ...ANECDOTE);
  return decide('no-objective', ...FILLER);
}
