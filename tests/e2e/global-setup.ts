import { buildPages } from './pages/build';

// Builds the fixture pages once per run (skipped when their sources are unchanged).
// The extension itself is built by the caller (`npm run build`).
export default async function setup(): Promise<void> {
  const { built, ms } = await buildPages();
  console.log(`[e2e] fixture pages ${built ? 'built' : 'up to date'} in ${Math.round(ms)} ms`);
}
