// Every word Whypost shows in French, one named export a surface (see Words in
// ./types.ts and docs/decisions/014-one-catalog-per-language.md). Written with
// plain spaces before « ! ? ; : % » and inside guillemets: `localize()` (the
// analyzer) and `typeset()` (the interface) set France's or Québec's typography.
import type { Names, Words } from './types';

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

// The names of concepts, used by every surface below; one export a kind, so that the page
// takes only the kinds it shows.
export const genres: Names['genres'] = {
  'press-release': 'Communiqué de presse',
  anecdote: 'Anecdote personnelle',
  'no-objective': 'Sans objectif',
  'engagement-bait': 'Appât à engagement',
  purposeful: 'Utile',
};
export const verdicts: Names['verdicts'] = {
  ready: 'Prête à publier',
  'needs-work': 'À retravailler',
  'posting-for-posting-sake': 'Publier pour publier',
  empty: 'Brouillon vide',
};
export const statuses: Names['statuses'] = { present: 'présent', weak: 'faible', missing: 'absent' };
export const severities: Names['severities'] = {
  suggestion: 'suggestion',
  warning: 'avertissement',
  blocker: 'bloquant',
};
export const elements: Names['elements'] = {
  objective: 'Objectif',
  audience: 'Public',
  value: 'Bénéfice pour le lecteur',
  'call-to-action': 'Appel à l’action',
  measurement: 'Mesure',
  'brand-fit': 'Cohérence avec la marque',
};
export const platforms: Names['platforms'] = { x: 'X', facebook: 'Facebook', linkedin: 'LinkedIn' };
/** Each language named in itself, the same in both catalogs (the language pickers). */
export const languages: Names['languages'] = { fr: 'Français', en: 'English' };
export const names: Words['names'] = { genres, verdicts, statuses, severities, elements, platforms, languages };

