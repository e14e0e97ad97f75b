// Every word Whypost shows in English, one named export a surface (see Words in
// ./types.ts and docs/decisions/014-one-catalog-per-language.md).
import type { Names, Words } from './types';

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

// The names of concepts, used by every surface below; one export a kind, so that the page
// takes only the kinds it shows.
export const genres: Names['genres'] = {
  'press-release': 'Press release',
  anecdote: 'Personal anecdote',
  'no-objective': 'No objective',
  'engagement-bait': 'Engagement bait',
  purposeful: 'Purposeful',
};
export const verdicts: Names['verdicts'] = {
  ready: 'Ready to publish',
  'needs-work': 'Needs work',
  'posting-for-posting-sake': 'Posting for posting’s sake',
  empty: 'Empty draft',
};
export const statuses: Names['statuses'] = { present: 'present', weak: 'weak', missing: 'missing' };
export const severities: Names['severities'] = { suggestion: 'suggestion', warning: 'warning', blocker: 'blocker' };
export const elements: Names['elements'] = {
  objective: 'Objective',
  audience: 'Audience',
  value: 'Value for the reader',
  'call-to-action': 'Call to action',
  measurement: 'Measurement',
  'brand-fit': 'Brand fit',
};
export const platforms: Names['platforms'] = { x: 'X', facebook: 'Facebook', linkedin: 'LinkedIn' };
/** Each language named in itself, the same in both catalogs (the language pickers). */
export const languages: Names['languages'] = { fr: 'Français', en: 'English' };
export const names: Words['names'] = { genres, verdicts, statuses, severities, elements, platforms, languages };

