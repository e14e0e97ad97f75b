// French catalog, written with plain spaces before « ! ? ; : » and inside
// guillemets; `localize()` sets the typography of France or Québec.
import type { Catalog } from './types';
import { LINKS } from './links';
import { NAMES } from './names';

export const fr: Catalog = {
  rules: {
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
  },
  elements: {
    objective: {
      name: NAMES.fr.elements['objective'],
      question: 'À quoi sert cette publication : vendre, informer, recruter, aider, inviter ?',
      example: 'Remplir les 12 places de la dégustation de samedi',
      notes: {
        vague: 'Le but est sous-entendu, pas dit.',
        'not-pursued': 'Ce but ne fait pas partie de ceux de la marque.',
        company: 'Le but est la visibilité de l’entreprise, pas quelque chose pour le lecteur.',
      },
    },
    audience: {
      name: NAMES.fr.elements['audience'],
      question: 'À qui s’adresse cette publication ?',
      example: 'Aux parents d’élèves du primaire à Lyon',
      notes: { everyone: 'Adressé à tout le monde.' },
    },
    value: {
      name: NAMES.fr.elements['value'],
      question: 'Qu’est-ce que le lecteur y gagne ?',
      example: '20 % de moins sur le cartable jusqu’à vendredi',
      notes: { unstated: 'Le bénéfice est sous-entendu, pas dit.' },
    },
    'call-to-action': {
      name: NAMES.fr.elements['call-to-action'],
      question: 'Que doit faire le lecteur après vous avoir lu ?',
      example: 'Réservez votre table avant vendredi',
      notes: {
        'no-commitment': 'Seulement « en savoir plus » ou un lien nu.',
        bait: 'Demande des j’aime, des partages ou des commentaires, pas une action utile à l’entreprise.',
      },
    },
    measurement: {
      name: NAMES.fr.elements['measurement'],
      question: 'Comment saurez-vous que la publication a marché ?',
      example: 'Un lien avec utm_campaign=degustation-oct, ou le code GOUT10 en caisse',
      notes: { untracked: 'Quelque chose se compte, mais rien ne le relie à cette publication.' },
    },
    'brand-fit': {
      name: NAMES.fr.elements['brand-fit'],
      question: 'En quoi cette publication sert-elle la marque : quel produit, quel service, quelle promesse ?',
      example: 'Notre nouveau pain sans gluten, cuit chaque matin à la boutique',
      notes: {
        self: 'La marque parle d’elle-même, pas de ce qu’elle propose.',
        unnamed: 'Ni la marque ni ses produits ne sont nommés.',
        banned: 'Emploie un terme que la marque a interdit.',
      },
    },
  },
  genres: NAMES.fr.genres,
  verdicts: NAMES.fr.verdicts,
  statuses: NAMES.fr.statuses,
  severities: NAMES.fr.severities,
  confidence: {
    sure: 'Whypost en est sûr : {genre} ({percent} %).',
    likely: 'Sans doute {genre} ({percent} %) ; peut-être aussi {other} ({other-percent} %).',
    unsure: 'Whypost hésite : {genre} ({percent} %) ou {other} ({other-percent} %). Fiez-vous à votre lecture.',
    held: 'Pas assez sûr pour retenir la publication : relisez-la avant de publier.',
  },
  notices: {
    'unsupported-language':
      'Ce brouillon semble écrit dans une langue que Whypost ne lit pas ({lang}). Seules les vérifications valables dans toutes les langues ont été faites (liens, mots-clics, longueur, termes de la marque).',
    'mixed-language': 'Ce brouillon mélange français et anglais ; il a été lu comme du {lang}.',
    'too-long':
      'Ce brouillon fait {count} caractères ; sa langue et son genre ont été jugés sur ses {limit} premiers caractères (listes de mots, liens et mots-clics ont été lus jusqu’au bout).',
    'markup-ignored': 'Les balises HTML ont été ignorées ; le texte entre elles a été lu.',
    'no-words': 'Il n’y a aucun mot à lire dans ce brouillon (seulement des émojis, des symboles ou des liens).',
  },
  terms: {
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
  },
  report: {
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
  },
  links: LINKS.fr,
};
