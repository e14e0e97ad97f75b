import { describe, expect, test } from 'vitest';
import { findingsOf } from '../helpers/rules';
import { analyze } from '../../analyzers';

const rule = 'too-long-for-platform';

describe(rule, () => {
  test('flags a post over 280 weighted characters on X and points at what does not fit', () => {
    const text = `${'Réservez votre table pour le brunch. '.repeat(8)}Fin.`;
    const [finding] = findingsOf(rule, text, { platform: 'x' });
    expect(finding?.messageId).toBe('x');
    expect(finding?.end).toBe(text.length);
    expect(finding?.start).toBe(280);
    expect(Number(finding?.data.count)).toBeGreaterThan(280);
  });

  test('counts every link as 23 characters, as X does', () => {
    const link = `https://example.com/${'a'.repeat(200)}`;
    const text = `Réservez votre table : ${link}`;
    expect(findingsOf(rule, text, { platform: 'x' })).toEqual([]);
    expect(analyze(text, { platform: 'x' }).stats.weightedLength).toBe('Réservez votre table : '.length + 23);
  });

  test('counts emoji and CJK as two', () => {
    expect(analyze('🎉'.repeat(140), { platform: 'x' }).stats.weightedLength).toBe(280);
    expect(findingsOf(rule, '🎉'.repeat(141), { platform: 'x' })).toHaveLength(1);
  });

  test('flags a Facebook post whose benefit comes after the "See more" fold', () => {
    const story =
      'Il était une fois une petite boulangerie au coin de la rue, avec un four à bois et beaucoup de patience. '.repeat(
        5,
      );
    const text = `${story}Profitez de -20 % sur tous nos pains ce samedi !`;
    const [finding] = findingsOf(rule, text, { platform: 'facebook' });
    expect(finding?.messageId).toBe('facebook');
    expect(finding!.start!).toBeGreaterThanOrEqual(480);
  });

  test('does not flag a Facebook post that leads with the benefit', () => {
    const text = `Profitez de -20 % sur tous nos pains ce samedi ! ${'Notre four à bois chauffe dès 5 h du matin. '.repeat(15)}`;
    expect(findingsOf(rule, text, { platform: 'facebook' })).toEqual([]);
  });
});

describe(`${rule} on LinkedIn`, () => {
  const linkedin = { platform: 'linkedin' } as const;

  test('flags a post over 3,000 characters and points at what does not fit', () => {
    const text = `Réservez votre atelier RH du 12 mars. ${'Nos ateliers durent deux heures et réunissent huit DRH. '.repeat(60)}`;
    const [finding] = findingsOf(rule, text, linkedin);
    expect(finding?.messageId).toBe('linkedin');
    expect(finding).toMatchObject({ start: 3000, end: text.length, data: { count: text.length, limit: 3000 } });
    expect(findingsOf(rule, text.slice(0, 3000), linkedin).filter((f) => f.messageId === 'linkedin')).toEqual([]);
  });

  test.each([
    ['en', 'Register for the 12 March workshop. ', 'Our workshops last two hours with eight HR directors. '],
    ['fr', 'Réservez votre atelier RH du 12 mars. ', 'Nos ateliers durent deux heures et réunissent huit DRH. '],
  ])('leaves an article alone: neither the post limit nor the fold is its own (%s)', (_lang, start, line) => {
    const long = `${start}${line.repeat(60)}`;
    expect(findingsOf(rule, long, linkedin).map((f) => f.messageId)).toEqual(['linkedin']);
    expect(findingsOf(rule, long, { ...linkedin, article: true })).toEqual([]);
    const late = `${line.repeat(5)}${start}`;
    expect(findingsOf(rule, late, { ...linkedin, article: true })).toEqual([]);
  });

  test('does not cut an emoji in two at the limit', () => {
    const text = `${'a'.repeat(2999)}🎉 and more`;
    expect(findingsOf(rule, text, linkedin)[0]).toMatchObject({ messageId: 'linkedin', start: 2999 });
  });

  test.each([
    [
      'en',
      `${'We spent the last three years on the month-end close, and the same story kept coming back from the field, week after week. '.repeat(2)}Register for the 12 March webinar to get our close checklist.`,
      'Register',
    ],
    [
      'fr',
      `${'Depuis trois ans, nous écoutons les directions financières raconter leurs clôtures mensuelles, toujours la même histoire. '.repeat(2)}Inscrivez-vous au webinaire du 12 mars pour recevoir notre liste de contrôle.`,
      'Inscrivez-vous',
    ],
  ])('flags a hook that comes after the "…see more" fold (%s)', (_lang, text, words) => {
    const [finding] = findingsOf(rule, text, linkedin);
    expect(finding?.messageId).toBe('linkedin-fold');
    expect(finding?.data.fold).toBe(210);
    // The point is flagged in the closing sentence, after the fold; which of its words the brief
    // reads first as the benefit or the call to action is the learned model's.
    expect(finding!.start!).toBeGreaterThanOrEqual(text.indexOf(words));
    expect(finding!.end!).toBeLessThanOrEqual(text.length);
    expect(text.slice(finding!.start!, finding!.end!)).toBe(finding!.quote);
    expect(finding!.start!).toBeGreaterThanOrEqual(210);
  });

  test('the fold comes earlier when the opening is cut into short lines', () => {
    const text = `Month-end close.\n\nA story.\nWe listened to 40 finance teams.\nRegister for the 12 March webinar.`;
    const [finding] = findingsOf(rule, text, linkedin);
    expect(finding).toMatchObject({ messageId: 'linkedin-fold', data: { fold: text.indexOf('\nWe listened') } });
    expect(finding?.start).toBe(text.indexOf('Register'));
  });

  test.each([
    ['a question', 'What does your month-end close really cost?'],
    ['a figure', 'Finance teams lose 6 days a month to the close.'],
    ['the reader addressed', 'If you run a finance team, the close is where your month goes.'],
  ])('does not flag an opening that hooks with %s, the call to action kept for the end', (_hook, opening) => {
    const text = `${opening} ${'We listened to people tell the same story of late nights and spreadsheets. '.repeat(3)}Register for the webinar.`;
    expect(findingsOf(rule, text, linkedin)).toEqual([]);
  });
  test.each([
    [
      'en',
      `Register for the 12 March webinar on the month-end close. ${'We listened to forty finance teams. '.repeat(12)}`,
    ],
    [
      'fr',
      `Inscrivez-vous au webinaire du 12 mars sur la clôture. ${'Nous avons écouté quarante directions financières. '.repeat(10)}`,
    ],
    ['en', 'Register for the 12 March webinar on the month-end close.'],
  ])('does not flag a post whose hook is above the fold, or that has no fold (%s)', (_lang, text) => {
    expect(findingsOf(rule, text, linkedin)).toEqual([]);
  });
});
