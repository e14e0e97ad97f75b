// One typesetting function for the interface's words: French typography on the
// sentences, never on the values put into them.
import { describe, expect, test } from 'vitest';
import { typeset, typesetAll } from '../utils/ui-strings';
import { popupStrings } from '../components/popup/strings';
import { optionsStrings } from '../components/options/strings';

const NNBSP = '\u202f';
const NBSP = '\u00a0';

describe('typesetAll', () => {
  const words = {
    title: 'Publier ?',
    nested: { intro: 'Il manque :' },
    named: (brand: string) => `La marque « ${brand} » est illisible : vraiment ?`,
    counted: (n: number) => `${n} brouillons !`,
    notice: (n: { code: 'a' | 'b'; brand: string }, date: (ms: number) => string) =>
      n.code === 'a' ? `« ${n.brand} » du ${date(0)} !` : 'autre !',
    list: ['a ?'],
  };

  test('typesets every string and every sentence a function returns, keeping the shape', () => {
    const out = typesetAll(words, 'fr', 'fr-FR');
    expect(out.title).toBe(`Publier${NNBSP}?`);
    expect(out.nested.intro).toBe(`Il manque${NBSP}:`);
    expect(out.counted(3)).toBe(`3 brouillons${NNBSP}!`);
    expect(out.notice({ code: 'b', brand: 'x' }, String)).toBe(`autre${NNBSP}!`);
  });

  test('leaves the values a sentence inserts as they are', () => {
    const out = typesetAll(words, 'fr', 'fr-FR');
    expect(out.named('Hello ! Ça va ?')).toBe(
      `La marque «${NBSP}Hello ! Ça va ?${NBSP}» est illisible${NBSP}: vraiment${NNBSP}?`,
    );
    // An object's strings and a function argument's results are inserted values too; its `code` is not.
    expect(out.notice({ code: 'a', brand: 'Oui ? Non !' }, () => '1 : 2')).toBe(
      `«${NBSP}Oui ? Non !${NBSP}» du 1 : 2${NNBSP}!`,
    );
  });

  test('follows Québec typography for fr-CA and leaves English alone', () => {
    expect(typesetAll(words, 'fr', 'fr-CA').title).toBe('Publier?');
    expect(typesetAll(words, 'en', 'fr-FR').title).toBe('Publier ?');
    expect(typeset('Publier ?', 'fr', 'fr-CA')).toBe('Publier?');
  });
});

describe('the popup and the options page use it', () => {
  test('a brand name keeps its own spacing in the popup and on the options page', () => {
    const name = 'Salut ! Ça va ?';
    const popup = popupStrings('fr');
    expect(popup.brandUnknown(name)).toContain(name);
    expect(popup.notice({ code: 'unreadable-brand', brand: name }, String)).toContain(`«${NBSP}${name}${NBSP}»`);
    const options = optionsStrings('fr', 'fr-FR');
    expect(options.created(name)).toContain(name);
  });
});