// The analyzer's words: rules, the brief, the critique's notices, the command line.
export const rules: Words['rules'] = {
  'press-release-dump': {
    name: 'Communiqué de presse collé',
    reason:
      'Un communiqué s’adresse aux journalistes et aux actionnaires. Vos abonnés passent sur une actualité qui parle de l’entreprise et pas d’eux.',
    suggestion:
      'Dites ce qui change pour le lecteur (un prix, une date, un service, un lieu) et ce qu’il peut faire ; le lien vers le communiqué suffit pour le reste.',
    messages: {
      weighed: 'Ce qui fait lire un communiqué : « {quote} ».',
      default: 'On dirait un communiqué de presse : une actualité de l’entreprise sans rien pour le lecteur.',
      copied:
        '{share} % du texte est copié mot pour mot de la page liée, un communiqué de presse (« {title} »), sans rien ajouter pour le lecteur.',
      'copied-headline':
        'Le titre du communiqué lié est repris tel quel (« {title} ») : {share} % du texte vient du communiqué, sans rien pour le lecteur.',
      press: 'Formule de communiqué : « {quote} ».',
      announcement: 'Formule d’annonce : « {quote} ».',
      quote: 'Citation de dirigeant façon communiqué : « {quote} ».',
      corporate: 'Actualité d’entreprise (nomination, résultats, partenariat, prix) : « {quote} ».',
      'third-person': 'L’entreprise parle d’elle-même à la troisième personne : « {quote} ».',
    },
  },
  'weekend-anecdote': {
    name: 'Anecdote personnelle',
    reason:
      'Raconter son week-end ou sa journée ne crée aucune relation avec un client si l’histoire ne mène pas à ce que la marque propose.',
    suggestion:
      'Reliez l’histoire à un produit, un client ou une offre, et terminez par une invitation (un jour, une heure, un lieu ou un lien), ou gardez-la pour un compte personnel.',
    messages: {
      weighed: 'Ce qui fait lire une histoire personnelle : « {quote} ».',
      default: 'Une histoire personnelle, sans rien à faire ni à gagner pour le lecteur.',
      story: 'Récit personnel : « {quote} ».',
      leisure: 'Week-end ou loisir : « {quote} ».',
    },
  },
  'no-objective': {
    name: 'Sans objectif',
    reason: 'Publier pour être présent consomme l’attention du public et lui apprend à passer sur la marque.',
    suggestion:
      'Décidez à quoi sert la publication (vendre, informer, recruter, aider, inviter) et dites-le : une offre, un événement, un conseil utile, une information pratique.',
    messages: {
      weighed: 'Rien n’est demandé ni offert ; ce qui a pesé le plus : « {quote} ».',
      default: 'Rien n’est demandé ni offert : pas d’appel à l’action, d’offre, d’événement ou d’information utile.',
      filler: 'Un vœu, un merci ou une date, et rien d’autre : « {quote} ».',
    },
  },
  'engagement-bait': {
    name: 'Appât à engagement',
    reason:
      'Facebook pénalise les publications qui quémandent des j’aime, des partages, des identifications, des votes ou des commentaires, et ces réactions ne mesurent rien qui fasse vendre.',
    suggestion:
      'Demandez une action utile à l’entreprise (s’inscrire, réserver, répondre à une vraie question, donner un conseil) ou partagez quelque chose qui mérite une réaction par lui-même.',
    messages: {
      weighed: 'Demande de l’engagement pour lui-même : « {quote} ».',
      default: 'Demande de l’engagement pour lui-même.',
      vote: 'Appât au vote (réactions utilisées comme bulletins) : « {quote} ».',
      react: 'Appât aux réactions (demande de j’aime ou de RT) : « {quote} ».',
      share: 'Appât au partage : « {quote} ».',
      tag: 'Appât à l’identification (identifier des amis) : « {quote} ».',
      comment: 'Appât aux commentaires (une réponse pour la réponse) : « {quote} ».',
      chain: 'Chaîne (« tapez Amen », « 1 j’aime = … ») : « {quote} ».',
      contest: 'Concours où l’on participe seulement en s’abonnant, en aimant ou en retweetant : « {quote} ».',
    },
  },
  'missing-call-to-action': {
    name: 'Pas d’appel à l’action',
    reason:
      'Un lecteur qui ne sait pas quoi faire ne fait rien, et une publication qui ne mène nulle part ne peut montrer aucun résultat.',
    suggestion:
      'Terminez par une action claire : réservez, achetez, inscrivez-vous, appelez, passez en boutique, écrivez-nous votre numéro de commande.',
    messages: {
      default: 'La publication ne dit pas ce que le lecteur doit faire.',
      'no-commitment':
        'Seulement « {quote} » : un lien ou un « en savoir plus » seul ne dit pas au lecteur quoi faire.',
      bait: 'La seule demande est un j’aime, un partage ou un commentaire : ce n’est pas une action utile à l’entreprise.',
    },
  },
  'missing-value': {
    name: 'Pas de bénéfice pour le lecteur',
    reason: 'On agit pour ce qu’on y gagne. Sans bénéfice, la publication parle de vous, pas d’eux.',
    suggestion:
      'Dites ce que le lecteur y gagne : du temps ou de l’argent, une solution, un lieu, une date, quelque chose à apprendre.',
    messages: { default: 'La publication ne dit pas ce que le lecteur y gagne.' },
  },
  'missing-audience': {
    name: 'Pas de public',
    reason:
      'Une publication écrite pour tout le monde ne parle à personne ; ceux à qui elle s’adresse doivent s’y reconnaître.',
    suggestion:
      'Adressez-vous au lecteur (« vous », « tu ») ou nommez à qui elle s’adresse : parents, PME, abonnés, Montréalais…',
    messages: {
      default: 'Personne n’est interpellé : ni « vous », ni « tu », ni groupe de personnes visé.',
      everyone: 'Adressé à tout le monde (« {quote} ») : nommez à qui c’est vraiment destiné.',
    },
  },
  'untracked-link': {
    name: 'Lien non suivi',
    reason:
      'Sans paramètres de campagne, les visites apportées par cette publication se perdent parmi les autres : rien ne se mesure.',
    suggestion:
      'Ajoutez des paramètres UTM (utm_source, utm_medium, utm_campaign) ou un lien court qui compte les clics.',
    messages: {
      default: 'Lien sans paramètre de suivi : « {quote} ».',
      policy: 'La politique UTM de la marque exige {params} sur ce lien : « {quote} ».',
      'policy-preview':
        'Il manque au lien de l’aperçu des paramètres exigés par la politique UTM de la marque ({params}) : « {quote} ».',
      'policy-redirect':
        '« {quote} » mène à {target}, où il manque des paramètres exigés par la politique UTM de la marque ({params}).',
    },
  },
  'comment-to-receive': {
    name: 'Commenter pour recevoir',
    reason:
      'Demander un commentaire en échange de quelque chose est un appât à engagement : LinkedIn montre ces publications à moins de monde, et ces commentaires ne mesurent rien qui fasse vendre.',
    suggestion:
      'Donnez-le dans la publication (un lien vers le guide, le document lui-même), ou demandez une action utile à l’entreprise : télécharger, s’inscrire, prendre rendez-vous.',
    messages: { default: 'Demande un commentaire en échange de quelque chose : « {quote} ».' },
  },
  'hashtag-stuffing': {
    name: 'Trop de mots-clics',
    reason: 'Une rafale de mots-clics fait spam, cache le message et attire le mauvais public.',
    suggestion: 'Gardez un ou deux mots-clics que votre public suit vraiment ou qui nomment votre campagne.',
    messages: { default: '{count} mots-clics alors que {limit} c’est déjà beaucoup : « {quote} ».' },
  },
  'tag-for-reach': {
    name: 'Identifier pour la portée',
    reason:
      'Identifier des personnes pour toucher leurs réseaux est un appât à engagement : LinkedIn montre ces publications à moins de monde, et les personnes identifiées apprennent à ignorer la marque.',
    suggestion:
      'N’identifiez que les personnes et les pages dont parle la publication ou qui y ont pris part, en disant pourquoi ; touchez les autres avec quelque chose qu’elles partageraient d’elles-mêmes.',
    messages: {
      default: 'Identifie beaucoup de monde pour la portée.',
      list: 'Un bloc de {count} identifications : « {quote} ».',
      many: '{count} personnes ou pages identifiées alors que {limit} c’est déjà beaucoup : « {quote} ».',
    },
  },
  buzzwords: {
    name: 'Jargon',
    reason: 'Le jargon d’entreprise ne dit rien de concret et les clients ont appris à l’ignorer.',
    suggestion: 'Remplacez-le par un fait vérifiable : un chiffre, un nom, un résultat, un prix.',
    messages: { default: 'Jargon : « {quote} ».' },
  },
  'self-centred': {
    name: 'Centré sur soi',
    reason:
      'Une publication qui dit bien plus « nous » que « vous » parle de l’entreprise, et les lecteurs le sentent.',
    suggestion: 'Tournez les phrases vers le lecteur : ce qu’il obtient, ce qu’il peut faire.',
    messages: { default: '{we} mentions de l’entreprise (« {quote} »…) pour {you} du lecteur.' },
  },
  'too-long-for-platform': {
    name: 'Trop long pour la plateforme',
    reason:
      'X et LinkedIn refusent les publications au-delà de leur limite, et sur Facebook et LinkedIn ce qui suit « Voir plus » est peu lu.',
    suggestion:
      'Sur X, coupez ou faites un fil. Sur Facebook et LinkedIn, placez le bénéfice et l’appel à l’action dans les premières lignes.',
    messages: {
      default: 'Trop long pour la plateforme.',
      x: '{count} caractères comptés à la manière de X (chaque lien compte 23), au-delà de la limite de {limit} : la fin ne passera pas.',
      facebook: 'Ce que le lecteur y gagne (« {quote} ») arrive après le pli « Voir plus », à {fold} caractères.',
      linkedin: '{count} caractères, au-delà de la limite de LinkedIn ({limit}) : la fin ne passera pas.',
      'linkedin-fold':
        'L’accroche (« {quote} ») arrive après le « …voir plus » de LinkedIn, à {fold} caractères : la plupart des lecteurs ne la verront pas.',
    },
  },
  'banned-term': {
    name: 'Terme interdit',
    reason: 'La marque a interdit ce terme (un concurrent, une allégation interdite, un mot qu’elle n’emploie pas).',
    suggestion: 'Retirez-le ou reformulez ; le jeu de règles de la marque dit quoi dire à la place.',
    messages: {
      default: 'Terme interdit par la marque : « {quote} ».',
      'with-reason': 'Terme interdit par la marque : « {quote} » ({reason}).',
    },
  },
  'missing-required-term': {
    name: 'Terme obligatoire absent',
    reason: 'La marque exige ce terme dans ses publications (mention légale, mot-clic de campagne, signature).',
    suggestion: 'Ajoutez-le là où il se lit naturellement.',
    messages: { default: 'La marque exige « {term} » dans ses publications.' },
  },
  'brand-condition': {
    name: 'Condition de la marque',
    reason:
      'La marque a posé cette condition pour que les publications de ce genre puissent être suivies d’effet et mesurées.',
    suggestion: 'Ajoutez ce qui manque.',
    messages: {
      default: 'Mentionne {trigger} (« {quote} ») mais il manque : {missing}.',
      custom: '{custom-fr}',
    },
  },
};

