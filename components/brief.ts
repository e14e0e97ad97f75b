// Logic the components share, kept out of rendering so it is tested without a DOM.
import { ELEMENTS, type Critique, type Element, type Kind } from '../analyzers/types';

/** The business elements the draft lacks. A reply need not carry a call to action or a measure. */
export function missingElements(critique: Critique, kind: Kind = 'post'): Element[] {
  return ELEMENTS.filter(
    (e) =>
      critique.brief[e].status === 'missing' &&
      !(kind !== 'post' && (e === 'call-to-action' || e === 'measurement' || e === 'brand-fit')),
  );
}

/**
 * A ref that moves the focus to its element once, when it is mounted: the function is the same at every
 * render, so Preact does not call it again (no hooks: preact/hooks is 1 KB of each content script).
 */
export function focusOnMount(el: HTMLElement | null): void {
  el?.focus();
}

/** A key for one finding of one draft, for "ignore for this draft". */
export function findingKey(f: { rule: string; messageId: string; start?: number | undefined }): string {
  return `${f.rule}:${f.messageId}:${f.start ?? '-'}`;
}
