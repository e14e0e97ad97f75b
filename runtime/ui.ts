// Shadow-root hosts for Whypost's UI, always children of <body>: never inside
// the editor's subtree (Lexical evicts foreign nodes, Draft.js desynchronises).
import { STYLES } from '../components/styles';

export interface Host {
  element: HTMLElement;
  container: HTMLElement;
  remove(): void;
}

/** A fixed-position host with an open shadow root holding Whypost's styles. */
export function createHost(name: string, theme: 'light' | 'dark'): Host {
  const element = document.createElement(name);
  element.setAttribute('data-theme', theme);
  // Inline styles: the page's CSS must not move or hide the host.
  element.style.cssText = 'all: initial; position: fixed; z-index: 2147483646; top: 0; left: 0;';
  const shadow = element.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = STYLES;
  const container = document.createElement('div');
  container.className = 'wp';
  shadow.append(style, container);
  (document.body ?? document.documentElement).append(element);
  return { element, container, remove: () => element.remove() };
}

/** Whether the site shows a dark theme, from the colour behind its content. */
export function siteTheme(): 'light' | 'dark' {
  if (document.documentElement.classList.contains('__fb-dark-mode')) return 'dark';
  for (const el of [document.body, document.documentElement]) {
    if (!el) continue;
    const rgb = getComputedStyle(el)
      .backgroundColor.match(/\d+(\.\d+)?/g)
      ?.map(Number);
    if (!rgb || rgb.length < 3 || rgb[3] === 0) continue;
    const [r, g, b] = rgb as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b < 110 ? 'dark' : 'light';
  }
  return matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}