export const brief: Words['brief'] = {
  objective: {
    question: 'À quoi sert cette publication : vendre, informer, recruter, aider, inviter ?',
    example: 'Remplir les 12 places de la dégustation de samedi',
    notes: {
      vague: 'Le but est sous-entendu, pas dit.',
      'not-pursued': 'Ce but ne fait pas partie de ceux de la marque.',
      company: 'Le but est la visibilité de l’entreprise, pas quelque chose pour le lecteur.',
    },
  },
  audience: {
    question: 'À qui s’adresse cette publication ?',
    example: 'Aux parents d’élèves du primaire à Lyon',
    notes: { everyone: 'Adressé à tout le monde.' },
  },
  value: {
    question: 'Qu’est-ce que le lecteur y gagne ?',
    example: '20 % de moins sur le cartable jusqu’à vendredi',
    notes: { unstated: 'Le bénéfice est sous-entendu, pas dit.' },
  },
  'call-to-action': {
    question: 'Que doit faire le lecteur après vous avoir lu ?',
    example: 'Réservez votre table avant vendredi',
    notes: {
      'no-commitment': 'Seulement « en savoir plus » ou un lien nu.',
      bait: 'Demande des j’aime, des partages ou des commentaires, pas une action utile à l’entreprise.',
    },
  },
  measurement: {
    question: 'Comment saurez-vous que la publication a marché ?',
    example: 'Un lien avec utm_campaign=degustation-oct, ou le code GOUT10 en caisse',
    notes: { untracked: 'Quelque chose se compte, mais rien ne le relie à cette publication.' },
  },
  'brand-fit': {
    question: 'En quoi cette publication sert-elle la marque : quel produit, quel service, quelle promesse ?',
    example: 'Notre nouveau pain sans gluten, cuit chaque matin à la boutique',
    notes: {
      self: 'La marque parle d’elle-même, pas de ce qu’elle propose.',
      unnamed: 'Ni la marque ni ses produits ne sont nommés.',
      banned: 'Emploie un terme que la marque a interdit.',
    },
  },
};

export const confidence: Words['confidence'] = {
  sure: 'Whypost en est sûr : {genre} ({percent} %).',
  likely: 'Sans doute {genre} ({percent} %) ; peut-être aussi {other} ({other-percent} %).',
  unsure: 'Whypost hésite : {genre} ({percent} %) ou {other} ({other-percent} %). Fiez-vous à votre lecture.',
  held: 'Pas assez sûr pour retenir la publication : relisez-la avant de publier.',
};

export const notices: Words['notices'] = {
  'unsupported-language':
    'Ce brouillon semble écrit dans une langue que Whypost ne lit pas ({lang}). Seules les vérifications valables dans toutes les langues ont été faites (liens, mots-clics, longueur, termes de la marque).',
  'mixed-language': 'Ce brouillon mélange français et anglais ; il a été lu comme du {lang}.',
  'too-long':
    'Ce brouillon fait {count} caractères ; sa langue et son genre ont été jugés sur ses {limit} premiers caractères (listes de mots, liens et mots-clics ont été lus jusqu’au bout).',
  'markup-ignored': 'Les balises HTML ont été ignorées ; le texte entre elles a été lu.',
  'no-words': 'Il n’y a aucun mot à lire dans ce brouillon (seulement des émojis, des symboles ou des liens).',
};

export const terms: Words['terms'] = {
  '@promotion': 'une promotion',
  '@event': 'un événement',
  '@contest': 'un concours',
  '@job-offer': 'une offre d’emploi',
  '@link': 'un lien',
  '@price': 'un prix',
  '@call-to-action': 'un appel à l’action',
  '@tracked-link': 'un lien suivi (UTM)',
  '@date': 'une date',
  '@audience': 'un public',
  fr: 'français',
  en: 'anglais',
};

