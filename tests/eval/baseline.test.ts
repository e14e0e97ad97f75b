// The records of the evaluation: they only move up on one corpus, and start
// afresh on another (the commit that changes the corpus shows what it gives).
import { describe, expect, test } from 'vitest';
import type { RealPost } from '../../training/corpus';
import { corpusStamp, nextRecord, raise } from './baseline';

const post = (id: string, label: RealPost['label'] = 'purposeful'): RealPost =>
  ({
    id,
    text: `text ${id}`,
    lang: 'en',
    label,
    cta: null,
    group: 'github:a/b',
    source: 'github:a/b f.csv row 1',
    at: 'f:1',
  }) as RealPost;

describe('corpusStamp', () => {
  test('is the same for the same posts and changes with a label, a text or a post', () => {
    const a = corpusStamp([post('1'), post('2')], [post('3')]);
    expect(corpusStamp([post('1'), post('2')], [post('3')])).toEqual(a);
    expect(corpusStamp([post('1'), post('2', 'anecdote')], [post('3')]).digest).not.toBe(a.digest);
    expect(corpusStamp([post('1'), { ...post('2'), text: 'other' }], [post('3')]).digest).not.toBe(a.digest);
    expect(corpusStamp([post('1')], [post('3')])).toMatchObject({ train: 1, holdout: 1 });
  });
});

describe('nextRecord', () => {
  const corpus = { train: 2, holdout: 1, digest: 'aaaa' };
  const old = { corpus, figures: { 'cv.accuracy': 0.6, 'cv.stops': 0.05 } };

  test('on the same corpus, keeps the better value of each figure (stops: lower is better)', () => {
    expect(nextRecord(old, corpus, { 'cv.accuracy': 0.55, 'cv.stops': 0.04 }).figures).toEqual({
      'cv.accuracy': 0.6,
      'cv.stops': 0.04,
    });
  });

  test('on another corpus, starts from the new figures, rounded to four decimals', () => {
    const other = { ...corpus, train: 3, digest: 'bbbb' };
    expect(nextRecord(old, other, { 'cv.accuracy': 0.512345, 'cv.stops': 0.06 })).toEqual({
      corpus: other,
      figures: { 'cv.accuracy': 0.5123, 'cv.stops': 0.06 },
    });
  });

  test('raise adds figures it did not know', () => {
    expect(raise({}, { 'holdout.accuracy': 0.61234 })).toEqual({ 'holdout.accuracy': 0.6123 });
  });
});
