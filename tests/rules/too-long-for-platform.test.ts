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