export const cli: Words['cli'] = {
  score: 'Note',
  brief: 'Brief business',
  findings: 'Remarques',
  none: 'aucune',
  language: 'Langue',
  genre: 'Genre',
  example: 'Par exemple',
  notices: 'Avis',
  why: 'Pourquoi',
  fix: 'Que faire',
};

export const links: Words['links'] = {
  heading: 'Pages liées',
  states: {
    checked: 'lue',
    'not-allowed': 'lien non vérifié : Whypost n’a pas encore accès à ce site',
    checking: 'lecture en cours…',
    failed: 'impossible de vérifier le lien',
  },
  problems: {
    timeout: 'la page a mis plus de 3 secondes à répondre',
    http: 'le site a répondu {status}',
    'not-html': 'ce n’est pas une page web ({type})',
    network: 'le site est injoignable',
    unreadable: 'la page est illisible',
    'invalid-url': 'ce n’est pas une adresse web',
    redirect: 'le lien redirige vers une autre adresse : autorisez tous les sites pour le suivre',
  },
  cues: {
    label: 'mention « communiqué de presse »',
    'immediate-release': 'mention « pour diffusion immédiate »',
    wire: 'diffusé par une agence de communiqués',
    dateline: 'lieu et date en tête du texte',
    about: 'bloc « À propos de… »',
    'media-contact': 'contact presse',
    'end-mark': 'marque de fin (### ou -30-)',
    'newsroom-url': 'adresse d’une salle de presse',
    'news-agency': 'article signé par une agence de presse',
  },
  pressRelease: 'communiqué de presse',
  notPressRelease: 'pas un communiqué de presse',
  copied: '{share} % du texte est copié de cette page',
  notCopied: 'rien n’est copié de cette page',
  headline: 'le titre est repris tel quel',
  dump: 'copié sans angle pour le lecteur',
  angle: 'vos propres mots ajoutent un angle pour le lecteur',
  truncated: 'seuls les 2 premiers Mo ont été lus',
  utm: 'il manque des paramètres exigés par la politique UTM de la marque : {params}',
  redirected: 'mène à {url}',
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
  badgeLabel: 'Whypost : critique de ce brouillon',
  analysing: 'Analyse…',
  unavailable: 'Critique indisponible',
  checking: 'Vérification avant publication…',
  gaps: (n) => (n === 0 ? 'rien ne manque' : n === 1 ? '1 manque' : `${n} manques`),
  ready: 'Prête',
  language: (code) => code.toUpperCase(),
};

export const card: Words['card'] = {
  cardTitle: 'Critique Whypost',
  brief: 'Brief business',
  findings: 'Remarques',
  noFindings: 'Aucune remarque.',
  example: 'Par exemple :',
  ignoreForDraft: 'Ignorer pour ce brouillon',
  ruleOffForBrand: 'Désactiver cette règle pour la marque',
  weighted: (n, max) => `${n} / ${max} caractères comptés par X`,
  hideHere: 'Masquer le badge ici',
  hideOnSite: 'Masquer le badge sur ce site',
  offOnSite: 'Désactiver Whypost sur ce site',
  close: 'Fermer',
  allowSite: (host) => `Autoriser la lecture de ${host}`,
  allowAll: 'Autoriser tous les sites',
};

export const check: Words['check'] = {
  checkingNote: 'Whypost vérifie votre publication avant de l’envoyer…',
  confirmTitle: 'Publier quand même ?',
  confirmIntro: 'Whypost pense que cette publication sert peu l’entreprise :',
  lacks: 'Il manque :',
  keepEditing: 'Continuer à écrire',
  publishAnyway: 'Publier quand même',
  reasonLabel: 'Raison (facultatif)',
  reasons: {
    'client-approved': 'Validé par le client',
    'time-sensitive': 'Urgent',
    'false-alarm': 'Fausse alerte',
    other: 'Autre',
  },
};

export const access: Words['access'] = {
  notNow: 'Plus tard',
  accessTitle: 'Laisser Whypost lire les pages liées ?',
  accessIntro: (host) =>
    `Votre brouillon renvoie vers ${host}. Avec votre accord, Whypost lit cette page pour savoir si c’est un communiqué de presse et quelle part de votre texte en est copiée.`,
  accessPrivacy:
    'La page est téléchargée depuis votre ordinateur, sans cookies, et lue sur place ; rien de ce que vous tapez n’est envoyé. Vous pouvez retirer cet accès à tout moment dans les options.',
  accessGranted: 'C’est fait : le lien est en cours de lecture. Vous pouvez fermer cette fenêtre.',
  accessRefused: 'Non autorisé : le lien reste non vérifié, et rien n’est jamais bloqué pour cette raison.',
};

export const library: Words['library'] = {
  problems: {
    'bad-address': 'ce n’est pas une adresse web',
    'not-https': 'l’adresse doit commencer par https://',
    unreachable: (host, detail) => `${host || 'le serveur'} est injoignable (${detail})`,
    status: (host, status) => `${host} a répondu ${status}`,
    'too-large': 'le fichier dépasse 1 Mo',
    invalid: (path, message, line) =>
      `ce n’est pas une règle de marque valide (${line ? `ligne ${line} · ` : ''}${path} : ${message})`,
  },
  presets: {
    default: 'Par défaut',
    'b2c-shop': 'Boutique (B2C)',
    b2b: 'Entreprise (B2B)',
    'public-institution': 'Institution publique',
    'strict-agency': 'Agence exigeante',
  },
};

