// @vitest-environment happy-dom
// Who is posting, read from the page to pick the brand: the X account switcher,
// the author line of a Facebook post dialog.
import { afterEach, describe, expect, test } from 'vitest';
import { facebookAccount, xAccount } from '../utils/composers/account';
import { FACEBOOK_CONFIG } from '../utils/composers/facebook';
import { X_CONFIG } from '../utils/composers/x';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('X', () => {
  test('the handle from the avatar test id, else from the text, else nothing', () => {
    document.body.innerHTML =
      '<button data-testid="SideNav_AccountSwitcher_Button"><div data-testid="UserAvatar-Container-AcmeFR"></div><span>ACME</span></button>';
    expect(xAccount(document, X_CONFIG.account)).toBe('AcmeFR');
    document.body.innerHTML =
      '<button data-testid="SideNav_AccountSwitcher_Button"><span>Mairie de Lyon</span><span>@VilledeLyon</span></button>';
    expect(xAccount(document, X_CONFIG.account)).toBe('VilledeLyon');
    document.body.innerHTML = '<nav><span>@someone</span></nav>';
    expect(xAccount(document, X_CONFIG.account)).toBeUndefined();
  });
});

describe('Facebook', () => {
  const dialog = (author: string) => {
    document.body.innerHTML = `<div role="dialog"><div class="author"><strong>${author}</strong></div><div contenteditable="true" role="textbox"><p><strong>Gras</strong> dans le texte</p></div></div>`;
    const root = document.querySelector<HTMLElement>('[role="dialog"]')!;
    const editor = document.querySelector<HTMLElement>('[contenteditable]')!;
    return { root, editor };
  };

  test('a post names who it is published as; bold text inside the draft is not an author', () => {
    const { root, editor } = dialog('Boulangerie Dupont');
    expect(facebookAccount({ root, editor, kind: 'post' }, FACEBOOK_CONFIG.account)).toBe('Boulangerie Dupont');
    editor.closest('[role="dialog"]')!.querySelector('.author')!.remove();
    expect(facebookAccount({ root, editor, kind: 'post' }, FACEBOOK_CONFIG.account)).toBeUndefined();
  });

  test('comments name no author', () => {
    const { root, editor } = dialog('Boulangerie Dupont');
    expect(facebookAccount({ root, editor, kind: 'comment' }, FACEBOOK_CONFIG.account)).toBeUndefined();
  });
});
