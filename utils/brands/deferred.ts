// The brand library for a page that shows before the library is loaded (the popup). The library validates
// every rule set it reads, which brings the schema, valibot and the rule registry (with twitter-text) along:
// the popup imports it when it reads its data, not before its first paint (issue 11).
import type * as Library from './library';
import type { BrandLibrary } from './types';

type Load = () => Promise<typeof Library>;
const importLibrary: Load = () => import('./library');

/** Every brand. When the library cannot be loaded or read: no brand and a notice, and the rest of the page still shows. */
export async function readLibrary(load: Load = importLibrary): Promise<BrandLibrary> {
  try {
    return await (await load()).loadLibrary();
  } catch {
    return { entries: [], active: 'default', notices: [{ code: 'unreadable-setting', key: 'brands' }] };
  }
}

/** Sets the brand used where no account on the page and no choice for the site selects one. */
export async function setActiveBrand(id: string, load: Load = importLibrary): Promise<void> {
  await (await load()).setActiveBrand(id);
}
