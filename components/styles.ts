// Styles of the UI Whypost puts in the page, inside its shadow roots (components/styles.css).
// Imported as text: the build minifies it, so that the content scripts stay small.
import css from './styles.css?inline';

export const STYLES: string = css;
