// Closed-class Italian words. Articulated prepositions are listed out: they are frequent and few.
const words = (list: string) => new Set(list.split(/\s+/).filter(Boolean));

export const italianDeterminers = words(`
  il lo la i gli le l' un uno una un' suo sua suoi sue loro nostro nostra nostri nostre vostro vostra
  questo questa questi queste quel quello quella quei quegli quelle ogni alcuni alcune diversi diverse molti molte
  tale tali altro altra altri altre certo certa`);

export const italianPrepositions = words(`
  di a da in con su per tra fra tramite verso presso contro dopo senza durante secondo
  del dello della dei degli delle dell' al allo alla ai agli alle all' dal dallo dalla dai dagli dalle dall'
  nel nello nella nei negli nelle nell' sul sullo sulla sui sugli sulle sull' col coi d' davanti insieme`);

export const italianStopwords = words(`
  e ed o od ma però anche inoltre poi quindi dunque infatti invece mentre quando come dove perché se che chi cui
  non né neanche neppure già ancora sempre mai più meno molto poco tanto troppo così solo soltanto anzi oppure
  io tu lui lei noi voi loro egli ella esso essa essi esse mi ti si ci vi ne lo gli le li
  è sono era erano sarà saranno sia siano fu furono essere stato stata stati state ha hanno aveva avevano avere
  c' l' un' questo questa questi queste quello quella quelli quelle ciò tutto tutti tutte tutta nessuno nessuna
  oggi ieri domani ora allora adesso qui qua lì là secondo dopo prima durante contro verso circa oltre
  il lo la i gli le un uno una del della dei degli delle al alla ai agli alle dal dalla nel nella sul sulla
  di a da in con su per tra fra
  lunedì martedì mercoledì giovedì venerdì sabato domenica
  gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre
  nuovo nuova nuovi nuove primo prima secondo seconda terzo grande grandi altro altra altri
  sempre già ecco sì no signore signora
  proprio intanto infine tuttavia comunque purtroppo finalmente soprattutto ormai appena persino perfino
  ciononostante nonostante eppure allora certamente probabilmente forse
  related news leggi anche riproduzione riservata foto video`);

export const italianSubjectPronouns = words('lui lei egli ella essi esse loro noi io');

export const italianRelativePronouns: string[][] = [['il', 'quale'], ['la', 'quale'], ['i', 'quali'], ['le', 'quali'], ['che']];

// A word may list alternatives with '|'; "da" comes articulated ("dal ministro").
const BY = "da|dal|dallo|dalla|dai|dagli|dalle|dall'";
export const italianAccordingTo: string[][] = [
  ['secondo', 'quanto', 'riferito|comunicato|dichiarato|riportato|affermato|detto|annunciato|spiegato|scritto|sostenuto', BY],
  ['secondo', 'quanto', 'reso', 'noto', BY],
  ['stando', 'a', 'quanto', 'riferito|comunicato|dichiarato|riportato|affermato|detto', BY],
  ['secondo', 'cui'],
  ['secondo'],
  ['a', 'detta', 'di'],
  ['stando', 'a'],
  ['per'],
];

export const italianClauseOpeners: string[][] = [
  ['dopo', 'che'], ['mentre'], ['ma'], ['però'], ['tuttavia'], ['anche', 'se'], ['sebbene'], ['benché'], ['quando'],
  ['nonostante'], ['prima', 'che'], ['per', 'cui'],
];

export const italianCiting: string[][] = [['citando'], ['riferendosi', 'a'], ['sulla', 'base', 'di']];

export const italianAdverbs = words(`
  anche inoltre poi già ancora infine oggi ieri stamattina stasera recentemente nuovamente spesso sempre più volte
  chiaramente apertamente pubblicamente duramente esplicitamente ufficialmente invece però dunque quindi infatti
  tra l'altro poco fa giorni lunedì martedì mercoledì giovedì venerdì sabato domenica mattina sera pomeriggio
  scorso scorsa ieri oggi stesso stessa personalmente testualmente ripetutamente subito anzi comunque ad esempio
  in una nota intervista conferenza stampa televisione`);

export const italianAbbreviations = words(`
  sig sigg sig.ra dott dr prof ing avv on sen gen col mons s ss ecc etc pag pagg art artt n nn tel fig cfr vol ca
  a.c d.c u.s s.p.a spa srl s.r.l st mr mrs ms jr sr`);

// "al", "la" and "le" are left out: in Italian text they are "to the" and "the" far more often than
// parts of names, which write them capitalised ("Le Pen", "La Russa"), hyphenate ("al-Maliki") or
// put after another particle ("de la Hoya").
// "dal", "dalla" and the other forms of "da" with an article are left out too: "Napolitano dal
// Quirinale" is two names ("da" stays: "Leonardo da Vinci").
export const italianNameParticles = words("di de del dello della dell' dei degli delle da d' des von van der den du bin ben el ibn of the for");
