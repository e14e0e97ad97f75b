// npm start: the built extension in Chromium, on offline demo pages that stand
// in for X, Facebook and LinkedIn (the end-to-end fixture pages), at their real addresses.
import { EXTENSION_DIR, launch } from './harness';
import { buildPages } from './pages/build';

const display = process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

if (!display) {
  console.log(`Whypost is built, but this machine has no display to open a browser on.

To try it by hand in Chrome or Chromium:
  1. open chrome://extensions and turn on "Developer mode";
  2. click "Load unpacked" and choose ${EXTENSION_DIR};
  3. write a post on x.com, facebook.com or linkedin.com: the badge appears next to the composer;
  4. click Whypost's icon in the toolbar: the draft's brief, the brand, the review queue;
     "Manage brands" opens the brand rule sets.

Pour l'essayer à la main dans Chrome ou Chromium :
  1. ouvrez chrome://extensions et activez le « Mode développeur » ;
  2. cliquez sur « Charger l'extension non empaquetée » et choisissez ${EXTENSION_DIR} ;
  3. écrivez une publication sur x.com, facebook.com ou linkedin.com : le badge apparaît à côté du champ ;
  4. cliquez sur l'icône de Whypost dans la barre d'outils : le brief du brouillon, la marque,
     la file de relecture ; « Gérer les marques » ouvre les règles de marque.`);
  process.exit(0);
}

await buildPages();
const locale = Intl.DateTimeFormat().resolvedOptions().locale;
const lang = locale.startsWith('fr') ? 'fr' : 'en';
const h = await launch({ extension: true, extensionDir: EXTENSION_DIR, headed: true, locale });
await h.page.goto(`https://x.com/home?lang=${lang}`);
const facebook = await h.context.newPage();
await facebook.goto(`https://www.facebook.com/?lang=${lang}`);
const linkedin = await h.context.newPage();
await linkedin.goto(`https://www.linkedin.com/feed/?lang=${lang}`);
// The brand rule sets, in a third tab (the popup opens from the toolbar icon).
const options = await h.context.newPage();
await options.goto(`chrome-extension://${h.extensionId}/options.html`);
await h.page.bringToFront();
console.log(
  'Whypost demo: X-like, Facebook-like and LinkedIn-like composers, offline, and the brand rule sets. ' +
    "Whypost's toolbar icon opens the popup. Close the browser window to stop.",
);
await new Promise<void>((resolve) => h.context.on('close', () => resolve()));
