// @vitest-environment happy-dom
// Linked pages as the card and the popup show them, and the links a
// composer's preview card shows (read outside the editor, never inside it).
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import axe from 'axe-core';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { analyze, type LinkedSource } from '../analyzers';
import { LinkedSources } from '../components/LinkedSources';
import { CritiqueCard } from '../components/CritiqueCard';
import { describeSources } from '../analyzers/sources/describe';
import { FACEBOOK_CONFIG } from '../utils/composers/facebook';
import { previewLinks } from '../utils/composers/preview';
import { X_CONFIG } from '../utils/composers/x';
import { SiteAccess } from '../components/options/SiteAccess';
import type { ComposerMatch } from '../utils/composers/types';

afterEach(cleanup);

const URL_FR = 'https://presse.maisonlumen.test/atelier';
const TEXT = `Réservez votre visite de l’atelier samedi, 10 h : ${URL_FR}`;

const noop = () => undefined;

describe('LinkedSources', () => {
  test('a link not allowed says so and offers access to its site or to every site', async () => {
    const onAllow = vi.fn();
    const critique = analyze(TEXT, { sources: [{ url: URL_FR, state: 'not-allowed' }] });
    const { container } = render(<LinkedSources sources={critique.sources!} lang="fr" onAllow={onAllow} />);
    expect(screen.getByRole('heading', { name: 'Pages liées' })).toBeTruthy();
    expect(container.textContent).toContain('lien non vérifié');
    fireEvent.click(screen.getByRole('button', { name: 'Autoriser la lecture de presse.maisonlumen.test' }));
    fireEvent.click(screen.getByRole('button', { name: 'Autoriser tous les sites' }));
    expect(onAllow.mock.calls).toEqual([
      [URL_FR, 'site'],
      [URL_FR, 'all'],
    ]);
    const result = await axe.run(container, { resultTypes: ['violations'] });
    expect(result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
  });

  test('without a way to ask (nothing to call), no button is shown; failures give their reason in English', () => {
    const sources: LinkedSource[] = [{ url: URL_FR, state: 'failed', problem: { kind: 'timeout' } }];
    const critique = analyze('Book your visit on Saturday at 10 am: ' + URL_FR, { sources });
    const { container } = render(<LinkedSources sources={critique.sources!} lang="en" />);
    expect(container.textContent).toContain('could not check the link: the page took more than 3 seconds');
    expect(container.querySelectorAll('button')).toHaveLength(0);
  });

  test('the card lists the linked pages the worker worded, as text (a title with markup stays text)', () => {
    const page = {
      url: URL_FR,
      finalUrl: URL_FR,
      title: '<img src=x onerror=alert(1)> Atelier',
      article: true,
      paragraphs: ['Une page.'],
      pressRelease: { pressRelease: false, score: 0, cues: [] },
      truncated: false,
    };
    const critique = analyze(TEXT, { sources: [{ url: URL_FR, state: 'checked', page }] });
    const card = (sourceWords: ReturnType<typeof describeSources> | null) => (
      <CritiqueCard
        critique={critique}
        sourceWords={sourceWords}
        lang="fr"
        platform="x"
        ignored={new Set()}
        onIgnore={noop}
        onRuleOff={noop}
        onHideHere={noop}
        onHideOnSite={noop}
        onOffOnSite={noop}
        onClose={noop}
      />
    );
    // Without the words (the worker did not answer), the card leaves the pages out.
    const { container, rerender } = render(card(null));
    expect(container.querySelector('[data-whypost="sources"]')).toBeNull();
    rerender(card(describeSources(critique.sources!, 'fr')));
    const sources = container.querySelector('[data-whypost="sources"]')!;
    expect(sources.querySelector('h3')?.textContent).toBe('Pages liées');
    expect(sources.textContent).toContain('<img src=x onerror=alert(1)> Atelier');
    expect(sources.querySelector('img')).toBeNull();
    expect(sources.textContent).toContain('pas un communiqué de presse');
  });
});

describe('previewLinks', () => {
  function composer(html: string, platform: 'x' | 'facebook' = 'facebook'): ComposerMatch {
    document.body.innerHTML = html;
    const root = document.querySelector<HTMLElement>('#root')!;
    const editor = document.querySelector<HTMLElement>('[contenteditable]')!;
    return {
      root,
      editor,
      platform,
      surface: platform === 'x' ? 'x-home' : 'fb-post',
      kind: 'post',
      sendButtons: () => [],
    };
  }

  test('on X, only the preview card counts: not the post a reply answers, nor other links of the dialog', () => {
    const match = composer(
      `<div id="root">
        <article><a href="https://quoted.test/story">a link in the post being answered</a></article>
        <a href="https://help.test/">Help</a>
        <div contenteditable="true"></div>
        <div data-testid="card.wrapper"><a href="https://presse.maisonlumen.test/atelier">Atelier</a></div>
      </div>`,
      'x',
    );
    expect(previewLinks(match, X_CONFIG.preview)).toEqual(['https://presse.maisonlumen.test/atelier']);
  });

  test('on Facebook, reads the links sent through its redirect (the preview card’s), outside the editor', () => {
    const match = composer(`<div id="root">
      <div contenteditable="true"><a href="https://in-editor.test/a">in the text</a></div>
      <div data-testid="card.wrapper"><a href="https://presse.maisonlumen.test/atelier">Atelier</a></div>
      <a href="https://l.facebook.com/l.php?u=https%3A%2F%2Fshop.test%2Fp&h=AT0">shop.test</a>
      <a href="/home">Home</a>
    </div>`);
    expect(previewLinks(match, FACEBOOK_CONFIG.preview)).toEqual(['https://shop.test/p']);
  });
});

describe('SiteAccess (options page)', () => {
  test('lists the allowed sites, every site once, and takes one back', () => {
    const onRemove = vi.fn();
    render(
      <SiteAccess
        lang="fr"
        sites={['https://presse.maisonlumen.test/*', 'https://*/*', 'http://*/*']}
        onRemove={onRemove}
      />,
    );
    expect(screen.getByRole('heading', { name: 'Sites que Whypost peut lire' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Retirer presse.maisonlumen.test' }));
    fireEvent.click(screen.getByRole('button', { name: 'Retirer Tous les sites' }));
    expect(onRemove.mock.calls).toEqual([['https://presse.maisonlumen.test/*'], ['https://*/*'], ['http://*/*']]);
  });

  test('says that links stay unchecked until a site is allowed', () => {
    const { container } = render(<SiteAccess lang="en" sites={[]} onRemove={noop} />);
    expect(container.textContent).toContain('links are not checked until you allow their site');
  });
});