// The analyzer's words: rules, the brief, the critique's notices, the command line.
export const rules: Words['rules'] = {
  'press-release-dump': {
    name: 'Press-release dump',
    reason:
      'A press release speaks to journalists and shareholders. Your followers scroll past news that is about the company and not about them.',
    suggestion:
      'Say what changes for the reader (a price, a date, a service, a place) and what they can do about it; link to the release for the rest.',
    messages: {
      weighed: 'What makes it read like a press release: “{quote}”.',
      default: 'This reads like a press release: company news with nothing in it for the reader.',
      copied:
        '{share}% of the post is copied word for word from the page it links to, a press release (“{title}”), with nothing added for the reader.',
      'copied-headline':
        'The linked press release’s headline is pasted as is (“{title}”): {share}% of the post comes from the release, with nothing for the reader.',
      press: 'Press-release wording: “{quote}”.',
      announcement: 'Announcement formula: “{quote}”.',
      quote: 'Executive quote in the style of a release: “{quote}”.',
      corporate: 'Company news (appointments, results, partnerships, awards): “{quote}”.',
      'third-person': 'The company talks about itself in the third person: “{quote}”.',
    },
  },
  'weekend-anecdote': {
    name: 'Personal anecdote',
    reason:
      'A story about your weekend or your day builds no relationship with a customer unless it leads to what the brand offers.',
    suggestion:
      'Link the story to a product, a customer or an offer, and end with an invitation (a day, a time, a place or a link), or keep it for a personal account.',
    messages: {
      weighed: 'What makes it read like a personal story: “{quote}”.',
      default: 'A personal story with nothing for the reader to do or gain.',
      story: 'Personal narrative: “{quote}”.',
      leisure: 'Weekend or pastime: “{quote}”.',
    },
  },
  'no-objective': {
    name: 'No objective',
    reason: 'Posting to be present costs the audience’s attention and teaches it to scroll past the brand.',
    suggestion:
      'Decide what the post is for (sell, inform, recruit, help, invite) and say it: an offer, an event, a useful tip or practical information.',
    messages: {
      weighed: 'Nothing here asks or offers anything; what weighed most: “{quote}”.',
      default: 'Nothing here asks or offers anything: no call to action, offer, event or useful information.',
      filler: 'A greeting, a thank-you or a date, with nothing else: “{quote}”.',
    },
  },
  'engagement-bait': {
    name: 'Engagement bait',
    reason:
      'Facebook demotes posts that bait likes, shares, tags, votes or comments, and the reactions they get measure nothing that sells.',
    suggestion:
      'Ask for something that serves the business (register, book, answer a real question, give advice) or share something worth reacting to on its own.',
    messages: {
      weighed: 'Asks for engagement for its own sake: “{quote}”.',
      default: 'Asks for engagement for its own sake.',
      vote: 'Vote baiting (reactions used as ballots): “{quote}”.',
      react: 'React baiting (asking for likes or retweets): “{quote}”.',
      share: 'Share baiting: “{quote}”.',
      tag: 'Tag baiting (asking to tag friends): “{quote}”.',
      comment: 'Comment baiting (asking for a reply for its own sake): “{quote}”.',
      chain: 'Chain bait (“type Amen”, “1 like = …”): “{quote}”.',
      contest: 'A contest entered only by following, liking or retweeting: “{quote}”.',
    },
  },
  'missing-call-to-action': {
    name: 'No call to action',
    reason:
      'A reader who does not know what to do next does nothing, and a post that leads nowhere cannot show a result.',
    suggestion: 'End with one clear action: book, buy, register, call, come by, reply with your order number.',
    messages: {
      default: 'The post does not say what the reader should do.',
      'no-commitment': 'Only “{quote}”: a link or a “learn more” alone does not say what the reader should do.',
      bait: 'The only thing asked is a like, a share or a comment: that is not an action that serves the business.',
    },
  },
  'missing-value': {
    name: 'No value for the reader',
    reason: 'People act on what they gain. Without a benefit, the post is about you, not about them.',
    suggestion: 'Say what the reader gets: saved time or money, a solution, a place, a date, something to learn.',
    messages: { default: 'The post does not say what the reader gains.' },
  },
  'missing-audience': {
    name: 'No audience',
    reason: 'A post written for everyone speaks to no one; the people it is for must recognise themselves in it.',
    suggestion:
      'Address the reader (“you”) or name who the post is for: parents, small businesses, subscribers, Montrealers…',
    messages: {
      default: 'Nobody is addressed: no “you” and no group of people the post is for.',
      everyone: 'Addressed to everyone (“{quote}”): name who it is really for.',
    },
  },
  'untracked-link': {
    name: 'Untracked link',
    reason:
      'Without campaign parameters, the visits this post brings are lost among the others: nothing can be measured.',
    suggestion: 'Add UTM parameters (utm_source, utm_medium, utm_campaign) or a tracked short link.',
    messages: {
      default: 'Link with no tracking parameter: “{quote}”.',
      policy: 'The brand’s UTM policy requires {params} on this link: “{quote}”.',
      'policy-preview': 'The preview’s link lacks {params}, which the brand’s UTM policy requires: “{quote}”.',
      'policy-redirect': '“{quote}” leads to {target}, which lacks {params} that the brand’s UTM policy requires.',
    },
  },
  'comment-to-receive': {
    name: 'Comment to receive',
    reason:
      'Asking readers to comment a word to get something is engagement bait: LinkedIn shows such posts to fewer people, and the comments measure nothing that sells.',
    suggestion:
      'Deliver it in the post (a link to the guide, the document itself), or ask for an action that serves the business: download, register, book a call.',
    messages: { default: 'Asks for a comment in exchange for something: “{quote}”.' },
  },
  'hashtag-stuffing': {
    name: 'Too many hashtags',
    reason: 'A string of hashtags looks like spam, hides the message and draws the wrong audience.',
    suggestion: 'Keep one or two hashtags that your audience actually follows or that name your campaign.',
    messages: { default: '{count} hashtags where {limit} is already a lot: “{quote}”.' },
  },
  'tag-for-reach': {
    name: 'Tagging for reach',
    reason:
      'Tagging people to reach their networks is engagement bait: LinkedIn shows such posts to fewer people, and those tagged learn to ignore the brand.',
    suggestion:
      'Tag only the people and Pages the post is about or who took part, and say why; reach the others with something they would share on their own.',
    messages: {
      default: 'Tags many people to get reach.',
      list: 'A block of {count} tags: “{quote}”.',
      many: '{count} people or Pages tagged where {limit} is already a lot: “{quote}”.',
    },
  },
  buzzwords: {
    name: 'Jargon',
    reason: 'Corporate jargon says nothing concrete and customers have learnt to ignore it.',
    suggestion: 'Replace it with a fact the reader can check: a figure, a name, a result, a price.',
    messages: { default: 'Jargon: “{quote}”.' },
  },
  'self-centred': {
    name: 'Self-centred',
    reason: 'A post that talks about “we” far more than “you” is about the company, and readers notice.',
    suggestion: 'Turn sentences around the reader: what they get, what they can do.',
    messages: { default: '{we} mentions of the company (“{quote}”…) for {you} of the reader.' },
  },
  'too-long-for-platform': {
    name: 'Too long for the platform',
    reason:
      'X and LinkedIn reject posts over their limit, and on Facebook and LinkedIn what comes after “See more” is read by few.',
    suggestion:
      'On X, cut or split into a thread. On Facebook and LinkedIn, put the benefit and the call to action in the first lines.',
    messages: {
      default: 'Too long for the platform.',
      x: '{count} characters as X counts them (every link counts 23), over the limit of {limit}: the end will not fit.',
      facebook: 'What the reader gains (“{quote}”) comes after the “See more” fold, {fold} characters in.',
      linkedin: '{count} characters, over LinkedIn’s limit of {limit}: the end will not fit.',
      'linkedin-fold':
        'The hook (“{quote}”) comes after LinkedIn’s “…see more”, {fold} characters in: most readers will not see it.',
    },
  },
  'banned-term': {
    name: 'Banned term',
    reason: 'The brand has banned this term (a competitor, a forbidden claim, a word it does not use).',
    suggestion: 'Remove or reword it; check the brand’s rule set for what to say instead.',
    messages: {
      default: 'Term banned by the brand: “{quote}”.',
      'with-reason': 'Term banned by the brand: “{quote}” ({reason}).',
    },
  },
  'missing-required-term': {
    name: 'Missing required term',
    reason: 'The brand requires this term in its posts (a legal mention, a campaign tag, a signature).',
    suggestion: 'Add it where it reads naturally.',
    messages: { default: 'The brand requires “{term}” in its posts.' },
  },
  'brand-condition': {
    name: 'Brand condition',
    reason: 'The brand set this condition so that posts of this kind can be acted on and measured.',
    suggestion: 'Add what is missing.',
    messages: {
      default: 'Mentions {trigger} (“{quote}”) but is missing: {missing}.',
      custom: '{custom-en}',
    },
  },
};

