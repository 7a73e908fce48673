// Hand-written parts of the first-name list: which faker locales to read, the romanised names of
// languages faker gives only in their own script, and the words to keep out because in Italian
// news they are capitalised for other reasons. Written from general usage, not from any
// annotated corpus.

/**
 * faker locales whose first names are in Latin script: the countries Italian news reports on
 * most. Left out: en_IN and id_ID (long lists of rare names; the frequent ones are in
 * {@link romanisedFirstNames}), and tr's "generic" list (rare unisex names: "Bağaışbara").
 */
export const latinScriptLocales: ReadonlyArray<readonly [locale: string, lists: readonly string[]]> = [
  ...['it', 'en', 'en_AU', 'en_NG', 'en_ZA', 'de', 'de_AT', 'de_CH', 'fr', 'fr_CH', 'es', 'es_MX', 'pt_BR',
    'pt_PT', 'pl', 'nl', 'sv', 'da', 'nb_NO', 'fi', 'ro', 'cs_CZ', 'sk', 'hu', 'hr', 'sr_RS_latin', 'lv', 'az',
  ].map((locale) => [locale, ['generic', 'male', 'female']] as const),
  ['tr', ['male', 'female']],
];

/** faker locales in Cyrillic, transliterated by rule. */
export const cyrillicLocales: ReadonlyArray<readonly [locale: string, language: 'ru' | 'uk']> = [
  ['ru', 'ru'],
  ['uk', 'uk'],
];

/**
 * Romanised first names from languages faker has only in their own script (Arabic, Persian,
 * Hebrew, Korean, Chinese, Japanese, Hindi) or lacks, in the spellings of Italian and English
 * news. Korean and Chinese personal names are not split into given names here: "Kim", "Xi" are
 * family names.
 */
export const romanisedFirstNames = `
mohammed muhammad mohamed mohammad mohamad muhammed ahmed ahmad ali hassan hasan hussein husein hussain
omar umar khaled khalid mahmoud mahmud mustafa mostafa ibrahim ismail yusuf youssef yousef abdullah
abdallah abdel abdul abdelaziz abdulaziz abdulrahman abdelfattah fattah hamad hamid hamed hamza
bashar hafez rafik rafiq saad saud salman faisal fahd nasser naser jamal gamal kamal karim kareem
walid tarek tariq yasser yasir yahya anwar samir sami nabil nabih riad riyad sayed
mansour marwan ayman osama usama zayed zayed tamim hakan recep tayyip mevlut binali ekrem
fatima fatma aisha aysha khadija leila layla laila mariam maryam zainab zeinab noor nour rania amina
yasmin yasmine salma hanan huda nadia samira
ebrahim hassan hossein hosein javad mohsen masoud massoud mahmoud abbas ali akbar qassem qasem kazem
esmail ismail hamid reza gholam mojtaba ruhollah mahsa narges nasrin shirin
benjamin yair yitzhak itzhak isaac moshe avraham avi yoav benny naftali gideon ehud ariel shimon
golda tzipi yoel yossi yosef eli amir itamar bezalel ron gilad
narendra rahul sonia indira rajiv manmohan subrahmanyam jaishankar amit arvind mamata shashi
imran shehbaz nawaz asif benazir bilawal pervez
antony barack rishi keir kamala hillary condoleezza jens ursula mette ulf olaf emmanuel
shinzo fumio yoshihide shigeru taro junichiro yoshimasa yoko hirohito naruhito akihito
`;

/**
 * Italian short forms and pet names that public figures go by and name lists leave out: "Beppe"
 * for Giuseppe, "Gigi" for Luigi, "Totò" for Salvatore or Antonio, "Nichi" for Nicola. Written from
 * general Italian usage. Short forms that are Italian words are left out ("Vale", "Fede", "Pippa").
 */
export const italianShortForms = `
beppe beppino peppe peppino pino pinuccio gigi gigio gigetto totò totonno tonino nino ninni ninetto mimmo mimì
nichi nico lele ciccio checco cecco gino lino dino rino tino tano tanino nando gegè bobo pippo nanni vanni
titti pina pinuccia mimma tina lella lalla cettina nuccio uccio turi turiddu masino enzo renzo gianni
gianpi gianpiero betta bettina bice ninì sasà ciro
`;

/**
 * Words left out of the first-name set although some locale lists them: in Italian news they are
 * capitalised as something else — a word that opens sentences ("Secondo il ministro..."), a name
 * part of an institution ("Santa Sede", "Marina militare", "Croce Rossa"), a newspaper ("Libero"),
 * a day, a feast, a planet, a virtue, a verb ("Vince", "Parla"), "Casa Bianca", "Democrazia
 * Cristiana", "IA". Names that are mostly persons stay in ("Massimo", "Bruno", "Rosa"), and so do
 * English names that are English nouns but no Italian word ("Bill", "Mark", "Will").
 */
export const excludedFirstNames = `
secondo seconda primo prima terzo quarto quinto sesto settimo ottavo nono decimo ultimo ultima
durante salvo fermo giusto giusta libero libera santo santa regina natale pasqua domenica sabato
marina pace speranza vittoria gloria fede croce grazia gioia felice fortunato fortunata benvenuto
benvenuta tranquillo sicuro lieto onesto onesta fedele costante generoso innocente innocenza umile
pacifico celeste luna sole marte terra stella mare monte leone orso fiore alba vita luce cielo amore
amato amata desiderio desiderato liberato assunto soccorso catena diamante delta norma concetto
privato massima carina bella vera nera bianco tizio idea donna amico bambina gentile
otto mille mila tre una per mio mia sue ora era anni hanno nella nelle della dell ella gia pero
viva vive fine meta nomi mette lotta vena vernice server gita dita manda stanca matti amante
italia roma milano america florida georgia francia asia africa europa
may hope grace faith joy king queen green brown stone price chance dawn april june
summer winter river baby crystal star sunny ford chase dell mercedes
parla vada senta veda diede dara vince dura mica pelle alta belle cara aria nonna giovani vere retta grato
bara dea amen sir don van neri viola bianca cristiana crescente felicità vitale ia
golden royal general sky art jazz liga rio france
`;

/**
 * Names kept although a place (a capital, a region) or an Italian stopword has the same form:
 * persons in news far more often. "Sara" is listed because stopword lists spell "sarà" without
 * its accent; the accented verb does not reach the set (see toGazetteerKey).
 */
export const keptFirstNames: readonly string[] = ['sofia', 'victoria', 'santiago', 'douglas', 'hamilton', 'stanley', 'sara', 'ben'];
