import type { BoundKind, NumberLexicon, VagueAmount } from '../number-lexicon.js';

// Italian cardinal words, by value. "un"/"una" stand for 1 inside "un milione", "ventun".
const UNIT_WORDS = [
  'zero', 'uno', 'due', 'tre', 'quattro', 'cinque', 'sei', 'sette', 'otto', 'nove', 'dieci',
  'undici', 'dodici', 'tredici', 'quattordici', 'quindici', 'sedici', 'diciassette', 'diciotto', 'diciannove',
];
const TENS_WORDS = ['', '', 'venti', 'trenta', 'quaranta', 'cinquanta', 'sessanta', 'settanta', 'ottanta', 'novanta'];
const SCALE_WORDS: Readonly<Record<string, number>> = {
  mila: 1e3, mille: 1e3, milione: 1e6, milioni: 1e6, miliardo: 1e9, miliardi: 1e9,
};
const HALF_WORDS = new Set(['mezzo', 'mezza']);
const ONE_WORDS = new Set(['un', 'uno', 'una']);

function unitValue(word: string): number | null {
  if (ONE_WORDS.has(word)) return 1;
  const value = UNIT_WORDS.indexOf(word);
  return value > 0 ? value : null;
}

/** 1–99: "sette", "diciotto", "trentuno" (elided tens before uno/otto), "ventitre". */
function readBelowHundred(word: string): number | null {
  const unit = unitValue(word);
  if (unit !== null) return unit;
  for (let tens = 2; tens <= 9; tens++) {
    const full = TENS_WORDS[tens]!;
    const elided = full.slice(0, -1);
    if (!word.startsWith(elided)) continue;
    if (word === full) return tens * 10;
    // "ventuno", "trentotto" drop the vowel; "ventiuno" is tolerated.
    const rest = word.startsWith(full) ? word.slice(full.length) : word.slice(elided.length);
    const restValue = unitValue(rest);
    if (restValue === null || restValue > 9) return null;
    if (!word.startsWith(full) && !/^[uo]/.test(rest)) return null;
    return tens * 10 + restValue;
  }
  return null;
}

/** 1–999: "cento", "centottanta" (elided), "centoventi", "duecento", "novecentonovantanove". */
function readBelowThousand(word: string): number | null {
  const at = word.indexOf('cent');
  if (at < 0) return readBelowHundred(word);
  const left = word.slice(0, at);
  const hundreds = left === '' ? 1 : unitValue(left);
  if (hundreds === null || hundreds > 9 || (left !== '' && hundreds < 2)) return null;
  const after = word.slice(at + 4);
  if (after === 'o') return hundreds * 100;
  // "centoventi" = cento + venti, but "centottanta" = cent + ottanta: try both readings.
  const full = after.startsWith('o') ? readBelowHundred(after.slice(1)) : null;
  const rest = full ?? readBelowHundred(after);
  return rest === null ? null : hundreds * 100 + rest;
}

/** 1–999999: "mille", "millecinquecento", "duemila", "tremilacinquecento", "duecentomila". */
function readBelowMillion(word: string): number | null {
  if (word.startsWith('mille')) {
    const rest = word.slice(5);
    const restValue = rest === '' ? 0 : readBelowThousand(rest);
    return restValue === null ? null : 1000 + restValue;
  }
  const at = word.indexOf('mila');
  if (at < 0) return readBelowThousand(word);
  const thousands = readBelowThousand(word.slice(0, at));
  // "mila" needs a multiplier of at least two ("duemila"); "milano" has none.
  if (thousands === null || thousands < 2) return null;
  const rest = word.slice(at + 4);
  const restValue = rest === '' ? 0 : readBelowThousand(rest);
  return restValue === null ? null : thousands * 1000 + restValue;
}

/**
 * Reads Italian cardinal number words, written as one word or several.
 * @example
 * parseItalianNumberWords('ventitré') // 23
 * parseItalianNumberWords('tremilacinquecento') // 3500
 * parseItalianNumberWords('un milione e mezzo') // 1500000
 * parseItalianNumberWords('terzo') // null: ordinals are not amounts
 */