export const brief: Words['brief'] = {
  objective: {
    question: 'What is this post for: selling, informing, recruiting, helping, inviting?',
    example: 'Fill the 12 seats of Saturday’s tasting',
    notes: {
      vague: 'The goal is implied, not stated.',
      'not-pursued': 'The goal is not one the brand pursues.',
      company: 'The goal is the company’s visibility, not something for the reader.',
    },
  },
  audience: {
    question: 'Who is this post for?',
    example: 'Parents of primary-school children in Lyon',
    notes: { everyone: 'Addressed to everyone.' },
  },
  value: {
    question: 'What does the reader gain from it?',
    example: 'Save 20% on the school bag until Friday',
    notes: { unstated: 'The benefit is implied, not stated.' },
  },
  'call-to-action': {
    question: 'What should the reader do after reading?',
    example: 'Book your table before Friday',
    notes: {
      'no-commitment': 'Only “learn more” or a bare link.',
      bait: 'Asks for likes, shares or comments, not for an action that serves the business.',
    },
  },
  measurement: {
    question: 'How will you know the post worked?',
    example: 'A link tagged utm_campaign=tasting-oct, or the code TASTE10 at the till',
    notes: { untracked: 'Something can be counted, but nothing ties it to this post.' },
  },
  'brand-fit': {
    question: 'How does this post serve the brand: which product, service or promise?',
    example: 'Our new gluten-free bread, baked every morning in the shop',
    notes: {
      self: 'The brand talks about itself, not about what it offers.',
      unnamed: 'The brand and its products are not named.',
      banned: 'Uses a term the brand has banned.',
    },
  },
};

export const confidence: Words['confidence'] = {
  sure: 'Whypost is confident: {genre} ({percent}%).',
  likely: 'Probably {genre} ({percent}%); it could also be {other} ({other-percent}%).',
  unsure: 'Whypost is unsure: {genre} ({percent}%) or {other} ({other-percent}%). Trust your own reading.',
  held: 'Not sure enough to stop the post: read it again before publishing.',
};

export const notices: Words['notices'] = {
  'unsupported-language':
    'This draft seems to be in a language Whypost does not read ({lang}). Only the checks that work in any language were run (links, hashtags, length, brand terms).',
  'mixed-language': 'This draft mixes French and English; it was read as {lang}.',
  'too-long':
    'This draft is {count} characters long; its language and genre were judged on its first {limit} characters (word lists, links and hashtags were read to the end).',
  'markup-ignored': 'HTML tags were ignored; the text between them was read.',
  'no-words': 'There are no words to read in this draft (only emoji, symbols or links).',
};

export const terms: Words['terms'] = {
  '@promotion': 'a promotion',
  '@event': 'an event',
  '@contest': 'a contest',
  '@job-offer': 'a job offer',
  '@link': 'a link',
  '@price': 'a price',
  '@call-to-action': 'a call to action',
  '@tracked-link': 'a tracked link (UTM)',
  '@date': 'a date',
  '@audience': 'an audience',
  fr: 'French',
  en: 'English',
};

export const cli: Words['cli'] = {
  score: 'Score',
  brief: 'Business brief',
  findings: 'Findings',
  none: 'none',
  language: 'Language',
  genre: 'Genre',
  example: 'For example',
  notices: 'Notices',
  why: 'Why',
  fix: 'What to do',
};