// The popup (it also shows names, card.brief, card.findings, card.noFindings, card.example,
// card.weighted, check.reasons and the rules' names).
export const popup: Words['popup'] = {
  title: 'Whypost',
  langLabel: 'Langue',
  langAuto: 'Automatique',
  tabsLabel: 'Sections de Whypost',
  tabDraft: 'Ce brouillon',
  tabQueue: (n) => (n === 0 ? 'File de relecture' : `File de relecture (${n})`),

  currentHeading: 'Brouillon en cours',
  loading: 'Chargement…',
  notOnSite: 'Ouvrez X, Facebook ou LinkedIn pour faire critiquer un brouillon.',
  siteOff: (host) => `Whypost est désactivé sur ${host}. Réactivez-le ci-dessous pour faire critiquer vos brouillons.`,
  noDraft: (platform) =>
    `Pas encore de brouillon : cliquez dans la zone de rédaction de ${platform} et commencez à écrire.`,
  noCritique: 'Analyse du brouillon…',
  critiqueUnavailable:
    'La critique est indisponible pour l’instant : vous pouvez publier normalement. Ajoutez quelques mots ou rechargez la page pour réessayer.',
  scoreLabel: 'Score',
  score: (n) => `${n}/100`,
  genre: 'Genre',
  language: 'Langue',
  account: 'Compte',
  brand: 'Marque',
  openCard: 'Afficher la critique dans la page',
  triggeredBy: 'Mots en cause :',
  toDo: 'À faire :',

  brandHeading: 'Marque',
  brandLabel: 'Marque appliquée ici',
  brandHint: 'Ses règles s’appliquent aux brouillons écrits sur ce site.',
  brandManaged: 'gérée par votre organisation',
  brandSubscribed: 'abonnement',
  brandUnreadable: 'illisible, règles par défaut',
  brandUnknown: (id) => `${id} (introuvable)`,
  manageBrands: 'Gérer les marques',
  notices: {
    storedLocally: (brand) =>
      `La marque « ${brand} » est trop grande pour la synchronisation : elle reste sur cet ordinateur.`,
    unreadableBrand: (brand) =>
      `La marque « ${brand} » est illisible : les règles par défaut s’appliquent en attendant.`,
    unreadableSetting: (key) => `Un réglage (${key}) est illisible : sa valeur par défaut s’applique.`,
    refreshFailed: (brand, error, date) =>
      `La marque « ${brand} » n’a pas pu être mise à jour (${error}) : la version du ${date} reste en service.`,
    refreshFailedNoCopy: (brand, error) => `La marque « ${brand} » n’a pas pu être téléchargée (${error}).`,
    managedUnavailable: 'Les marques gérées par votre organisation sont inaccessibles pour le moment.',
  },

  siteHeading: 'Ce site',
  siteSwitch: (host) => `Whypost sur ${host}`,

  queueHeading: 'File de relecture',
  filtersLegend: 'Filtres',
  filtersToggle: (n) => (n === 0 ? 'Filtres' : `Filtres (${n} ${plural(n, 'actif', 'actifs')})`),
  filterBrand: 'Marque',
  filterRule: 'Règle',
  filterDecision: 'Décision',
  filterFrom: 'Du',
  filterTo: 'Au',
  all: 'Toutes',
  showReviewed: 'Afficher les brouillons relus',
  resetFilters: 'Réinitialiser les filtres',
  shown: (n, total) => `${n} ${plural(n, 'brouillon affiché', 'brouillons affichés')} sur ${total}.`,
  empty:
    'Aucun brouillon pour l’instant. Les brouillons s’ajoutent ici quand ils passent la vérification avant publication.',
  emptyFiltered: 'Aucun brouillon ne correspond à ces filtres.',
  historyOff: 'L’historique est désactivé : les nouveaux brouillons ne sont pas enregistrés.',
  showMore: (n) => `Afficher ${n} de plus`,
  decisions: {
    published: 'Publié',
    'published-anyway': 'Publié malgré tout',
    revised: 'Révisé',
    abandoned: 'Abandonné',
  },
  reviewed: 'Relu',
  yes: 'Oui',
  no: 'Non',
  toReview: 'À relire',
  markAllShown: 'Marquer les brouillons affichés comme relus',
  markedReviewed: (n) => `${n} ${plural(n, 'brouillon marqué comme relu', 'brouillons marqués comme relus')}.`,
  openReport: 'Rapport de coaching',
  exportCsv: 'Exporter en CSV',
  exportJson: 'Exporter en JSON',
  exported: (n, format) => `${n} ${plural(n, 'brouillon exporté', 'brouillons exportés')} en ${format}.`,
  clearAll: 'Vider l’historique…',
  confirmClear: (n) =>
    n === 1
      ? 'Supprimer le brouillon enregistré ? C’est définitif.'
      : `Supprimer les ${n} brouillons enregistrés ? C’est définitif.`,
  confirmClearYes: 'Tout supprimer',
  cancel: 'Annuler',
  cleared: 'Historique vidé.',

  detailHeading: (date) => `Brouillon du ${date}`,
  back: 'Retour à la liste',
  markReviewed: 'Marquer comme relu',
  markNotReviewed: 'Marquer comme non relu',
  nowReviewed: 'Brouillon marqué comme relu.',
  nowNotReviewed: 'Brouillon marqué comme non relu.',
  deleteDraft: 'Supprimer',
  deleted: 'Brouillon supprimé.',
  text: 'Texte',
  decision: 'Décision',
  where: 'Emplacement',
  noBrief: 'Ce brouillon a été enregistré sans son brief (ancienne version de Whypost).',

  historyLegend: 'Réglages de l’historique',
  historyEnabled: 'Enregistrer les brouillons qui passent la vérification avant publication',
  historyNote: 'Les brouillons restent sur cet ordinateur.',
  maxDrafts: 'Nombre maximal de brouillons',
  maxDays: 'Durée de conservation (jours)',
  save: 'Enregistrer',
  saved: 'Réglages de l’historique enregistrés.',
  invalidNumber: (min, max) =>
    `Saisissez un nombre entier de ${min.toLocaleString('fr-FR')} à ${max.toLocaleString('fr-FR')}.`,
  invalidForm: 'Un réglage n’est pas valide : rien n’a été enregistré.',
  /** The header of the review queue's CSV export, by column (utils/history.ts). */
  csvHeaders: {
    date: 'date',
    platform: 'plateforme',
    surface: 'emplacement',
    brand: 'marque',
    account: 'compte',
    language: 'langue',
    genre: 'genre',
    verdict: 'verdict',
    score: 'score',
    decision: 'décision',
    reason: 'raison',
    reviewed: 'relu',
    rules: 'règles',
    text: 'texte',
  },
  undetermined: 'indéterminée',
};

