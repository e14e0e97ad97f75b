// "Comment GUIDE and I'll send it to you" / « Commentez GUIDE pour recevoir le
// modèle » (issue 14: LinkedIn). The comments are the price of the thing: the post
// buys reach with them and delivers nothing itself. LinkedIn counts asking for
// comments in exchange for something as engagement bait. A post that delivers
// (a link to the guide in the post) is not flagged: the comment is then a
// choice, not the price. Matched on the folded text (lower case, no accents,
// straight apostrophes), which has the same offsets as the text.
import type { Lang } from '../types';
import type { Rule } from './types';

const compile = (patterns: readonly string[]) => patterns.map((p) => new RegExp(p, 'gu'));

// What a lead magnet is called.
const THING_EN =
  '(?:guide|template|checklist|pdf|playbook|e-?book|framework|deck|slides|cheat ?sheet|swipe file|toolkit|kit|resource|workbook|worksheet|prompts?|script|report|white ?paper|list|link|copy|access)s?';
const THING_FR =
  '(?:guide|modele|checklist|pdf|fichier|document|template|trame|kit|livre blanc|e-?book|tableau|methode|liste|support|slides|presentation|lien|acces|replay|rapport|prompts?|script)s?';

const ASK_EN = '(?:comment|type|write|reply|drop|leave)';
const GIVE_EN =
  "(?:(?:i|we)(?:'ll| will| can)? (?:[a-z]+ ){0,2}?(?:send|dm|message|share|email|mail|give|forward)|to (?:get|receive|grab|unlock|access)|(?:and|&) (?:get|receive|grab))";
const ASK_FR = '(?:commente(?:z|r)?|ecri(?:s|vez|re)|tape(?:z|r)?|mett(?:ez|re)|mets|repond(?:s|ez|re)|laisse(?:z|r)?)';
const GIVE_FR =
  "(?:(?:je |j'|on |nous )(?:vous |te |t')?(?:l'|le |la |les |en )?(?:envoie|envoyons|enverrai|enverrons|partage|partagerai|partagerons|transmets|transmettrai|donne|donnerai|fais parvenir|ferai parvenir)|pour (?:recevoir|obtenir|avoir|recuperer|telecharger|acceder)|et (?:recevez|recois|obtenez|obtiens))";

const PATTERNS: Record<Lang, RegExp[]> = {
  en: compile([
    // Comment GUIDE below and I'll send it to you.
    `\\b${ASK_EN}\\b[^\\n]{0,60}?\\b${GIVE_EN}\\b`,
    // I'll send the guide to everyone who comments.
    `\\b(?:i|we)(?:'ll| will) (?:[a-z]+ ){0,3}?(?:send|dm|share|give)\\b[^\\n]{0,60}?\\b(?:who|that) (?:comments?|types?|writes?|replies|drops?)\\b`,
    // Want the checklist? Comment CHECKLIST.
    `\\b(?:want|get|grab|need)\\b[^\\n?]{0,40}\\b${THING_EN}\\b[^\\n]{0,20}?[?.!:]\\s*(?:just |simply )?${ASK_EN}\\b`,
  ]),
  fr: compile([
    `\\b${ASK_FR}\\b[^\\n]{0,60}?(?<![a-z])${GIVE_FR}\\b`,
    `\\b(?:envoie|enverrai|enverrons|partage|partagerai|transmettrai)\\b[^\\n]{0,60}?\\b(?:qui|que) (?:commente(?:nt|ra|ront)?|ecri(?:ra|ront|t|vent)|tape(?:nt|ra|ront)?)\\b`,
    `\\b(?:voulez|veux|envie|recevoir|obtenir)\\b[^\\n?]{0,40}\\b${THING_FR}\\b[^\\n]{0,20}?[?.!:]\\s*(?:il suffit de |simplement |juste )?${ASK_FR}\\b`,
  ]),
};

export const commentToReceive: Rule = {
  id: 'comment-to-receive',
  category: 'call-to-action',
  severity: 'blocker',
  enabledByDefault: true,
  languageNeutral: false,
  check({ draft }) {
    if (draft.platform !== 'linkedin' || draft.lang === null) return [];
    // The post delivers: the thing is linked from it.
    if (draft.signals.url.length > 0) return [];
    const hits: { start: number; end: number }[] = [];
    for (const pattern of PATTERNS[draft.lang]) {
      for (const m of draft.folded.matchAll(pattern)) {
        const span = { start: m.index, end: m.index + m[0].length };
        if (!hits.some((h) => h.start < span.end && h.end > span.start)) hits.push(span);
      }
    }
    return hits.map((h) => ({ ...h, data: { quote: draft.text.slice(h.start, h.end) } }));
  },
};