export function parseItalianNumberWords(words: string): number | null {
  const tokens = words.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().split(/\s+/).filter(Boolean);
  let total = 0;
  let current: number | null = null;
  let lastScale = 0;
  let joined = false;
  let seen = false;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token === 'e') {
      if (!seen || joined) return null;
      joined = true;
      continue;
    }
    const scale = SCALE_WORDS[token];
    if (HALF_WORDS.has(token)) {
      if (joined && current === null && lastScale > 0) total += lastScale / 2; // "un milione e mezzo"
      else if (joined && current !== null && lastScale === 0) current += 0.5; // "due e mezzo"
      else if (!joined && current === null && SCALE_WORDS[tokens[i + 1] ?? ''] !== undefined) current = 0.5; // "mezzo milione"
      else return null;
    } else if (scale !== undefined && token !== 'mille') {
      if (current === null || current >= scale) return null;
      total += current * scale;
      current = null;
      lastScale = scale;
    } else {
      const value = readBelowMillion(token);
      if (value === null) return null;
      if (current !== null) {
        if (!joined) return null; // "tre quattro" is two numbers
        // "un milione e duecentomila" adds; "due e mezzo" was handled above.
      }
      current = (current ?? 0) + value;
    }
    joined = false;
    seen = true;
  }
  if (!seen || joined) return null;
  return total + (current ?? 0);
}

// Simple and articulated forms of a preposition: "fino a" -> "fino a", "fino ai", "fino all'"...
const ARTICULATED: Readonly<Record<string, readonly string[]>> = {
  a: ['a', 'ad', 'al', 'allo', 'alla', 'ai', 'agli', 'alle', "all'"],
  di: ['di', "d'", 'del', 'dello', 'della', 'dei', 'degli', 'delle', "dell'"],
  da: ['da', 'dal', 'dallo', 'dalla', 'dai', 'dagli', 'dalle', "dall'"],
};

function articulate(phrase: string): string[] {
  const words = phrase.split(' ');
  const forms = ARTICULATED[words.at(-1)!];
  if (!forms) return [phrase];
  const head = words.slice(0, -1).join(' ');
  return forms.map((form) => `${head} ${form}`);
}

function table<T>(groups: ReadonlyArray<readonly [string, T]>): Record<string, T> {
  const out: Record<string, T> = {};
  for (const [phrases, value] of groups) {
    for (const phrase of phrases.split('|')) for (const form of articulate(phrase)) out[form] = value;
  }
  return out;
}

const hedges = table<BoundKind>([
  ['fino a|al massimo|al più|massimo|meno di|non più di|non oltre|entro|sotto|inferiore a|al di sotto di|non superiore a', 'upper'],
  ['almeno|oltre|più di|non meno di|sopra|superiore a|al di sopra di|ben oltre|minimo|non inferiore a', 'lower'],
  ["circa|quasi|intorno a|attorno a|poco meno di|poco più di|pressoché|all'incirca|più o meno|nell'ordine di|ca.|approssimativamente", 'approximate'],
  // "oltre a 3 feriti" means "besides three wounded": not a floor.
  ['oltre a', 'none'],
]);

// "una ventina" ≈ 20; "centinaia" ≥ 100; "diverse centinaia" ≥ 200 (several = at least two).
const vagueAmounts: Record<string, VagueAmount> = {
  decine: { value: 10, lower: true },
  dozzine: { value: 12, lower: true },
  centinaia: { value: 100, lower: true },
  migliaia: { value: 1e3, lower: true, scale: true },
  milioni: { value: 1e6, lower: true, scale: true },
  miliardi: { value: 1e9, lower: true, scale: true },
  'un paio': { value: 2, lower: false },
  'un centinaio': { value: 100, lower: false },
  'un migliaio': { value: 1e3, lower: false },
};
const ROUND_TENS = 'decina:10 dozzina:12 quindicina:15 ventina:20 trentina:30 quarantina:40 cinquantina:50 sessantina:60 settantina:70 ottantina:80 novantina:90';
for (const pair of ROUND_TENS.split(' ')) {
  const [word, value] = pair.split(':') as [string, string];
  vagueAmounts[`una ${word}`] = { value: Number(value), lower: false };
}
for (const several of ['diverse', 'alcune', 'parecchie', 'varie', 'numerose', 'molte']) {
  for (const plural of ['decine', 'centinaia', 'migliaia']) {
    vagueAmounts[`${several} ${plural}`] = { value: 2 * vagueAmounts[plural]!.value, lower: true };
  }
}
for (const [singular, value] of [['decina', 10], ['centinaio', 100], ['migliaio', 1e3]] as const) {
  vagueAmounts[`qualche ${singular}`] = { value: 2 * value, lower: true };
}

