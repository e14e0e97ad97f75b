import type { Catalog } from './types';
import { LINKS } from './links';
import { NAMES } from './names';

export const en: Catalog = {
  rules: {
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
  },
  elements: {
    objective: {
      name: NAMES.en.elements['objective'],
      question: 'What is this post for: selling, informing, recruiting, helping, inviting?',
      example: 'Fill the 12 seats of Saturday’s tasting',
      notes: {
        vague: 'The goal is implied, not stated.',
        'not-pursued': 'The goal is not one the brand pursues.',
        company: 'The goal is the company’s visibility, not something for the reader.',
      },
    },
    audience: {
      name: NAMES.en.elements['audience'],
      question: 'Who is this post for?',
      example: 'Parents of primary-school children in Lyon',
      notes: { everyone: 'Addressed to everyone.' },
    },
    value: {
      name: NAMES.en.elements['value'],
      question: 'What does the reader gain from it?',
      example: 'Save 20% on the school bag until Friday',
      notes: { unstated: 'The benefit is implied, not stated.' },
    },
    'call-to-action': {
      name: NAMES.en.elements['call-to-action'],
      question: 'What should the reader do after reading?',
      example: 'Book your table before Friday',
      notes: {
        'no-commitment': 'Only “learn more” or a bare link.',
        bait: 'Asks for likes, shares or comments, not for an action that serves the business.',
      },
    },
    measurement: {
      name: NAMES.en.elements['measurement'],
      question: 'How will you know the post worked?',
      example: 'A link tagged utm_campaign=tasting-oct, or the code TASTE10 at the till',
      notes: { untracked: 'Something can be counted, but nothing ties it to this post.' },
    },
    'brand-fit': {
      name: NAMES.en.elements['brand-fit'],
      question: 'How does this post serve the brand: which product, service or promise?',
      example: 'Our new gluten-free bread, baked every morning in the shop',
      notes: {
        self: 'The brand talks about itself, not about what it offers.',
        unnamed: 'The brand and its products are not named.',
        banned: 'Uses a term the brand has banned.',
      },
    },
  },
  genres: NAMES.en.genres,
  verdicts: NAMES.en.verdicts,
  statuses: NAMES.en.statuses,
  severities: NAMES.en.severities,
  confidence: {
    sure: 'Whypost is confident: {genre} ({percent}%).',
    likely: 'Probably {genre} ({percent}%); it could also be {other} ({other-percent}%).',
    unsure: 'Whypost is unsure: {genre} ({percent}%) or {other} ({other-percent}%). Trust your own reading.',
    held: 'Not sure enough to stop the post: read it again before publishing.',
  },
  notices: {
    'unsupported-language':
      'This draft seems to be in a language Whypost does not read ({lang}). Only the checks that work in any language were run (links, hashtags, length, brand terms).',
    'mixed-language': 'This draft mixes French and English; it was read as {lang}.',
    'too-long':
      'This draft is {count} characters long; its language and genre were judged on its first {limit} characters (word lists, links and hashtags were read to the end).',
    'markup-ignored': 'HTML tags were ignored; the text between them was read.',
    'no-words': 'There are no words to read in this draft (only emoji, symbols or links).',
  },
  terms: {
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
  },
  report: {
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
  },
  links: LINKS.en,
};