// The options page.
export const options: Words['options'] = {
  title: 'Whypost — règles de marque',
  intro:
    'Une règle de marque dit à Whypost ce que vend une marque, à qui et avec quels mots, quelles règles appliquer à ses brouillons et ce qui arrête une publication avant sa mise en ligne.',
  interfaceLanguage: 'Langue de l’interface',
  openReport: 'Rapport de coaching',
  languageAuto: 'Automatique (celle du navigateur)',
  noticesTitle: 'À savoir',
  notices: {
    storedLocally: (brand) =>
      `« ${brand} » est trop volumineuse pour le stockage synchronisé : elle est conservée sur cet ordinateur uniquement et ne vous suit pas sur vos autres navigateurs.`,
    unreadableBrand: (brand) =>
      `« ${brand} » est illisible : Whypost utilise le préréglage par défaut à la place. Exportez la valeur enregistrée pour la réparer.`,
    unreadableSetting: (key) => `Le réglage « ${key} » est illisible : sa valeur par défaut est utilisée.`,
    refreshFailed: (brand, error, date) =>
      `Échec de l’actualisation de « ${brand} » : ${error} ; la copie du ${date} reste utilisée.`,
    refreshFailedNoCopy: (brand, error) => `Échec de l’actualisation de « ${brand} » : ${error}.`,
    managedUnavailable:
      'Les marques définies par votre administrateur n’ont pas pu être lues ; elles sont indisponibles pour le moment.',
  },
  failed: (message) => `Une erreur est survenue : ${message}`,
  cancel: 'Annuler',
  remove: 'Retirer',
  onePerLine: 'un par ligne',

  brandsTitle: 'Marques',
  sources: { preset: 'Préréglage', user: 'La vôtre', subscription: 'Abonnement', managed: 'Gérée' },
  lockedBadge: 'Verrouillée',
  unreadableBadge: 'Illisible',
  activeBadge: 'Utilisée par défaut',
  useByDefault: 'Utiliser par défaut',
  nowDefault: (brand) => `« ${brand} » est désormais utilisée par défaut.`,
  edit: 'Modifier',
  view: 'Consulter',
  export: 'Exporter',
  exported: (file) => `${file} téléchargé.`,
  storedLocally: 'Trop volumineuse pour le stockage synchronisé : conservée sur cet ordinateur uniquement.',

  addTitle: 'Ajouter une marque',
  sitesTitle: 'Sites que Whypost peut lire',
  sitesIntro:
    'Whypost ne lit la page vers laquelle renvoie un brouillon que sur ces sites (et y télécharge les règles auxquelles vous êtes abonné). Les pages sont téléchargées sans cookies et lues sur cet ordinateur.',
  sitesNone:
    'Aucun : les liens ne sont pas vérifiés tant que vous n’autorisez pas leur site depuis la carte de critique ou la fenêtre de Whypost.',
  sitesEvery: 'Tous les sites',
  sitesRemove: (site) => `Retirer ${site}`,
  createTitle: 'Créer à partir d’un préréglage',
  createName: 'Nom de la marque',
  createPreset: 'Partir de',
  presets: {
    default: 'Par défaut : les règles d’origine',
    'b2c-shop': 'Boutique grand public (B2C)',
    b2b: 'Entreprise qui vend aux entreprises (B2B)',
    'public-institution': 'Institution publique',
    'strict-agency': 'Agence exigeante',
  },
  create: 'Créer',
  nameRequired: 'Donnez un nom à la marque.',
  created: (brand) => `« ${brand} » créée.`,
  nameTaken: (brand) => `Une marque nommée « ${brand} » existe déjà : choisissez un autre nom.`,
  notDone: 'Rien n’a été modifié :',

  importTitle: 'Importer une règle de marque',
  importFile: 'Fichier de règle de marque (.json)',
  importPaste: 'Ou collez le texte d’une règle de marque',
  importPasted: 'Importer le texte collé',
  pasteFirst: 'Collez d’abord le texte d’une règle de marque.',
  importErrors: 'Cette règle de marque ne peut pas être importée ; rien n’a été modifié :',
  errorAt: (line, path, message) => `${line} · ${path} : ${message}`,
  errorPath: (path, message) => `${path} : ${message}`,
  line: (n) => `ligne ${n}`,
  imported: 'Règle de marque importée.',
  conflictTitle: 'Cette marque existe déjà',
  conflict: (brand) => `Une marque nommée « ${brand} » existe déjà.`,
  replace: 'La remplacer',
  asCopy: 'Importer comme copie',
  importCancelled: 'Import annulé ; rien n’a été modifié.',

  subscribeTitle: 'S’abonner à une règle de marque',
  subscribeHelp:
    'Une agence ou un siège peut publier une règle de marque à une adresse https://. Whypost la télécharge, l’actualise chaque jour et la garde en lecture seule.',
  subscribeUrl: 'Adresse de la règle de marque',
  subscribe: 'S’abonner',
  subscribing: 'Téléchargement…',
  httpsOnly: 'L’adresse doit commencer par https:// (connexion sécurisée) ; rien n’a été téléchargé.',
  notAnAddress: 'Ce n’est pas une adresse web : elle devrait ressembler à https://exemple.fr/marque.json.',
  subscribed: 'Abonnement enregistré : la règle de marque figure dans votre liste de marques.',
  subscribeFailed: (error) => `Abonnement impossible : ${error}`,
  subscribeErrors: 'La règle de marque à cette adresse n’est pas valide ; rien n’a été modifié :',

  presetNote:
    'Un préréglage fourni avec Whypost : vos modifications enregistrées en font votre propre version, sous le même nom.',
  lockedManaged:
    'Définie par votre administrateur : elle ne peut être ni modifiée ni supprimée ici. Dupliquez-la pour en faire votre propre version.',
  lockedSubscription:
    'Abonnement : elle est mise à jour depuis son adresse et ne peut donc pas être modifiée ici. Dupliquez-la pour en faire votre propre version.',
  address: 'Adresse',
  updated: (date) => `Mise à jour le ${date}`,
  neverUpdated: 'Pas encore téléchargée',
  checked: (when) => `Dernière vérification ${when}`,
  refreshFailed: (error, date) => `Échec de l’actualisation : ${error} ; la copie du ${date} reste utilisée.`,
  refreshFailedNoCopy: (error) => `Échec de l’actualisation : ${error}.`,
  refreshNow: 'Actualiser maintenant',
  refreshing: 'Actualisation…',
  refreshDone: 'Actualisation terminée.',
  unsubscribe: 'Se désabonner',
  unsubscribed: (brand) => `Abonnement à « ${brand} » résilié.`,
  unreadableTitle: 'Cette règle de marque est illisible',
  unreadableHelp:
    'Whypost utilise le préréglage par défaut à la place. Exportez la valeur enregistrée, réparez-la et importez-la de nouveau, ou supprimez-la.',
  exportUnreadable: 'Exporter la valeur illisible',
  rename: 'Renommer',
  newName: 'Nouveau nom',
  renamed: (brand) => `« ${brand} » renommée.`,
  duplicate: 'Dupliquer',
  duplicated: (brand) => `Copie de « ${brand} » créée.`,
  delete: 'Supprimer',
  deleteConfirm: (brand) =>
    `Supprimer « ${brand} » ? Elle disparaîtra de tous les navigateurs où vous utilisez Whypost.`,
  deleteYes: 'Oui, la supprimer',
  deleted: (brand) => `« ${brand} » supprimée.`,

  editorTitle: 'Règle de marque',
  readOnly: 'Lecture seule : dupliquez cette marque pour la modifier.',
  identity: 'La marque',
  brandName: 'Nom',
  locale: 'Langue de la marque',
  localeUnset: 'Non précisée',
  locales: { 'fr-FR': 'Français (France)', 'fr-CA': 'Français (Québec)', en: 'Anglais' },
  accounts: 'Comptes de la marque',
  account: (n) => `Compte ${n}`,
  platform: 'Réseau',
  handle: 'Identifiant',
  handleExamples: {
    x: '@CafeLumiere',
    facebook: 'Café Lumière',
    linkedin: 'Café Lumière, ou linkedin.com/company/cafe-lumiere',
  },
  addAccount: 'Ajouter un compte',
  offer: 'Ce qu’elle propose, et à qui',
  products: 'Produits et services',
  objectives: 'Objectifs',
  objectivesHelp: 'Aucun coché : tous les objectifs.',
  objectiveNames: {
    awareness: 'Notoriété',
    leads: 'Prospects',
    sales: 'Ventes',
    recruitment: 'Recrutement',
    support: 'Service client',
  },
  audiences: 'Publics',
  callsToAction: 'Appels à l’action préférés',
  words: 'Mots',
  requiredTerms: 'Termes obligatoires',
  bannedTerms: 'Termes interdits',
  bannedTerm: (n) => `Terme interdit ${n}`,
  term: 'Terme',
  reason: 'Raison (facultatif)',
  addBannedTerm: 'Ajouter un terme interdit',
  utm: 'Suivi des liens (UTM)',
  utmHelp: 'Les liens vers ces domaines doivent porter ces paramètres.',
  utmPolicy: (n) => `Politique UTM ${n}`,
  domains: 'Domaines, séparés par des virgules',
  parameters: 'Paramètres exigés, séparés par des virgules',
  addUtm: 'Ajouter une politique UTM',
  conditions: 'Règles conditionnelles',
  conditionsHelp: 'Quand un brouillon contient quelque chose, il doit aussi contenir autre chose.',
  condition: (n) => `Règle conditionnelle ${n}`,
  conditionId: 'Identifiant (minuscules, chiffres et tirets)',
  when: 'Quand le brouillon contient',
  whenTerm: 'Terme déclencheur',
  aTerm: 'un terme…',
  requires: 'Il doit aussi contenir',
  requireTerms: 'Termes exigés',
  severity: 'Gravité',
  messageFr: 'Message en français (facultatif)',
  messageEn: 'Message en anglais (facultatif)',
  addCondition: 'Ajouter une règle conditionnelle',
  rules: 'Règles',
  rulesHelp: 'Décochez une règle pour la désactiver ; choisissez une gravité pour remplacer la sienne.',
  ruleOn: (rule) => rule,
  ruleSeverity: (rule) => `Gravité de « ${rule} »`,
  defaultSeverity: (severity) => `Par défaut (${severity})`,
  minSeverity: 'Gravité minimale affichée',
  blocking: 'Ce qui arrête la publication',
  blockingVerdicts: 'Verdicts qui arrêtent une publication',
  blockingSeverity: 'Remarques qui arrêtent une publication, à partir de',
  blockingNever: 'Aucune : la gravité n’arrête jamais une publication',
  blockingRules: 'Règles qui arrêtent toujours une publication',
  save: 'Enregistrer',
  saving: 'Enregistrement…',
  saved: 'Enregistré.',
  savedLocally:
    'Enregistré sur cet ordinateur uniquement : la règle de marque est trop volumineuse pour le stockage synchronisé.',
  notSaved: (count) =>
    count === 1 ? 'Non enregistré : 1 erreur à corriger.' : `Non enregistré : ${count} erreurs à corriger.`,
  otherErrors: 'Autres erreurs',
  quoted: (value, message) => `« ${value} » : ${message}`,
};