export const links: Words['links'] = {
  heading: 'Linked pages',
  states: {
    checked: 'read',
    'not-allowed': 'link not checked: Whypost has no access to this site yet',
    checking: 'reading…',
    failed: 'could not check the link',
  },
  problems: {
    timeout: 'the page took more than 3 seconds to answer',
    http: 'the site answered {status}',
    'not-html': 'not a web page ({type})',
    network: 'the site could not be reached',
    unreadable: 'the page could not be read',
    'invalid-url': 'not a web address',
    redirect: 'the link redirects to another address: allow every site to follow it',
  },
  cues: {
    label: '“press release” label',
    'immediate-release': '“for immediate release” line',
    wire: 'sent out by a press-release wire',
    dateline: 'place and date opening the text',
    about: '“About…” block',
    'media-contact': 'media contact',
    'end-mark': 'end mark (### or -30-)',
    'newsroom-url': 'newsroom address',
    'news-agency': 'article by a news agency',
  },
  pressRelease: 'press release',
  notPressRelease: 'not a press release',
  copied: '{share}% of the post is copied from this page',
  notCopied: 'nothing is copied from this page',
  headline: 'the headline is pasted as is',
  dump: 'copied with no angle for the reader',
  angle: 'your own words add an angle for the reader',
  truncated: 'only the first 2 MB were read',
  utm: 'lacks parameters the brand’s UTM policy requires: {params}',
  redirected: 'leads to {url}',
};

export const catalog: Words['catalog'] = {
  names,
  rules,
  elements: brief,
  genres,
  verdicts,
  statuses,
  severities,
  confidence,
  notices,
  terms,
  report: cli,
  links,
};

// The page: badge, critique card, pre-publish check (the content scripts carry these, and `names`).
export const badge: Words['badge'] = {
  badgeLabel: 'Whypost: critique of this draft',
  analysing: 'Analysing…',
  unavailable: 'Critique unavailable',
  checking: 'Checking before posting…',
  gaps: (n) => (n === 0 ? 'nothing missing' : n === 1 ? '1 gap' : `${n} gaps`),
  ready: 'Ready',
  language: (code) => code.toUpperCase(),
};

export const card: Words['card'] = {
  cardTitle: 'Whypost critique',
  brief: 'Business brief',
  findings: 'Findings',
  noFindings: 'No findings.',
  example: 'For example:',
  ignoreForDraft: 'Ignore for this draft',
  ruleOffForBrand: 'Turn this rule off for the brand',
  weighted: (n, max) => `${n} / ${max} characters as X counts them`,
  hideHere: 'Hide the badge here',
  hideOnSite: 'Hide the badge on this site',
  offOnSite: 'Turn Whypost off on this site',
  close: 'Close',
  allowSite: (host) => `Allow reading ${host}`,
  allowAll: 'Allow every site',
};

export const check: Words['check'] = {
  checkingNote: 'Whypost is checking your post before it goes out…',
  confirmTitle: 'Publish anyway?',
  confirmIntro: 'Whypost thinks this post does little for the business:',
  lacks: 'Missing:',
  keepEditing: 'Keep editing',
  publishAnyway: 'Publish anyway',
  reasonLabel: 'Reason (optional)',
  reasons: {
    'client-approved': 'Approved by the client',
    'time-sensitive': 'Time-sensitive',
    'false-alarm': 'False alarm',
    other: 'Other',
  },
};

export const access: Words['access'] = {
  notNow: 'Not now',
  accessTitle: 'Let Whypost read linked pages?',
  accessIntro: (host) =>
    `Your draft links to ${host}. With your permission, Whypost reads that page to tell whether it is a press release and how much of your draft is copied from it.`,
  accessPrivacy:
    'The page is fetched from your computer, without cookies, and read there; nothing you type is sent. You can take this access back at any time in the options.',
  accessGranted: 'Done: the link is being read. This window can be closed.',
  accessRefused: 'Not allowed: the link stays unchecked, and nothing is ever blocked because of it.',
};

export const library: Words['library'] = {
  problems: {
    'bad-address': 'not a web address',
    'not-https': 'the address must start with https://',
    unreachable: (host, detail) => `could not reach ${host || 'the server'} (${detail})`,
    status: (host, status) => `${host} answered ${status}`,
    'too-large': 'the file is larger than 1 MB',
    invalid: (path, message, line) =>
      `not a valid brand rule set (${line ? `line ${line} · ` : ''}${path}: ${message})`,
  },
  presets: {
    default: 'Default',
    'b2c-shop': 'B2C shop',
    b2b: 'B2B',
    'public-institution': 'Public institution',
    'strict-agency': 'Strict agency',
  },
};

