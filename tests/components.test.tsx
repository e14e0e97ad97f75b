// @vitest-environment happy-dom
// The badge, the critique card and the pre-publish check as a person and a
// screen reader meet them: roles, names, focus, the hooks tests rely on, and
// no serious or critical axe violation.
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import axe from 'axe-core';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { analyze } from '../analyzers';
import { Badge } from '../components/Badge';
import { CheckingNote } from '../components/CheckingNote';
import { CritiqueCard } from '../components/CritiqueCard';
import { PublishCheck } from '../components/PublishCheck';
import { findingKey, missingElements } from '../components/brief';
import { NAMES } from '../analyzers/messages';
import { typeset, uiLang } from '../utils/ui-strings';

afterEach(cleanup);

const BAIT_FR = 'Likez si vous aimez le lundi ! Identifiez un ami qui a besoin de café ☕';
const RELEASE_EN =
  'Harbor Bank is pleased to announce that Maria Lopez will join the Company as Chief Financial Officer, effective March 1.';
const OFFER_FR =
  'Réservez votre table pour le brunch de dimanche : 24 €, de 10 h à 14 h, sur https://resto.fr/brunch?utm_source=facebook';

async function seriousViolations(container: Element): Promise<string[]> {
  const result = await axe.run(container, { resultTypes: ['violations'] });
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help}`);
}

describe('Badge', () => {
  test.each([
    ['fr', BAIT_FR, 'Appât à engagement'],
    ['en', RELEASE_EN, 'Press release'],
  ] as const)(
    '%s: the genre and the gaps, a colour for the verdict, a name for screen readers',
    async (lang, text, genre) => {
      const critique = analyze(text, { locale: lang });
      const onToggle = vi.fn();
      const { container } = render(<Badge critique={critique} lang={lang} expanded={false} onToggle={onToggle} />);
      const badge = screen.getByRole('button');
      expect(badge.getAttribute('data-whypost')).toBe('badge');
      expect(badge.getAttribute('data-verdict')).toBe('posting-for-posting-sake');
      expect(badge.textContent).toContain(genre);
      expect(badge.getAttribute('aria-label')).toContain('Whypost');
      expect(badge.getAttribute('aria-expanded')).toBe('false');
      fireEvent.click(badge);
      expect(onToggle).toHaveBeenCalledOnce();
      expect(await seriousViolations(container)).toEqual([]);
    },
  );

  test('says when the critique is on its way, and when it is unavailable', () => {
    render(<Badge critique={null} lang="fr" expanded={false} onToggle={() => {}} />);
    expect(screen.getByRole('button').textContent).toContain('Analyse');
    cleanup();
    render(<Badge critique={null} unavailable lang="en" expanded={false} onToggle={() => {}} />);
    expect(screen.getByRole('button').textContent).toContain('unavailable');
  });

  test.each([
    ['fr', 'Vérification avant publication…'],
    ['en', 'Checking before posting…'],
  ] as const)('%s: says when Post waits for the critique, over an older one', async (lang, words) => {
    const older = analyze(RELEASE_EN, { locale: lang });
    const { container } = render(<Badge critique={older} checking lang={lang} expanded={false} onToggle={() => {}} />);
    const badge = screen.getByRole('button');
    expect(badge.getAttribute('data-state')).toBe('checking');
    expect(badge.getAttribute('data-verdict')).toBe('empty');
    expect(badge.textContent).toBe(words);
    expect(badge.getAttribute('aria-label')).toContain(words);
    expect(await seriousViolations(container)).toEqual([]);
  });
});

describe('CheckingNote', () => {
  test.each([
    ['fr', 'Whypost vérifie votre publication avant de l’envoyer…'],
    ['en', 'Whypost is checking your post before it goes out…'],
  ] as const)('%s: a polite live region, empty until the words come', async (lang, words) => {
    const { container, rerender } = render(<CheckingNote lang={lang} shown={false} />);
    const region = screen.getByRole('status');
    expect(region.getAttribute('aria-live')).toBe('polite');
    expect(region.textContent).toBe('');
    rerender(<CheckingNote lang={lang} shown />);
    expect(screen.getByRole('status')).toBe(region);
    expect(region.textContent).toBe(words);
    expect(await seriousViolations(container)).toEqual([]);
  });
});

describe('CritiqueCard', () => {
  const props = (lang: 'fr' | 'en', text: string) => ({
    critique: analyze(text, { locale: lang, platform: 'x' as const }),
    lang,
    platform: 'x' as const,
    ignored: new Set<string>(),
    onIgnore: vi.fn(),
    onRuleOff: vi.fn(),
    onHideHere: vi.fn(),
    onHideOnSite: vi.fn(),
    onOffOnSite: vi.fn(),
    onClose: vi.fn(),
  });

  test.each([
    ['fr', BAIT_FR],
    ['en', RELEASE_EN],
  ] as const)(
    '%s: verdict, the six elements with their questions, findings with two distinct actions',
    async (lang, text) => {
      const p = props(lang, text);
      const { container } = render(<CritiqueCard {...p} />);
      const card = screen.getByRole('dialog');
      expect(card.getAttribute('data-whypost')).toBe('card');
      expect(container.querySelectorAll('[data-element]')).toHaveLength(6);
      const missing = p.critique.brief['call-to-action'];
      if (missing.question) expect(card.textContent).toContain(missing.question);
      const first = p.critique.findings[0]!;
      fireEvent.click(container.querySelector('[data-whypost="ignore"]')!);
      expect(p.onIgnore).toHaveBeenCalledWith(first);
      fireEvent.click(container.querySelector('[data-whypost="rule-off"]')!);
      expect(p.onRuleOff).toHaveBeenCalledWith(first.rule);
      expect(card.textContent).toMatch(/280/);
      expect(await seriousViolations(container)).toEqual([]);
    },
  );

  test('hides the findings ignored for this draft', () => {
    const p = props('en', RELEASE_EN);
    const ignored = new Set(p.critique.findings.map(findingKey));
    render(<CritiqueCard {...p} ignored={ignored} />);
    expect(screen.getByRole('dialog').textContent).toContain('No findings.');
  });

  test('Escape closes it', () => {
    const p = props('fr', BAIT_FR);
    render(<CritiqueCard {...p} />);
    fireEvent.keyDown(screen.getByRole('dialog'), { key: 'Escape' });
    expect(p.onClose).toHaveBeenCalledOnce();
  });
});

describe('PublishCheck', () => {
  test.each([
    ['fr', BAIT_FR, 'Continuer à écrire', 'Publier quand même'],
    ['en', RELEASE_EN, 'Keep editing', 'Publish anyway'],
  ] as const)(
    '%s: an alert dialog that says what the post lacks, Keep editing focused',
    async (lang, text, keep, publish) => {
      const critique = analyze(text, { locale: lang });
      const onKeepEditing = vi.fn();
      const onPublishAnyway = vi.fn();
      const { container } = render(
        <PublishCheck
          critique={critique}
          lang={lang}
          kind="post"
          onKeepEditing={onKeepEditing}
          onPublishAnyway={onPublishAnyway}
        />,
      );
      const dialog = screen.getByRole('alertdialog');
      expect(dialog.getAttribute('data-whypost')).toBe('confirm');
      expect(dialog.getAttribute('aria-modal')).toBe('true');
      const keepButton = container.querySelector<HTMLElement>('[data-whypost="keep-editing"]')!;
      expect(keepButton.textContent).toBe(keep);
      expect(document.activeElement).toBe(keepButton);
      expect(missingElements(critique).length).toBeGreaterThan(0);
      for (const element of missingElements(critique))
        expect(dialog.textContent).toContain(NAMES[lang].elements[element]);
      fireEvent.change(container.querySelector('select')!, { target: { value: 'client-approved' } });
      const anyway = container.querySelector<HTMLElement>('[data-whypost="publish-anyway"]')!;
      expect(anyway.textContent).toBe(publish);
      fireEvent.click(anyway);
      expect(onPublishAnyway).toHaveBeenCalledWith('client-approved');
      fireEvent.keyDown(dialog, { key: 'Escape' });
      expect(onKeepEditing).toHaveBeenCalledOnce();
      expect(await seriousViolations(container)).toEqual([]);
    },
  );

  test('a purposeful draft lacks nothing to report', () => {
    expect(missingElements(analyze(OFFER_FR))).toEqual([]);
  });
});

describe('interface language', () => {
  test.each([
    ['fr-FR', 'fr'],
    ['fr-CA', 'fr'],
    ['en-GB', 'en'],
    ['de-DE', 'en'],
  ] as const)('%s → %s', (language, lang) => {
    expect(uiLang(language)).toBe(lang);
  });

  test('French typography follows France or Québec', () => {
    expect(typeset('Publier quand même ?', 'fr', 'fr-FR')).toBe('Publier quand même\u202f?');
    expect(typeset('Publier quand même ?', 'fr', 'fr-CA')).toBe('Publier quand même?');
    expect(typeset('Publish anyway?', 'en', 'en-US')).toBe('Publish anyway?');
  });
});
