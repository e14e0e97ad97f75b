// @vitest-environment happy-dom
// Who is posting, read from the page to pick the brand: the X account switcher,
// the author line of a Facebook post dialog.
import { afterEach, describe, expect, test } from 'vitest';
import { facebookAccount, xAccount } from '../utils/composers/account';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('X', () => {
  test('the handle from the avatar test id, else from the text, else nothing', () => {
    document.body.innerHTML =
      '<button data-testid="SideNav_AccountSwitcher_Button"><div data-testid="UserAvatar-Container-AcmeFR"></div><span>ACME</span></button>';
    expect(xAccount(document)).toBe('AcmeFR');
    document.body.innerHTML =
      '<button data-testid="SideNav_AccountSwitcher_Button"><span>Mairie de Lyon</span><span>@VilledeLyon</span></button>';
    expect(xAccount(document)).toBe('VilledeLyon');
    document.body.innerHTML = '<nav><span>@someone</span></nav>';
    expect(xAccount(document)).toBeUndefined();
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
    expect(facebookAccount({ root, editor, kind: 'post' })).toBe('Boulangerie Dupont');
    editor.closest('[role="dialog"]')!.querySelector('.author')!.remove();
    expect(facebookAccount({ root, editor, kind: 'post' })).toBeUndefined();
  });

  test('comments name no author', () => {
    const { root, editor } = dialog('Boulangerie Dupont');
    expect(facebookAccount({ root, editor, kind: 'comment' })).toBeUndefined();
  });
});