// The popup (it also shows names, card.brief, card.findings, card.noFindings, card.example,
// card.weighted, check.reasons and the rules' names).
export const popup: Words['popup'] = {
  title: 'Whypost',
  langLabel: 'Language',
  langAuto: 'Automatic',
  tabsLabel: 'Whypost sections',
  tabDraft: 'This draft',
  tabQueue: (n) => (n === 0 ? 'Review queue' : `Review queue (${n})`),

  currentHeading: 'Current draft',
  loading: 'Loading…',
  notOnSite: 'Open X, Facebook or LinkedIn to critique a draft.',
  siteOff: (host) => `Whypost is off on ${host}. Switch it back on below to have your drafts critiqued.`,
  noDraft: (platform) => `No draft yet: click in a ${platform} composer and start writing.`,
  noCritique: 'Analysing the draft…',
  critiqueUnavailable:
    'The critique is unavailable for now: you can publish as usual. Type a few more words or reload the page to try again.',
  scoreLabel: 'Score',
  score: (n) => `${n}/100`,
  genre: 'Genre',
  language: 'Language',
  account: 'Account',
  brand: 'Brand',
  openCard: 'Show the critique in the page',
  triggeredBy: 'Words in question:',
  toDo: 'What to do:',

  brandHeading: 'Brand',
  brandLabel: 'Brand applied here',
  brandHint: 'Its rules apply to the drafts written on this site.',
  brandManaged: 'managed by your organisation',
  brandSubscribed: 'subscription',
  brandUnreadable: 'unreadable, default rules used',
  brandUnknown: (id) => `${id} (not found)`,
  manageBrands: 'Manage brands',
  notices: {
    storedLocally: (brand) => `The brand “${brand}” is too large to sync: it stays on this computer.`,
    unreadableBrand: (brand) => `The brand “${brand}” cannot be read: the default rules apply meanwhile.`,
    unreadableSetting: (key) => `A setting (${key}) cannot be read: its default value applies.`,
    refreshFailed: (brand, error, date) =>
      `The brand “${brand}” could not be updated (${error}): the version of ${date} is still in use.`,
    refreshFailedNoCopy: (brand, error) => `The brand “${brand}” could not be downloaded (${error}).`,
    managedUnavailable: 'The brands managed by your organisation cannot be reached for now.',
  },

  siteHeading: 'This site',
  siteSwitch: (host) => `Whypost on ${host}`,

  queueHeading: 'Review queue',
  filtersLegend: 'Filters',
  filtersToggle: (n) => (n === 0 ? 'Filters' : `Filters (${n} active)`),
  filterBrand: 'Brand',
  filterRule: 'Rule',
  filterDecision: 'Decision',
  filterFrom: 'From',
  filterTo: 'To',
  all: 'All',
  showReviewed: 'Show reviewed drafts',
  resetFilters: 'Reset filters',
  shown: (n, total) => `${n} of ${total} ${plural(total, 'draft', 'drafts')} shown.`,
  empty: 'No drafts yet. Drafts are added here when they reach the pre-publish check.',
  emptyFiltered: 'No draft matches these filters.',
  historyOff: 'History is off: new drafts are not recorded.',
  showMore: (n) => `Show ${n} more`,
  decisions: {
    published: 'Published',
    'published-anyway': 'Published anyway',
    revised: 'Revised',
    abandoned: 'Abandoned',
  },
  reviewed: 'Reviewed',
  yes: 'Yes',
  no: 'No',
  toReview: 'To review',
  markAllShown: 'Mark all shown as reviewed',
  markedReviewed: (n) => `${n} ${plural(n, 'draft', 'drafts')} marked as reviewed.`,
  openReport: 'Coaching report',
  exportCsv: 'Export CSV',
  exportJson: 'Export JSON',
  exported: (n, format) => `${n} ${plural(n, 'draft', 'drafts')} exported as ${format}.`,
  clearAll: 'Clear history…',
  confirmClear: (n) =>
    n === 1
      ? 'Delete the recorded draft? This cannot be undone.'
      : `Delete all ${n} recorded drafts? This cannot be undone.`,
  confirmClearYes: 'Delete all',
  cancel: 'Cancel',
  cleared: 'History cleared.',

  detailHeading: (date) => `Draft of ${date}`,
  back: 'Back to the list',
  markReviewed: 'Mark as reviewed',
  markNotReviewed: 'Mark as not reviewed',
  nowReviewed: 'Draft marked as reviewed.',
  nowNotReviewed: 'Draft marked as not reviewed.',
  deleteDraft: 'Delete',
  deleted: 'Draft deleted.',
  text: 'Text',
  decision: 'Decision',
  where: 'Where',
  noBrief: 'This draft was recorded without its brief (older version of Whypost).',

  historyLegend: 'History settings',
  historyEnabled: 'Record the drafts that reach the pre-publish check',
  historyNote: 'Drafts stay on this computer.',
  maxDrafts: 'Maximum number of drafts',
  maxDays: 'Keep for (days)',
  save: 'Save',
  saved: 'History settings saved.',
  invalidNumber: (min, max) => `Enter a whole number from ${min.toLocaleString('en')} to ${max.toLocaleString('en')}.`,
  invalidForm: 'A setting is not valid: nothing was saved.',
  /** The header of the review queue's CSV export, by column (utils/history.ts). */
  csvHeaders: {
    date: 'date',
    platform: 'platform',
    surface: 'surface',
    brand: 'brand',
    account: 'account',
    language: 'language',
    genre: 'genre',
    verdict: 'verdict',
    score: 'score',
    decision: 'decision',
    reason: 'reason',
    reviewed: 'reviewed',
    rules: 'rules',
    text: 'text',
  },
  undetermined: 'undetermined',
};

