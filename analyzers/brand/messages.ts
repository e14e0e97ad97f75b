// The errors of a brand rule set in French. The schema and the JSON reader
// write them in English (the command line and the file format speak English);
// the options page shows them in the user's language. Every message the
// schema, parseBrand and the JSON reader produce has a pattern here, which
// tests/brand.test.ts checks.
import type { Lang } from '../types';

type Rule = [RegExp, (...groups: string[]) => string];

const KINDS: Record<string, string> = {
  'a list': 'une liste',
  null: 'null',
  string: 'un texte',
  number: 'un nombre',
  boolean: 'un booléen',
  nothing: 'rien',
  'the end of the file': 'la fin du fichier',
};
const kind = (text: string) => KINDS[text] ?? text;

// What the JSON reader says, inside "not valid JSON: … (column N)".
const JSON_FR: Rule[] = [
  [/^the file ends too early$/, () => 'le fichier s’arrête trop tôt'],
  [/^strings take double quotes$/, () => 'les textes s’écrivent entre guillemets droits doubles'],
  [/^a line break inside a string$/, () => 'un saut de ligne dans un texte'],
  [/^a string is not closed$/, () => 'un texte n’est pas fermé'],
  [
    /^expected a string in double quotes, found (.*)$/,
    (found) => `un texte entre guillemets était attendu, trouvé ${kind(found!)}`,
  ],
  [/^expected (".*"), found (.*)$/, (wanted, found) => `${wanted} était attendu, trouvé ${kind(found!)}`],
  [/^unexpected (".*") after the end of the rule set$/, (ch) => `${ch} inattendu après la fin de la règle de marque`],
  [/^unexpected (".*")$/, (ch) => `${ch} inattendu`],
];

const FR: Rule[] = [
  [/^must not be empty$/, () => 'ne doit pas être vide'],
  [/^must be at most (\d+) characters$/, (n) => `ne doit pas dépasser ${n} caractères`],
  [/^must list at most (\d+) terms$/, (n) => `ne doit pas lister plus de ${n} termes`],
  [
    /^must be lower-case letters, digits and dashes$/,
    () => 'ne doit contenir que des minuscules, des chiffres et des tirets',
  ],
  [/^must be a domain such as (\S+), (\S+) or \*$/, (a, b) => `doit être un domaine comme ${a}, ${b} ou *`],
  [/^must be a term or (.*)$/, (object) => `doit être un terme ou ${object}`],
  [/^must be one of (.*) or (\{ "term": "…" \})$/, (list, object) => `doit être l’un de ${list} ou ${object}`],
  [/^must be (\{ "signal": .*\}) or (\{ "term": "…" \})$/, (a, b) => `doit être ${a} ou ${b}`],
  [/^must require at least one thing$/, () => 'doit exiger au moins une chose'],
  [/^must list at least one domain$/, () => 'doit lister au moins un domaine'],
  [/^must list at least one parameter$/, () => 'doit lister au moins un paramètre'],
  [
    /^must be a query parameter name such as (\w+)$/,
    (example) => `doit être un nom de paramètre d’adresse comme ${example}`,
  ],
  [/^must be (".*"|\d+)$/, (value) => `doit valoir ${value}`],
  [/^unknown field (.*)$/, (field) => `champ inconnu ${field}`],
  [/^expected <=(\d+), got (\d+)$/, (max, got) => `au plus ${max} caractères attendus, ${got} reçus`],
  [/^expected (.*), got (.*)$/, (wanted, got) => `attendu : ${kind(wanted!)}, reçu : ${kind(got!)}`],
  [/^unknown rule; known rules: (.*)$/, (known) => `règle inconnue ; règles connues : ${known}`],
  [/^unknown rule (".*")$/, (rule) => `règle inconnue ${rule}`],
  [
    /^version (\d+) is newer than this Whypost understands \((\d+)\); update Whypost$/,
    (got, known) =>
      `la version ${got} est plus récente que celle que ce Whypost comprend (${known}) : mettez Whypost à jour`,
  ],
  [
    /^a brand rule set must be a JSON object, got (.*)$/,
    (got) => `une règle de marque doit être un objet JSON, reçu : ${kind(got!)}`,
  ],
  [
    /^not valid JSON: (.*) \(column (\d+)\)$/,
    (inner, column) => `JSON invalide : ${translate(JSON_FR, inner!)} (colonne ${column})`,
  ],
];

function translate(rules: Rule[], message: string): string {
  for (const [pattern, say] of rules) {
    const match = pattern.exec(message);
    if (match) return say(...match.slice(1));
  }
  return message;
}

/** A brand rule set error message in the given language (unchanged in English, or when it is not known). */
export function brandErrorMessage(message: string, lang: Lang): string {
  return lang === 'en' ? message : translate(FR, message);
}

/** Whether the French table knows a message (for the tests: no message is left in English). */
export function knowsBrandError(message: string): boolean {
  return FR.some(([pattern]) => pattern.test(message));
}