const units = table<string>([
  ['%|per cento|percento|per cent', '%'], ['punti percentuali|punti percentuale', 'pp'],
  ['euro|€|EUR', 'EUR'], ['dollari|dollaro|$|USD|dollari americani', 'USD'], ['sterline|sterlina|£|GBP', 'GBP'],
  ['franchi svizzeri|CHF', 'CHF'], ['yen', 'JPY'], ['rubli', 'RUB'], ['yuan', 'CNY'], ['lire', 'ITL'],
  ['chilometri quadrati|chilometro quadrato|km quadrati|km²|km2|kmq', 'km2'], ['chilometri|chilometro|km', 'km'],
  ["chilometri orari|chilometri all'ora|km orari|km/h", 'km/h'], ['metri quadrati|metro quadrato|mq|m²', 'm2'],
  ['metri cubi|metro cubo|m³', 'm3'], ['metri|metro|m', 'm'], ['centimetri|centimetro|cm', 'cm'], ['millimetri|mm', 'mm'],
  ['miglia nautiche', 'nmi'], ['miglia|miglio', 'mi'], ['nodi', 'kn'],
  ['tonnellate|tonnellata', 't'], ['quintali', 'q'], ['chilogrammi|chili|chilo|kg', 'kg'], ['grammi', 'g'],
  ['ettari|ettaro', 'ha'], ['litri|litro', 'l'], ['barili', 'bbl'],
  ['gradi centigradi|gradi Celsius|gradi|°C|° C', '°C'], ['gradi Fahrenheit|°F', '°F'],
  ['millibar|mbar|mb', 'mbar'], ['ettopascal|hPa', 'hPa'],
  ['megawatt|MW', 'MW'], ['gigawatt|GW', 'GW'], ['kilowatt|kW', 'kW'], ['kWh', 'kWh'],
  ['anni|anno', 'anni'], ['mesi|mese', 'mesi'], ['settimane|settimana', 'settimane'], ['giorni|giorno', 'giorni'],
  ['ore', 'ore'], ['minuti|minuto', 'minuti'], ['secondi', 'secondi'], ['decenni|decennio', 'decenni'], ['secoli', 'secoli'],
]);

const list = (words: string): string[] => words.trim().split(/\s*\|\s*|\s{2,}|\n\s*/).filter(Boolean);

/**
 * The Italian number lexicon: the data the quantities stage compiles, plus `parseItalianNumberWords`.
 * @example
 * findQuantities('fino a 8.000 soldati', italianNumberLexicon)[0].upper // 8000
 */