// The options page.
export const options: Words['options'] = {
  title: 'Whypost — brand rule sets',
  intro:
    'A brand rule set tells Whypost what a brand sells, to whom and in which words, which rules to apply to its drafts and what stops a post before it is published.',
  interfaceLanguage: 'Interface language',
  openReport: 'Coaching report',
  languageAuto: 'Automatic (the browser’s)',
  noticesTitle: 'Worth knowing',
  notices: {
    storedLocally: (brand) =>
      `“${brand}” is too big for synced storage: it is kept on this computer only and does not follow you to your other browsers.`,
    unreadableBrand: (brand) =>
      `“${brand}” could not be read: Whypost uses the default preset instead. Export the stored value to repair it.`,
    unreadableSetting: (key) => `The setting “${key}” could not be read: its default value is used.`,
    refreshFailed: (brand, error, date) =>
      `Refreshing “${brand}” failed: ${error}; the copy of ${date} is still in use.`,
    refreshFailedNoCopy: (brand, error) => `Refreshing “${brand}” failed: ${error}.`,
    managedUnavailable: 'The brands set by your administrator could not be read; they are not available for now.',
  },
  failed: (message) => `Something went wrong: ${message}`,
  cancel: 'Cancel',
  remove: 'Remove',
  onePerLine: 'one per line',

  brandsTitle: 'Brands',
  sources: { preset: 'Preset', user: 'Yours', subscription: 'Subscribed', managed: 'Managed' },
  lockedBadge: 'Locked',
  unreadableBadge: 'Unreadable',
  activeBadge: 'Used by default',
  useByDefault: 'Use by default',
  nowDefault: (brand) => `“${brand}” is now used by default.`,
  edit: 'Edit',
  view: 'View',
  export: 'Export',
  exported: (file) => `Downloaded ${file}.`,
  storedLocally: 'Too big for synced storage: kept on this computer only.',

  addTitle: 'Add a brand',
  sitesTitle: 'Sites Whypost may read',
  sitesIntro:
    'Whypost reads the page a draft links to only on these sites (and fetches subscribed rule sets from them). Pages are fetched without cookies and read on this computer.',
  sitesNone: 'None: links are not checked until you allow their site from the critique card or the popup.',
  sitesEvery: 'Every site',
  sitesRemove: (site) => `Remove ${site}`,
  createTitle: 'Create from a preset',
  createName: 'Brand name',
  createPreset: 'Start from',
  presets: {
    default: 'Default: the rules as shipped',
    'b2c-shop': 'Shop selling to consumers (B2C)',
    b2b: 'Company selling to companies (B2B)',
    'public-institution': 'Public institution',
    'strict-agency': 'Strict agency',
  },
  create: 'Create',
  nameRequired: 'Give the brand a name.',
  created: (brand) => `“${brand}” created.`,
  nameTaken: (brand) => `A brand named “${brand}” already exists: choose another name.`,
  notDone: 'Nothing was changed:',

  importTitle: 'Import a rule set',
  importFile: 'Rule set file (.json)',
  importPaste: 'Or paste the text of a rule set',
  importPasted: 'Import the pasted text',
  pasteFirst: 'Paste the text of a rule set first.',
  importErrors: 'This rule set cannot be imported; nothing was changed:',
  errorAt: (line, path, message) => `${line} · ${path}: ${message}`,
  errorPath: (path, message) => `${path}: ${message}`,
  line: (n) => `line ${n}`,
  imported: 'Rule set imported.',
  conflictTitle: 'This brand already exists',
  conflict: (brand) => `A brand named “${brand}” already exists.`,
  replace: 'Replace it',
  asCopy: 'Import as a copy',
  importCancelled: 'Import cancelled; nothing was changed.',

  subscribeTitle: 'Subscribe to a rule set',
  subscribeHelp:
    'An agency or a head office can publish a rule set at an https:// address. Whypost downloads it, refreshes it every day, and keeps it read-only.',
  subscribeUrl: 'Address of the rule set',
  subscribe: 'Subscribe',
  subscribing: 'Downloading…',
  httpsOnly: 'The address must start with https:// (a secure connection); nothing was downloaded.',
  notAnAddress: 'This is not a web address: it should look like https://example.com/brand.json.',
  subscribed: 'Subscribed: the rule set is in your list of brands.',
  subscribeFailed: (error) => `Subscribing failed: ${error}`,
  subscribeErrors: 'The rule set at this address is not valid; nothing was changed:',

  presetNote: 'A built-in preset: saving your changes keeps your own version of it, under the same name.',
  lockedManaged:
    'Set by your administrator: it cannot be changed or deleted here. Duplicate it to make a version of your own.',
  lockedSubscription:
    'Subscribed: it is updated from its address, so it cannot be changed here. Duplicate it to make a version of your own.',
  address: 'Address',
  updated: (date) => `Updated ${date}`,
  neverUpdated: 'Not downloaded yet',
  checked: (when) => `Last checked ${when}`,
  refreshFailed: (error, date) => `Refresh failed: ${error}; the copy of ${date} is still in use.`,
  refreshFailedNoCopy: (error) => `Refresh failed: ${error}.`,
  refreshNow: 'Refresh now',
  refreshing: 'Refreshing…',
  refreshDone: 'Refresh finished.',
  unsubscribe: 'Unsubscribe',
  unsubscribed: (brand) => `Unsubscribed from “${brand}”.`,
  unreadableTitle: 'This rule set cannot be read',
  unreadableHelp:
    'Whypost uses the default preset instead. Export the stored value, repair it and import it again, or delete it.',
  exportUnreadable: 'Export the unreadable value',
  rename: 'Rename',
  newName: 'New name',
  renamed: (brand) => `Renamed “${brand}”.`,
  duplicate: 'Duplicate',
  duplicated: (brand) => `Copy of “${brand}” created.`,
  delete: 'Delete',
  deleteConfirm: (brand) => `Delete “${brand}”? It will be removed from every browser where you use Whypost.`,
  deleteYes: 'Yes, delete it',
  deleted: (brand) => `“${brand}” deleted.`,

  editorTitle: 'Rule set',
  readOnly: 'Read only: duplicate this brand to change it.',
  identity: 'The brand',
  brandName: 'Name',
  locale: 'Language of the brand',
  localeUnset: 'Not set',
  locales: { 'fr-FR': 'French (France)', 'fr-CA': 'French (Québec)', en: 'English' },
  accounts: 'Accounts of the brand',
  account: (n) => `Account ${n}`,
  platform: 'Network',
  handle: 'Handle',
  handleExamples: {
    x: '@AcmeRobotics',
    facebook: 'Acme Robotics',
    linkedin: 'Acme Robotics, or linkedin.com/company/acme-robotics',
  },
  addAccount: 'Add an account',
  offer: 'What it offers, and to whom',
  products: 'Products and services',
  objectives: 'Objectives',
  objectivesHelp: 'None ticked: any objective.',
  objectiveNames: {
    awareness: 'Awareness',
    leads: 'Leads',
    sales: 'Sales',
    recruitment: 'Recruitment',
    support: 'Customer support',
  },
  audiences: 'Audiences',
  callsToAction: 'Preferred calls to action',
  words: 'Words',
  requiredTerms: 'Required terms',
  bannedTerms: 'Banned terms',
  bannedTerm: (n) => `Banned term ${n}`,
  term: 'Term',
  reason: 'Reason (optional)',
  addBannedTerm: 'Add a banned term',
  utm: 'Link tracking (UTM)',
  utmHelp: 'Links to these domains must carry these query parameters.',
  utmPolicy: (n) => `UTM policy ${n}`,
  domains: 'Domains, separated by commas',
  parameters: 'Required parameters, separated by commas',
  addUtm: 'Add a UTM policy',
  conditions: 'Conditional rules',
  conditionsHelp: 'When a draft has something, it must also contain something else.',
  condition: (n) => `Conditional rule ${n}`,
  conditionId: 'Identifier (lower-case letters, digits and dashes)',
  when: 'When the draft has',
  whenTerm: 'Term that triggers it',
  aTerm: 'a term…',
  requires: 'It must also have',
  requireTerms: 'Required terms',
  severity: 'Severity',
  messageFr: 'Message in French (optional)',
  messageEn: 'Message in English (optional)',
  addCondition: 'Add a conditional rule',
  rules: 'Rules',
  rulesHelp: 'Untick a rule to turn it off; choose a severity to replace its own.',
  ruleOn: (rule) => rule,
  ruleSeverity: (rule) => `Severity of “${rule}”`,
  defaultSeverity: (severity) => `Default (${severity})`,
  minSeverity: 'Minimum severity shown',
  blocking: 'What stops publishing',
  blockingVerdicts: 'Verdicts that stop a post',
  blockingSeverity: 'Findings that stop a post, from',
  blockingNever: 'None: severity never stops a post',
  blockingRules: 'Rules that always stop a post',
  save: 'Save',
  saving: 'Saving…',
  saved: 'Saved.',
  savedLocally: 'Saved on this computer only: the rule set is too big for synced storage.',
  notSaved: (count) => (count === 1 ? 'Not saved: 1 error to fix.' : `Not saved: ${count} errors to fix.`),
  otherErrors: 'Other errors',
  quoted: (value, message) => `“${value}”: ${message}`,
};

