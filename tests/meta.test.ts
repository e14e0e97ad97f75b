// Conventions turned into tests: every rule is registered, tested, described in
// both catalogs, and every lexicon pattern is written in folded form.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { CATALOGS, RULES } from '../analyzers';
import { en } from '../analyzers/lexicon/en';
import { fr } from '../analyzers/lexicon/fr';
import { SIGNALS } from '../analyzers/lexicon/types';
import { fold } from '../analyzers/text';

const ruleDir = new URL('../analyzers/rules/', import.meta.url);
const ruleFiles = readdirSync(ruleDir)
  .filter((f) => f.endsWith('.ts') && f !== 'index.ts' && f !== 'types.ts')
  .map((f) => f.replace(/\.ts$/, ''));

describe('rules', () => {
  test('every rule file is registered under its file name, once', () => {
    expect(RULES.map((r) => r.id).sort()).toEqual([...ruleFiles].sort());
  });

  test.each(ruleFiles)('%s has a test file', (id) => {
    expect(readdirSync(new URL('./rules/', import.meta.url))).toContain(`${id}.test.ts`);
  });

  test.each(RULES.map((r) => [r.id, r] as const))('%s is described in French and English', (id) => {
    const source = readFileSync(new URL(`${id}.ts`, ruleDir), 'utf8');
    // Message ids the rule can report, as written in its source.
    const used = [...source.matchAll(/messageId: '([a-z-]+)'/g)].map((m) => m[1]!);
    for (const catalog of Object.values(CATALOGS)) {
      const text = catalog.rules[id];
      expect(text, `catalog entry for ${id}`).toBeDefined();
      expect(text!.name.length).toBeGreaterThan(0);
      expect(text!.reason.length).toBeGreaterThan(20);
      expect(text!.suggestion.length).toBeGreaterThan(10);
      expect(text!.messages.default).toBeDefined();
      for (const messageId of used) expect(text!.messages[messageId], `${id}.${messageId}`).toBeDefined();
    }
  });

  test('the README catalogue lists every rule', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    for (const rule of RULES) expect(readme, rule.id).toMatch(new RegExp(`^\\| \`${rule.id}\` +\\|`, 'm'));
  });

  test('the catalogs describe no rule that does not exist', () => {
    for (const catalog of Object.values(CATALOGS))
      expect(Object.keys(catalog.rules).sort()).toEqual(RULES.map((r) => r.id).sort());
  });

  test('French and English catalogs have the same messages and placeholders', () => {
    for (const [id, text] of Object.entries(CATALOGS.en.rules)) {
      const other = CATALOGS.fr.rules[id]!;
      expect(Object.keys(other.messages).sort()).toEqual(Object.keys(text.messages).sort());
      for (const [messageId, message] of Object.entries(text.messages)) {
        const placeholders = (s: string) =>
          (s.match(/\{[a-z-]+\}/g) ?? []).filter((p) => !p.startsWith('{custom')).sort();
        expect(placeholders(other.messages[messageId]!), `${id}.${messageId}`).toEqual(placeholders(message));
      }
    }
  });
});

describe('lexicons', () => {
  test.each([
    ['en', en],
    ['fr', fr],
  ] as const)('%s covers every signal, in folded form, with valid patterns', (_lang, lexicon) => {
    for (const id of SIGNALS) {
      expect(lexicon[id], id).toBeDefined();
      for (const pattern of lexicon[id]) {
        // Escapes such as \d stay lower case; anything else must already be folded.
        expect(fold(pattern), `${id}: ${pattern}`).toBe(pattern);
        expect(() => new RegExp(pattern, 'u'), `${id}: ${pattern}`).not.toThrow();
        // A pattern that may start with nothing (an optional, a lookbehind, a negated
        // class) is tried at every position and goes quadratic on long runs of spaces.
        expect(pattern, `${id}: ${pattern}`).not.toMatch(/^(?:\(\?<[=!]|\[\^|\\.[?*]|[^\\([][?*]|\(\?:[^()]*\)[?*]| )/);
      }
    }
  });
});
