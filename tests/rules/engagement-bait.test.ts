import { describe, expect, test } from 'vitest';
import { analyze } from '../../analyzers';
import { findingsOf, genreSeverity, pointsAt } from '../helpers/rules';

const rule = 'engagement-bait';

describe(rule, () => {
  test.each([
    ['en', 'react', 'Like if you agree that Fridays should be a day off! 👍', 'Like if'],
    ['en', 'share', 'RT if you are ready for the weekend!', 'RT if'],
    ['en', 'tag', 'Tag a friend who needs a coffee right now ☕', 'Tag a'],
    ['fr', 'share', 'Partagez si vous aussi vous aimez le lundi 😅', 'Partagez si'],
    ['fr', 'tag', 'Identifiez un ami qui a besoin de vacances 🌴', 'Identifiez un'],
    ['fr', 'comment', 'Commentez avec un emoji votre humeur du jour 👇', 'Commentez avec'],
    ['fr', 'react', '1 like = 1 encouragement pour notre équipe ! ⚽', '1 like ='],
  ])('flags %s bait (%s): %s', (_lang, kind, text, quote) => {
    const found = findingsOf(rule, text);
    expect(found.length).toBeGreaterThan(0);
    // A blocker only when the judgement is sure enough to stop the post; a warning otherwise.
    for (const f of found) expect(f.severity).toBe(genreSeverity(text));
    expect(pointsAt(found, text, quote)).toBe(true);
    expect(found.some((f) => f.messageId === kind)).toBe(true);
  });

  test('a sure judgement stops the post, and says how sure it is', () => {
    const text = 'Like if you agree! Tag a friend who needs a coffee right now 👇';
    const critique = analyze(text);
    expect(critique.verdict).toBe('posting-for-posting-sake');
    expect(critique.findings.find((f) => f.rule === rule)!.severity).toBe('blocker');
    expect(critique.confidence!.level).toBe('sure');
    expect(critique.confidence!.message).toMatch(/engagement bait \(\d+%\)/);
  });

  test('an unsure judgement asks for work and does not block: same findings, lowered to warnings', () => {
    // A draft the shipped model reads as bait without being sure (which one depends on the trained weights).
    const text = 'Double tap if you need coffee today';
    const critique = analyze(text);
    expect(critique.genre).toBe('engagement-bait');
    expect(critique.verdict).toBe('needs-work');
    expect(critique.blocks).toBe(false);
    expect(critique.findings.find((f) => f.rule === rule)!.severity).toBe('warning');
    expect(critique.confidence!.message).toContain('Not sure enough to stop the post');
  });

  test.each([
    ['en', 'Please share: our shop cat Max went missing near Elm St on Tuesday. Call 555-0134 if you see him.'],
    [
      'fr',
      'Partagez svp : notre chien Filou a disparu hier soir à Lyon 3e. Appelez le 06 12 34 56 78 si vous le voyez.',
    ],
    ['fr', 'Vos conseils ? On cherche un torréfacteur local pour notre café, que nous recommandez-vous ?'],
    [
      'en',
      'Win 2 tickets to the festival: sign up to our newsletter before Friday at https://shop.example/news?utm_source=x',
    ],
    ['en', 'Donate to our winter coat drive at https://give.example/coats, every $10 keeps a child warm.'],
  ])('does not flag Meta’s exceptions or real actions (%s): %s', (_lang, text) => {
    expect(findingsOf(rule, text)).toEqual([]);
  });
});
