// Command-line arguments of `npm run critique`. A pure function so that every
// accepted and rejected form is tested without starting a process.
import { KINDS, PLATFORMS, type Kind, type Lang, type Platform } from '../types';

export type Mode = 'report' | 'json' | 'jsonl';

export interface CliOptions {
  mode: Mode;
  /** The draft (or the batch, with --jsonl); `undefined` means standard input. */
  file: string | undefined;
  brand: string | undefined;
  platform: Platform | undefined;
  kind: Kind | undefined;
  locale: Lang | undefined;
  /** Fetch and read the pages the drafts link to (the only network access of the CLI). */
  fetchLinks: boolean;
  help: boolean;
}

export type ArgsResult = { ok: true; options: CliOptions } | { ok: false; error: string };

const LOCALES: readonly Lang[] = ['fr', 'en'];

function oneOf<T extends string>(values: readonly T[], value: string): value is T {
  return (values as readonly string[]).includes(value);
}

const choices = (values: readonly string[]) => values.join('|');

/** Parses the arguments after the script name (`process.argv.slice(2)`). */
export function parseArgs(argv: readonly string[]): ArgsResult {
  const options: CliOptions = {
    mode: 'report',
    file: undefined,
    brand: undefined,
    platform: undefined,
    kind: undefined,
    locale: undefined,
    fetchLinks: false,
    help: false,
  };
  const files: string[] = [];
  let json = false;
  let jsonl = false;
  let endOfOptions = false;

  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    // A lone dash is standard input, as in cat and grep; after `--` a name
    // that starts with a dash is still a file.
    if (endOfOptions || arg === '-' || !arg.startsWith('-')) {
      files.push(arg);
      continue;
    }
    if (arg === '--') {
      endOfOptions = true;
      continue;
    }

    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    const inline = eq > 0 ? arg.slice(eq + 1) : undefined;
    const flag = (): ArgsResult | undefined =>
      inline === undefined ? undefined : { ok: false, error: `option ${name} takes no value` };
    // A value that looks like an option is a forgotten value, not a file name.
    const value = (): string | undefined => {
      if (inline !== undefined) return inline;
      const next = argv[i + 1];
      if (next === undefined || (next.startsWith('-') && next !== '-')) return undefined;
      i++;
      return next;
    };

    switch (name) {
      case '--help':
      case '-h': {
        const bad = flag();
        if (bad) return bad;
        options.help = true;
        break;
      }
      case '--json':
      case '--jsonl': {
        const bad = flag();
        if (bad) return bad;
        if (name === '--json') json = true;
        else jsonl = true;
        break;
      }
      case '--fetch-links': {
        const bad = flag();
        if (bad) return bad;
        options.fetchLinks = true;
        break;
      }
      case '--brand': {
        const v = value();
        if (!v) return { ok: false, error: '--brand needs a FILE' };
        // Standard input carries the draft; two things cannot share it.
        if (v === '-') return { ok: false, error: '--brand cannot read standard input; give a FILE' };
        options.brand = v;
        break;
      }
      case '--platform': {
        const v = value();
        if (v === undefined || !oneOf(PLATFORMS, v))
          return {
            ok: false,
            error: `--platform must be ${choices(PLATFORMS)}${v === undefined ? '' : `, got "${v}"`}`,
          };
        options.platform = v;
        break;
      }
      case '--kind': {
        const v = value();
        if (v === undefined || !oneOf(KINDS, v))
          return { ok: false, error: `--kind must be ${choices(KINDS)}${v === undefined ? '' : `, got "${v}"`}` };
        options.kind = v;
        break;
      }
      case '--locale': {
        const v = value();
        if (v === undefined || !oneOf(LOCALES, v))
          return { ok: false, error: `--locale must be ${choices(LOCALES)}${v === undefined ? '' : `, got "${v}"`}` };
        options.locale = v;
        break;
      }
      default:
        return { ok: false, error: `unknown option ${name}` };
    }
  }

  if (json && jsonl) return { ok: false, error: '--json and --jsonl cannot be used together' };
  if (files.length > 1) return { ok: false, error: `one FILE at most, got ${files.length}: ${files.join(' ')}` };
  options.mode = jsonl ? 'jsonl' : json ? 'json' : 'report';
  options.file = files[0] === '-' ? undefined : files[0];
  return { ok: true, options };
}

