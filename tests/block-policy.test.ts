// The analyzer says which findings keep a blocked draft held; the content script asks it.
import { describe, expect, test } from 'vitest';
import { GENRE_RULES, holdsBlock } from '../analyzers/block-policy';
import { RULE_IDS } from '../analyzers/rules';
import { GENRES } from '../analyzers/types';

describe('block policy', () => {
  test('the genre rules are rules the analyzer has', () => {
    for (const rule of GENRE_RULES) expect(RULE_IDS).toContain(rule);
  });

  test('every genre but the purposeful one has a rule that states it', () => {
    const stated = [...GENRE_RULES].join(' ');
    const genres = GENRES.filter((g) => g !== 'purposeful');
    expect(genres.length).toBe(GENRE_RULES.size);
    for (const genre of genres) expect(stated).toContain(genre.split('-')[0]);
  });

  test('a blocker holds, whatever its rule', () => {
    expect(holdsBlock({ rule: 'untracked-link', severity: 'blocker' })).toBe(true);
    expect(holdsBlock({ rule: 'buzzwords', severity: 'blocker' })).toBe(true);
  });

  test('a genre rule holds, whatever its severity', () => {
    for (const rule of GENRE_RULES) {
      expect(holdsBlock({ rule, severity: 'suggestion' })).toBe(true);
      expect(holdsBlock({ rule, severity: 'warning' })).toBe(true);
    }
  });

  test('any other finding does not hold: ignoring the others lifts the block', () => {
    expect(holdsBlock({ rule: 'untracked-link', severity: 'warning' })).toBe(false);
    expect(holdsBlock({ rule: 'hashtag-stuffing', severity: 'suggestion' })).toBe(false);
    expect(holdsBlock({ rule: 'missing-call-to-action', severity: 'warning' })).toBe(false);
  });
});