// The coaching report (its names of genres, verdicts, decisions… are the popup's).
export const report: Words['report'] = {
  title: 'Coaching report',
  langLabel: 'Language',
  langAuto: 'Automatic',
  scope: (brand, platform, period) => `${brand} · ${platform} · ${period}`,
  generated: (date) => `Report made on ${date} by Whypost, from the drafts recorded on this computer.`,
  loading: 'Loading…',

  filtersLegend: 'Filters',
  brand: 'Brand',
  allBrands: 'All brands',
  platform: 'Platform',
  allPlatforms: 'All platforms',
  period: 'Period',
  lastDays: (n) => `Last ${n} days`,
  between: 'Between two dates',
  from: 'From',
  to: 'To',
  invalidDates: 'Choose two dates to show this period.',

  noDrafts: 'No draft has been recorded yet. The figures will appear here once drafts reach the pre-publish check.',
  historyOff: 'History is turned off in the Whypost popup: new drafts are not recorded.',
  emptyPeriod: 'No draft was checked for this brand, platform and period.',
  thin: (n) => `${plural(n, 'Only one draft', `Only ${n} drafts`)} in this period: read the shares with care.`,

  summaryHeading: 'At a glance',
  checked: 'Drafts checked',
  checkedHint: 'every press of Post',
  flagged: 'Flagged',
  flaggedHint: 'stopped by the pre-publish check',
  shareOf: (share, whole) => `${share} of ${whole}`,

  trendHeading: 'Share of drafts flagged, week by week',
  trendIntro: 'Weeks run Monday to Sunday; a week with no draft has no point.',
  week: 'Week',
  weekOf: (date) => `Week of ${date}`,
  nothingChecked: 'no draft',
  genresHeading: 'Genres of the flagged drafts',
  genresEmpty: 'No draft was flagged in this period.',
  missingHeading: 'Business elements most often missing',
  missingIntro: (n) => `Among the ${n} ${plural(n, 'draft', 'drafts')} whose brief was recorded.`,
  missingEmpty: 'No business element was missing.',
  noBriefs: 'These drafts were recorded without their brief (an earlier version of Whypost).',
  verdictsHeading: 'Verdicts',
  decisionsHeading: 'Decisions',
  reasonsHeading: 'Reasons given for publishing anyway',
  reasonsTop: 'Most frequent:',
  reasonsEmpty: 'No draft was published anyway in this period.',
  noReason: 'No reason given',
  rulesHeading: 'Rules most often triggered',
  rulesEmpty: 'No rule was triggered in this period.',
  coachingHeading: 'Coaching effect',
  coaching: (revised, flagged, passed) =>
    `${revised} of ${flagged} flagged ${plural(flagged, 'draft was', 'drafts were')} revised; ${passed} of them then went out without being stopped.`,
  coachingEmpty: 'No draft was revised after the check in this period.',

  colItem: 'Item',
  colCount: 'Drafts',
  colShare: 'Share',
  colChecked: 'Checked',
  colFlagged: 'Flagged',
  chartLabel: (heading) => `Chart: ${heading}. The table has the same figures.`,
  showTable: 'Show the table',
  hideTable: 'Hide the table',

  exportCsv: 'Export the figures as CSV',
  exportJson: 'Export the figures as JSON',
  print: 'Print or save as PDF',
  exported: (format) => `Figures exported as ${format}.`,
  csvHeaders: { section: 'section', key: 'key', label: 'label', count: 'count', share: 'share (%)', of: 'of' },
  csvMeta: { brand: 'Brand', platform: 'Platform', from: 'From', to: 'To', generated: 'Made on' },
  sections: {
    checked: 'Drafts checked',
    flagged: 'Drafts flagged',
    verdict: 'Verdict',
    decision: 'Decision',
    genre: 'Flagged genre',
    reason: 'Reason for publishing anyway',
    missing: 'Missing element',
    rule: 'Rule triggered',
    revised: 'Revised after the check',
    week: 'Week (flagged of checked)',
  },
  revisedPassed: 'Revised, then published without being stopped',
};

// The browser's words (locales/en.yml, which WXT turns into _locales; tests/names.test.ts checks they agree).
export const extension: Words['extension'] = {
  name: 'Whypost',
  description:
    'Asks why before you post. Critiques Facebook, X and LinkedIn drafts for their business purpose, on your machine.',
};
