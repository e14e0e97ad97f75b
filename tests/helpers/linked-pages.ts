// A French press release as a newsroom serves it: label, dateline, About block, press contact.
// Used by the unit tests of linked pages and by the end-to-end tests, which serve it at a test address.
export const RELEASE_FR_HTML = `<!doctype html><html lang="fr"><head><meta charset="utf-8">
<title>Communiqué de presse – Maison Lumen ouvre son atelier de Lyon</title>
<meta property="og:site_name" content="Maison Lumen"></head><body>
<header><nav><a href="/">Accueil</a> <a href="/presse">Presse</a></nav></header>
<main><article><h1>Maison Lumen ouvre son atelier de Lyon</h1>
<p>Lyon, le 4 mars 2026 – Maison Lumen, fabricant français de luminaires en verre soufflé, annonce l’ouverture de son nouvel atelier à Lyon, dans le quartier de la Confluence. Ce site de 1 200 mètres carrés accueillera trente artisans verriers d’ici la fin de l’année.</p>
<p>« Cette ouverture marque une étape majeure dans notre développement », déclare Claire Fabre, présidente de Maison Lumen. L’atelier produira la nouvelle collection Aube, présentée au salon Maison &amp; Objet en septembre prochain.</p>
<h2>À propos de Maison Lumen</h2>
<p>Fondée en 1987, Maison Lumen conçoit et fabrique des luminaires en verre soufflé dans ses ateliers de Saône-et-Loire. L’entreprise emploie 140 personnes et exporte dans vingt pays.</p>
<p>Contact presse : Julie Marchand, presse@maisonlumen.test, 04 00 00 00 00</p>
</article></main><footer>© Maison Lumen</footer></body></html>`;
