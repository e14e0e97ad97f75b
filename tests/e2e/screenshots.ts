// The README's screenshots of the coaching report (FR, EN), of the popup's
// review queue holding drafts (FR, EN), and of Whypost in the LinkedIn share box
// (the card in English, the pre-publish check in French). Run after `npm run build`:
//   npx tsx tests/e2e/screenshots.ts            (all)
//   npx tsx tests/e2e/screenshots.ts linkedin   (or report: one group only)
// The queue is made of real critiques (analyze() on example drafts) with
// decisions and dates spread over five weeks, written straight into storage.
import { analyze, ELEMENTS, type Lang } from '../../analyzers';
import type { DraftRecord } from '../../utils/storage';
import { EXTENSION_DIR, launch, type Harness } from './harness';
import { buildPages } from './pages/build';

declare const chrome: {
  storage: { local: { clear(): Promise<void>; set(values: Record<string, unknown>): Promise<void> } };
};

const DAY = 86_400_000;
const NOW = Date.now();

const TEXTS: { text: string; locale: Lang }[] = [
  { text: 'Likez si vous aimez le lundi ! Identifiez un ami qui a besoin de café ☕', locale: 'fr' },
  {
    text: "Le groupe Berthier a le plaisir d'annoncer la nomination de Claire Martin au poste de directrice financière.",
    locale: 'fr',
  },
  {
    text: 'Réservez votre table pour le brunch de dimanche : 24 €, de 10 h à 14 h, sur https://resto.fr/brunch?utm_source=facebook',
    locale: 'fr',
  },
  {
    text: 'Quelle fin de semaine au chalet avec toute l’équipe ! On a fait des crêpes et joué aux cartes.',
    locale: 'fr',
  },
  { text: 'Bon lundi à tous ! ☀️', locale: 'fr' },
  {
    text: 'Harbor Bank is pleased to announce that Maria Lopez will join the Company as Chief Financial Officer, effective March 1.',
    locale: 'en',
  },
  { text: 'Like if you agree! Tag a friend who needs coffee 👇', locale: 'en' },
  {
    text: 'Parents: our new after-school club opens Monday, €12 a session. Book a place for your child at https://club.example/book?utm_source=x',
    locale: 'en',
  },
];

type Plan = [text: number, daysAgo: number, decision: DraftRecord['decision'], reason?: DraftRecord['reason']];

// Five weeks in which the team is stopped less and less often.
const PLAN: Plan[] = [
  [0, 33, 'published-anyway', 'client-approved'],
  [1, 32, 'abandoned'],
  [3, 31, 'published-anyway', 'time-sensitive'],
  [4, 30, 'published-anyway'],
  [2, 29, 'published'],
  [1, 26, 'revised'],
  [2, 26, 'published'],
  [0, 25, 'published-anyway', 'client-approved'],
  [4, 24, 'abandoned'],
  [7, 23, 'published'],
  [3, 19, 'revised'],
  [2, 19, 'published'],
  [5, 18, 'published-anyway', 'client-approved'],
  [7, 17, 'published'],
  [2, 16, 'published'],
  [6, 12, 'abandoned'],
  [2, 11, 'published'],
  [7, 10, 'published'],
  [4, 9, 'revised'],
  [2, 9, 'published'],
  [7, 4, 'published'],
  [2, 3, 'published'],
  [1, 2, 'published-anyway', 'false-alarm'],
  [7, 1, 'published'],
];

function record([index, daysAgo, decision, reason]: Plan, i: number): DraftRecord {
  const { text, locale } = TEXTS[index]!;
  const platform = i % 3 === 0 ? 'x' : 'facebook';
  const c = analyze(text, { locale, platform });
  const brief = {} as NonNullable<DraftRecord['brief']>;
  for (const e of ELEMENTS) {
    const { status, evidence, question, example } = c.brief[e];
    brief[e] = {
      status,
      evidence: evidence.map((ev) => ev.text),
      ...(question ? { question } : {}),
      ...(example ? { example } : {}),
    };
  }
  return {
    id: `shot-${i}`,
    // Revised drafts and their next version come from the same composer, minutes apart.
    at: NOW - daysAgo * DAY + (decision === 'revised' ? 0 : 10 * 60_000) - i * 1000,
    text,
    platform,
    surface: platform === 'x' ? 'x-home' : 'page',
    brandId: 'cafe-lumiere',
    brand: 'Café Lumière',
    account: platform === 'x' ? '@cafelumiere' : 'Café Lumière',
    lang: c.lang,
    genre: c.genre,
    verdict: c.verdict,
    score: c.score,
    findings: c.findings.map(({ rule, category, severity, message, suggestion, start, end, quote }) => ({
      rule,
      category,
      severity,
      message,
      suggestion,
      ...(start === undefined ? {} : { start }),
      ...(end === undefined ? {} : { end }),
      ...(quote === undefined ? {} : { quote }),
    })),
    brief,
    decision,
    ...(reason ? { reason } : {}),
    ...(i % 4 === 0 ? { reviewed: true } : {}),
  };
}