/** What `--help` prints: English, then French. */
export const USAGE = `Usage: npm run critique -- [options] [FILE|-]

Critiques a social-media draft for its business purpose: verdict, score,
genre, the business brief as a checklist (✔ present, ~ weak, ✘ missing) and
the findings with the words that caused them. Reads FILE, or standard input
when FILE is "-" or absent.

Options:
  --json                  print the whole critique as one JSON object
  --jsonl                 batch mode: each input line is
                            {"id": "…", "text": "…", "platform"?: "x"|"facebook"|"linkedin",
                             "kind"?: "post"|"reply"|"comment"}
                          each output line, in input order, is
                            {"id", "lang", "genre", "verdict", "score",
                             "findings": [{"rule", "severity", "start", "end"}],
                             "missing": [elements of the brief that are missing]}
                          "start" and "end" are null for whole-draft findings
                          (such as a missing call to action). Blank lines are
                          skipped; an invalid line gives
                            {"id": null, "line": N, "error": "…"}
                          and the batch goes on. --platform and --kind apply
                          to lines that do not set their own.
  --brand FILE            a brand rule set (JSON); an invalid file is reported
                          as FILE:LINE: FIELD: MESSAGE
  --platform x|facebook|linkedin
                          the platform the draft is for
  --kind post|reply|comment
                          what the draft is (default: post)
  --locale fr|en          language of the messages (default: the draft's)
  --fetch-links           read the pages the draft links to (3 at most): is
                          the page a press release, how much of the draft is
                          copied from it, and the UTM policy where the link
                          leads. No cookies, 3 s and 2 MB per page. Without
                          it, nothing is fetched.
  -h, --help              print this help

Exit status:
  0  no finding at blocker severity
  1  at least one finding at blocker severity (engagement bait, a banned
     term…), so a publishing pipeline can stop on it
  2  usage error, unreadable file, invalid brand rule set or failed
     analysis; with --jsonl, at least one invalid line (this wins over 1)

Examples:
  npm run critique -- assets/examples/press-release.fr.txt
  npm run critique -- --platform x --json assets/examples/engagement-bait.en.txt
  npm run critique -- --jsonl assets/examples/batch.jsonl
  npm run critique -- --fetch-links assets/examples/press-release.fr.txt
  echo "Like if you agree!" | npm run critique -- --locale fr -

---

Utilisation : npm run critique -- [options] [FICHIER|-]

Critique un brouillon de publication selon son but commercial : verdict,
note, genre, le brief business en liste de contrôle (✔ présent, ~ faible,
✘ absent) et les remarques, avec les mots qui les ont causées. Lit FICHIER,
ou l’entrée standard si FICHIER vaut « - » ou est absent.

Options :
  --json                  affiche toute la critique en un objet JSON
  --jsonl                 traitement par lots : chaque ligne lue est
                            {"id": "…", "text": "…", "platform"?: "x"|"facebook"|"linkedin",
                             "kind"?: "post"|"reply"|"comment"}
                          chaque ligne écrite, dans l’ordre des entrées, est
                            {"id", "lang", "genre", "verdict", "score",
                             "findings": [{"rule", "severity", "start", "end"}],
                             "missing": [éléments du brief absents]}
                          « start » et « end » valent null pour les remarques
                          sur tout le brouillon (un appel à l’action absent,
                          par exemple). Les lignes vides sont ignorées ; une
                          ligne invalide donne
                            {"id": null, "line": N, "error": "…"}
                          et le lot continue. --platform et --kind valent pour
                          les lignes qui ne précisent pas les leurs.
  --brand FICHIER         les règles de la marque (JSON) ; un fichier invalide
                          est signalé sous la forme FICHIER:LIGNE: CHAMP: MESSAGE
  --platform x|facebook|linkedin
                          la plateforme visée
  --kind post|reply|comment
                          la nature du brouillon (par défaut : post)
  --locale fr|en          langue des messages (par défaut : celle du brouillon)
  --fetch-links           lit les pages liées (3 au plus) : la page est-elle
                          un communiqué de presse, quelle part du brouillon en
                          est copiée, et la politique UTM là où mène le lien.
                          Sans cookies, 3 s et 2 Mo par page. Sans cette
                          option, rien n’est téléchargé.
  -h, --help              affiche cette aide

Code de sortie :
  0  aucune remarque de gravité « bloquant »
  1  au moins une remarque « bloquant » (appât à engagement, terme interdit…),
     pour qu’une chaîne de publication puisse s’arrêter
  2  erreur d’utilisation, fichier illisible, règles de marque invalides ou
     analyse en échec ; avec --jsonl, au moins une ligne invalide (prime sur 1)
`;