// The coaching report (its names of genres, verdicts, decisions… are the popup's).
export const report: Words['report'] = {
  title: 'Rapport de coaching',
  langLabel: 'Langue',
  langAuto: 'Automatique',
  scope: (brand, platform, period) => `${brand} · ${platform} · ${period}`,
  generated: (date) => `Rapport établi le ${date} par Whypost, à partir des brouillons enregistrés sur cet ordinateur.`,
  loading: 'Chargement…',

  filtersLegend: 'Filtres',
  brand: 'Marque',
  allBrands: 'Toutes les marques',
  platform: 'Plateforme',
  allPlatforms: 'Toutes les plateformes',
  period: 'Période',
  lastDays: (n) => `${n} derniers jours`,
  between: 'Entre deux dates',
  from: 'Du',
  to: 'Au',
  invalidDates: 'Choisissez deux dates pour afficher cette période.',

  noDrafts:
    'Aucun brouillon enregistré pour l’instant. Les chiffres apparaîtront ici quand des brouillons passeront la vérification avant publication.',
  historyOff:
    'L’historique est désactivé dans la fenêtre de Whypost : les nouveaux brouillons ne sont pas enregistrés.',
  emptyPeriod: 'Aucun brouillon vérifié pour cette marque, cette plateforme et cette période.',
  thin: (n) =>
    `${plural(n, 'Un seul brouillon', `Seulement ${n} brouillons`)} sur cette période : les parts sont à lire avec prudence.`,

  summaryHeading: 'En bref',
  checked: 'Brouillons vérifiés',
  checkedHint: 'chaque clic sur Publier',
  flagged: 'Signalés',
  flaggedHint: 'arrêtés par la vérification avant publication',
  shareOf: (share, whole) => `${share} sur ${whole}`,

  trendHeading: 'Part des brouillons signalés, semaine par semaine',
  trendIntro: 'Semaines du lundi au dimanche ; une semaine sans brouillon n’a pas de point.',
  week: 'Semaine',
  weekOf: (date) => `Semaine du ${date}`,
  nothingChecked: 'aucun brouillon',
  genresHeading: 'Genres des brouillons signalés',
  genresEmpty: 'Aucun brouillon signalé sur cette période.',
  missingHeading: 'Éléments business le plus souvent absents',
  missingIntro: (n) => `Parmi les ${n} ${plural(n, 'brouillon', 'brouillons')} dont le brief a été enregistré.`,
  missingEmpty: 'Aucun élément business ne manquait.',
  noBriefs: 'Ces brouillons ont été enregistrés sans leur brief (ancienne version de Whypost).',
  verdictsHeading: 'Verdicts',
  decisionsHeading: 'Décisions',
  reasonsHeading: 'Raisons données pour publier malgré tout',
  reasonsTop: 'Les plus fréquentes :',
  reasonsEmpty: 'Aucun brouillon publié malgré tout sur cette période.',
  noReason: 'Sans raison donnée',
  rulesHeading: 'Règles le plus souvent déclenchées',
  rulesEmpty: 'Aucune règle déclenchée sur cette période.',
  coachingHeading: 'Effet du coaching',
  coaching: (revised, flagged, passed) =>
    `${revised} ${plural(revised, 'brouillon signalé a été retravaillé', 'brouillons signalés ont été retravaillés')} sur ${flagged} ; ${passed} ${plural(passed, 'a ensuite été publié', 'ont ensuite été publiés')} sans être arrêté${plural(passed, '', 's')}.`,
  coachingEmpty: 'Aucun brouillon n’a été retravaillé après la vérification sur cette période.',

  colItem: 'Élément',
  colCount: 'Brouillons',
  colShare: 'Part',
  colChecked: 'Vérifiés',
  colFlagged: 'Signalés',
  chartLabel: (heading) => `Graphique : ${heading}. Les mêmes chiffres sont dans le tableau.`,
  showTable: 'Afficher le tableau',
  hideTable: 'Masquer le tableau',

  exportCsv: 'Exporter les chiffres en CSV',
  exportJson: 'Exporter les chiffres en JSON',
  print: 'Imprimer ou enregistrer en PDF',
  exported: (format) => `Chiffres exportés en ${format}.`,
  csvHeaders: { section: 'rubrique', key: 'clé', label: 'libellé', count: 'nombre', share: 'part (%)', of: 'sur' },
  csvMeta: { brand: 'Marque', platform: 'Plateforme', from: 'Du', to: 'Au', generated: 'Établi le' },
  sections: {
    checked: 'Brouillons vérifiés',
    flagged: 'Brouillons signalés',
    verdict: 'Verdict',
    decision: 'Décision',
    genre: 'Genre signalé',
    reason: 'Raison de publier malgré tout',
    missing: 'Élément absent',
    rule: 'Règle déclenchée',
    revised: 'Retravaillés après la vérification',
    week: 'Semaine (signalés sur vérifiés)',
  },
  revisedPassed: 'Retravaillés puis publiés sans être arrêtés',
};

// The browser's words (locales/fr.yml, which WXT turns into _locales; tests/names.test.ts checks they agree).
export const extension: Words['extension'] = {
  name: 'Whypost',
  description:
    'Demande pourquoi avant de publier. Critique vos brouillons Facebook, X et LinkedIn selon leur objectif business, sur votre machine.',
};
