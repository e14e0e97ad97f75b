import { describe, expect, test } from 'vitest';
import { figures, type Labelled, type Prediction } from './metrics';
import type { Genre } from '../../analyzers';

const p = (label: Genre, genre: Genre, lang = 'en'): Prediction => ({
  item: { id: 'x', text: '', lang: 'en', label } as Labelled,
  genre,
  lang,
});

describe('figures', () => {
  test('computes per-genre, macro and binary figures', () => {
    const f = figures([
      p('purposeful', 'purposeful'),
      p('purposeful', 'anecdote'),
      p('anecdote', 'anecdote'),
      p('engagement-bait', 'purposeful', 'fr'),
    ]);
    expect(f.accuracy).toBe(0.5);
    expect(f.perGenre.anecdote).toEqual({ precision: 0.5, recall: 1, f1: 2 / 3, support: 1 });
    expect(f.perGenre.purposeful.precision).toBe(0.5);
    expect(f.perGenre.purposeful.recall).toBe(0.5);
    // Macro-F1 averages only the genres present in the labels.
    expect(f.macroF1).toBeCloseTo((2 / 3 + 0.5 + 0) / 3);
    expect(f.sake).toEqual({ precision: 0.5, recall: 0.5, falseAlarms: 0.5, purposeful: 2 });
    expect(f.confusion['engagement-bait'].purposeful).toBe(1);
    expect(f.language).toBe(0.75);
  });

  test('counts stopped purposeful posts and calls to action found or missing', () => {
    const item = (label: Genre, cta: boolean | null) => ({ id: 'x', text: '', lang: 'fr', label, cta }) as Labelled;
    const f = figures([
      { item: item('purposeful', true), genre: 'purposeful', lang: 'fr', stopped: false, cta: true },
      { item: item('purposeful', true), genre: 'anecdote', lang: 'fr', stopped: true, cta: false },
      { item: item('purposeful', false), genre: 'anecdote', lang: 'fr', stopped: false, cta: false },
      { item: item('anecdote', false), genre: 'anecdote', lang: 'fr', stopped: true, cta: true },
      { item: item('anecdote', null), genre: 'anecdote', lang: 'fr', stopped: true, cta: true },
    ]);
    expect(f.stops).toEqual({ purposeful: 1, share: 1 / 3 });
    // Genre false alarms count the genre; stops count the verdict.
    expect(f.sake.falseAlarms).toBe(2 / 3);
    expect(f.cta).toEqual({ found: 0.5, missing: 0.5, withCta: 2, withoutCta: 2 });
  });
});