export const italianNumberLexicon: NumberLexicon = {
  language: 'it',
  decimalSeparator: ',',
  groupSeparators: ['.', '\u00a0', '\u202f'],
  numberWordStarts: list('undic|due|tre|quattr|quarant|cinqu|sei|sessant|sedic|sette|settant|otto|ottant|nove|novant|diec|dicia|dicio|dodic|quindic|venti|ventu|ventot|cento|centu|mill'),
  parseNumberWords: parseItalianNumberWords,
  loneNumberWords: ['un', 'uno', 'una', 'mezzo', 'mezza'],
  numberWordJoiners: ['e'],
  magnitudes: { mila: 1e3, milione: 1e6, milioni: 1e6, mln: 1e6, miliardo: 1e9, miliardi: 1e9, mld: 1e9, mrd: 1e9 },
  halfSuffixes: ['e mezzo', 'e mezza'],
  vagueAmounts,
  fractions: {
    metà: 0.5, 'un terzo': 1 / 3, 'due terzi': 2 / 3, 'un quarto': 0.25, 'tre quarti': 0.75, 'un quinto': 0.2,
    'un decimo': 0.1, 'il doppio': 2, 'il triplo': 3, 'il quadruplo': 4,
  },
  hedges,
  reachVerbs: list('raggiunge|raggiungono|raggiungeva|raggiungevano|raggiunto|raggiungere|tocca|toccano|toccava|toccavano|toccato|arriva a|arrivano a|arrivava a|arrivavano a|arrivare a|arriva ai|arrivano ai|arrivare ai'),
  hedgeFillers: list("i|il|l'|lo|la|le|gli|prossimi|prossime|ultimi|ultime|primi|prime|soli|sole|appena"),
  ranges: [
    { opens: list("tra|fra|tra i|fra i|tra le|fra le|tra gli|fra gli|tra il|fra il|tra l'|fra l'"), joins: list("e|e i|e le|e gli|e il|e l'") },
    { opens: articulate('x da').map((s) => s.slice(2)), joins: articulate('x a').map((s) => s.slice(2)) },
    { opens: [''], joins: ['-', '–'] },
  ],
  changeCues: list(`passa|passano|passare|passato|passati|passata|passate|passando|sale|salgono|salire|salito|saliti|salita|salite
    scende|scendono|scendere|sceso|scesi|scesa|scese|aumenta|aumentano|aumentato|aumentati|aumentata|aumentate
    cresce|crescono|cresciuto|cresciuti|cala|calano|calato|calati|diminuisce|diminuiscono|diminuito|diminuiti
    riduce|riducono|ridotto|ridotti|ridotta|ridotte|porta|portano|portato|portati|portata|portate|balza|balzano|balzato`),
  units,
  prefixUnits: { '€': 'EUR', EUR: 'EUR', $: 'USD', US$: 'USD', USD: 'USD', '£': 'GBP', GBP: 'GBP', CHF: 'CHF' },
  fractionUnit: 'fraction',
  multipleUnit: 'multiple',
  partitives: ARTICULATED.di!,
  objectArticles: ['i', 'gli', 'le'],
  objectJoiners: ['e', 'ed', 'o'],
  objectStopWords: list(`il|lo|la|i|gli|le|l'|un|uno|una|un'|di|a|da|in|con|su|per|tra|fra|del|dello|della|dei|degli|delle
    al|allo|alla|ai|agli|alle|dal|dalla|dai|dagli|dalle|nel|nella|nei|negli|nelle|sul|sulla|sui|sugli|sulle|d'|all'|dell'|nell'|dall'|sull'
    e|ed|o|ma|però|anche|che|cui|chi|quale|quali|dove|quando|mentre|se|come|non|né|già|ancora|più|meno|circa|fa|solo|soltanto
    poi|ora|oggi|ieri|domani|prima|dopo|oltre|quasi|ben|appena|almeno|sempre|mai|molto|poco|tutti|tutte|ciascuno|ognuno|altri|altre
    è|sono|era|erano|sarà|saranno|sia|siano|fu|furono|stato|stata|stati|state|essere|ha|hanno|aveva|avevano|avrà|avere
    viene|vengono|venne|vennero|ci|si|ne|mi|ti|vi|loro|lui|lei|questi|queste|quelli|quelle|secondo|contro|verso|durante|presso|senza
    sarebbe|sarebbero|avrebbe|avrebbero|potrebbe|potrebbero|dovrebbe|dovrebbero|può|possono|deve|devono|vuole|vogliono
    siamo|sta|stanno|stava|stavano|va|vanno|fanno|fa|hanno|risultano|restano|rimangono|ca|cioè|ossia|ovvero
    volta|rispettivamente|vicino|lontano|sotto|sopra|dentro|fuori|insieme|pari|oltre|tra|ciascuna|ogni|ad|ed|od|nonché|dunque|quindi|infatti|invece|inoltre|tuttavia`),
  months: list(`gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre
    gen.|feb.|mar.|apr.|mag.|giu.|lug.|ago.|set.|sett.|ott.|nov.|dic.`),
  weekdays: list('lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|lunedi|martedi|mercoledi|giovedi|venerdi'),
  yearContext: list("nel|dal|al|del|il|anno|l'anno|nell'anno|dell'anno|estate|inverno|primavera|autunno|stagione|entro il|fino al|sin dal|fin dal|dopo il|prima del"),
  clockContext: list('alle|dalle|ore|h|verso le|entro le|dopo le|prima delle|fino alle|le ore'),
  decadeContext: ['anni'],
  referenceContext: list(`articolo|articoli|art.|artt.|legge|leggi|l.|comma|commi|pag.|pagina|pagine|pagg.|p.|pp.|n.|nn.|n°|nr.|num.|numero
    decreto|d.lgs.|dlgs|d.l.|dl|dpcm|capitolo|cap.|paragrafo|par.|punto|lettera|sezione|titolo|allegato|tabella|tab.|figura|fig.
    volume|vol.|versetto|canto|delibera|ordinanza|mozione|emendamento|protocollo|terminal|gate|chilometro|risoluzione|sentenza|regolamento|direttiva|circolare|linea|binario|volo|via|viale|piazza|corso|civico|interno`),
  phoneContext: list('tel.|tel|telefono|cell.|cell|cellulare|fax|numero verde|whatsapp'),
  ordinalSuffixes: ['°', 'º', 'ª'],
  eraSuffixes: ['a.C.', 'd.C.', 'a. C.', 'd. C.', 'avanti Cristo', 'dopo Cristo'],
};