// Every flagged draft of the plan was stopped by the check; purposeful ones went out.
const drafts = PLAN.map(record);

const only = process.argv[2];
const want = (group: 'report' | 'linkedin') => !only || only === group;

// Drafts typed into the LinkedIn page's share box (a real Quill editor, tests/e2e/pages/linkedin/).
const LINKEDIN_DRAFTS: Record<'en' | 'fr', string> = {
  en: 'Harbor Bank is pleased to announce that Maria Lopez will join the Company as Chief Financial Officer, effective March 1.\n\n#banking #finance #leadership #news #career #hiring',
  fr: 'Likez si vous aimez le lundi !\nCommentez « GUIDE » et je vous envoie notre checklist. Identifiez un collègue qui en a besoin !',
};

await buildPages();
for (const lang of ['en', 'fr'] as const) {
  const h = await launch({ extension: true, extensionDir: EXTENSION_DIR, locale: lang === 'fr' ? 'fr-FR' : 'en-US' });
  const sw = await h.serviceWorker();
  await sw.evaluate(
    async ([list, uiLang]) => {
      await chrome.storage.local.clear();
      await chrome.storage.local.set({
        // Written as drafts of version 2: the migration links each revised draft to its next version.
        drafts: list,
        drafts$: { v: 2 },
        settings: { uiLang, history: { enabled: true, maxDrafts: 1000, maxDays: 90 } },
      });
    },
    [drafts, lang] as const,
  );

  if (want('report')) await reportAndQueue(h, lang);
  if (want('linkedin')) await linkedIn(h, lang);
  await h.close();
}

async function reportAndQueue(h: Harness, lang: 'en' | 'fr'): Promise<void> {
  const report = await h.context.newPage();
  await report.setViewportSize({ width: 1100, height: 800 });
  await report.goto(`chrome-extension://${h.extensionId}/report.html?days=90`);
  await report.locator('[data-whypost="report-checked"][data-count="24"]').waitFor();
  await report.locator('[data-whypost="report-chart"] canvas').first().waitFor();
  await report.waitForTimeout(300);
  await report.screenshot({ path: `docs/screenshots/report-${lang}.png`, fullPage: true });
  // The printed page (not committed): the charts take their print size on beforeprint, as when printing.
  await report.emulateMedia({ media: 'print' });
  await report.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await report.setViewportSize({ width: 794, height: 1123 });
  await report.screenshot({ path: `test-results/report-print-${lang}.png`, fullPage: true });
  await report.pdf({ path: `test-results/report-${lang}.pdf`, format: 'A4', printBackground: true });

  const popup = await h.context.newPage();
  await popup.setViewportSize({ width: 380, height: 600 });
  await popup.goto(`chrome-extension://${h.extensionId}/popup.html`);
  await popup.getByRole('tab', { name: /Review queue|File de relecture/ }).click();
  await popup.locator('[data-whypost="queue-item"]').first().waitFor();
  await popup.screenshot({ path: `docs/screenshots/popup-queue-${lang}.png` });
  console.log(`docs/screenshots/report-${lang}.png, docs/screenshots/popup-queue-${lang}.png`);
}

/** The share box on the LinkedIn page: the open card in English, the pre-publish check in French. */
async function linkedIn(h: Harness, lang: 'en' | 'fr'): Promise<void> {
  const page = await h.context.newPage();
  await page.setViewportSize({ width: 1100, height: 760 });
  await page.goto(`https://www.linkedin.com/feed/?lang=${lang}`);
  await page.locator('.share-box-feed-entry__trigger').click();
  await h.typeInto(page.locator('[data-test-modal-id="sharebox"] .ql-editor'), LINKEDIN_DRAFTS[lang]);
  const badge = page.locator('whypost-badge [data-whypost="badge"][data-verdict]');
  await badge.waitFor({ timeout: 15_000 });
  const path = `docs/screenshots/linkedin-${lang === 'en' ? 'card' : 'check'}-${lang}.png`;
  if (lang === 'en') {
    await badge.click();
    await page.locator('whypost-badge [data-whypost="card"]').waitFor();
  } else {
    await page.locator('.share-actions__primary-action').click();
    await page.locator('whypost-check [data-whypost="confirm"]').waitFor();
  }
  await page.waitForTimeout(300);
  await page.screenshot({ path });
  console.log(path);
}
