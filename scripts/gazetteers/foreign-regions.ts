// Hand-written parts of the gazetteer of regions and states of other countries: which countries
// of the `provinces` package to read, the Italian exonyms of the well-known ones, and the regions
// the package lacks (French regions, Spanish communities, the nations of the United Kingdom,
// Russian republics, Swiss cantons...). Written from general Italian usage, not from any
// annotated corpus.

/**
 * Countries whose first-level divisions the `provinces` package lists and Italian news names.
 * Left out: second-level lists (Peru, Bolivia, Chile, the Philippines: "Cercado", "Antique"),
 * divisions named after their chief city (Turkey, Pakistan, Jordan: the city is in the cities
 * gazetteer already), and lists in a script or spelling Italian news does not use.
 */
export const provinceCountries: readonly string[] = [
  'US', 'CA', 'MX', 'AU', 'DE', 'AT', 'NL', 'BE', 'ES', 'GB', 'IN', 'BR', 'AR', 'CN', 'JP', 'NG', 'ID',
];

/**
 * `CC|name in the package|Italian name|other names` — the Italian name becomes canonical, the
 * package's name stays as an alias. Only where Italian writes it otherwise, and for the few US
 * states that lists of first names also hold ("Montana"): a name written here is taken as is.
 */
export const regionExonyms = `
US|District of Columbia|Distretto di Columbia
US|Montana|Montana
US|Missouri|Missouri
US|Indiana|Indiana
US|New Mexico|Nuovo Messico|New Mexico
US|North Carolina|Carolina del Nord|North Carolina
US|South Carolina|Carolina del Sud|South Carolina
US|North Dakota|Dakota del Nord|North Dakota
US|South Dakota|Dakota del Sud|South Dakota
US|West Virginia|Virginia Occidentale|West Virginia
US|Pennsylvania|Pennsylvania|Pensilvania
US|Louisiana|Louisiana|Luisiana
US|Hawaii|Hawaii|Hawaii'i|Hawai
US|Virgin Islands|Isole Vergini americane
US|Northern Mariana Islands|Isole Marianne Settentrionali
US|American Samoa|Samoa americane
CA|British Columbia|Columbia Britannica|British Columbia
CA|Nova Scotia|Nuova Scozia|Nova Scotia
CA|New Brunswick|Nuovo Brunswick|New Brunswick
CA|Newfoundland and Labrador|Terranova e Labrador|Terranova
CA|Prince Edward Island|Isola del Principe Edoardo
CA|Northwest Territories|Territori del Nord-Ovest
CA|Quebec|Québec|Quebec
MX|Baja California|Bassa California|Baja California
MX|Baja California Sur|Bassa California del Sud|Baja California Sur
MX|Yucatán|Yucatán|Yucatan
AU|New South Wales|Nuovo Galles del Sud|New South Wales
AU|Western Australia|Australia Occidentale|Western Australia
AU|South Australia|Australia Meridionale|South Australia
AU|Northern Territory|Territorio del Nord|Northern Territory
AU|Australian Capital Territory|Territorio della Capitale Australiana
DE|Bayern|Baviera
DE|Sachsen|Sassonia
DE|Niedersachsen|Bassa Sassonia
DE|Sachsen-Anhalt|Sassonia-Anhalt
DE|Thüringen|Turingia
DE|Hessen|Assia
DE|Rheinland-Pfalz|Renania-Palatinato
DE|Nordrhein-Westfalen|Renania Settentrionale-Vestfalia|Nord Reno-Westfalia|Renania del Nord-Vestfalia
DE|Brandenburg|Brandeburgo
DE|Mecklenburg-Vorpommern|Meclemburgo-Pomerania Anteriore|Meclemburgo
DE|Saarland|Saarland|Saar
AT|Kärnten|Carinzia
AT|Steiermark|Stiria
AT|Tirol|Tirolo
AT|Niederösterreich|Bassa Austria
AT|Oberösterreich|Alta Austria
NL|Noord-Holland|Olanda Settentrionale
NL|Zuid-Holland|Olanda Meridionale
NL|Friesland|Frisia|Friesland
NL|Zeeland|Zelanda
BE|Oost-Vlaanderen|Fiandre Orientali
BE|West-Vlaanderen|Fiandre Occidentali
BE|Henegouwen|Hainaut
ES|Vizcaya|Biscaglia|Vizcaya|Bizkaia
ES|Guipúzcoa|Guipúzcoa|Gipuzkoa
ES|Tenerife|Tenerife|Santa Cruz de Tenerife
GB|Cornwall|Cornovaglia
GB|Isle of Man|Isola di Man
GB|Isle of Wight|Isola di Wight
GB|Channel Islands|Isole del Canale
IN|West Bengal|Bengala Occidentale|West Bengal
IN|Jammu and Kashmir|Jammu e Kashmir
IN|Punjab|Punjab|Panjab
IN|Andaman and Nicobar Islands|Isole Andamane e Nicobare
BR|Amazonas|Amazonas
BR|Mato Grosso do Sul|Mato Grosso del Sud|Mato Grosso do Sul
CN|Inner Mongolia|Mongolia Interna|Inner Mongolia
CN|sichuan|Sichuan|Szechwan
CN|Guangdong|Guangdong|Canton
AR|Tierra del Fuego, Antártida e Islas del Atlántico Sur|Terra del Fuoco|Tierra del Fuego
BE|Luik|Liegi|Liège
BE|Namen|Namur
BE|Antwerpen|Anversa|Antwerpen
JP|Hokkaidō|Hokkaido
`;

/**
 * `CC|Italian name|other names` — regions and states the package does not list, as Italian news
 * names them. A region whose sovereignty is the news carries no country code (`-`).
 */
export const extraRegions = `
GB|Inghilterra|England
GB|Scozia|Scotland
GB|Galles|Wales
GB|Irlanda del Nord|Northern Ireland|Ulster
FR|Île-de-France|Ile de France
FR|Bretagna|Bretagne
FR|Normandia|Normandie
FR|Provenza|Provence
FR|Provenza-Alpi-Costa Azzurra|Provence-Alpes-Côte d'Azur
FR|Costa Azzurra|Côte d'Azur
FR|Alsazia|Alsace
FR|Borgogna|Bourgogne
FR|Aquitania|Aquitaine|Nuova Aquitania
FR|Occitania|Occitanie
FR|Piccardia|Picardie
FR|Alvernia|Auvergne
FR|Corsica|Corse
FR|Guascogna|Gascogne
FR|Linguadoca|Languedoc
ES|Catalogna|Catalunya|Cataluña
ES|Andalusia|Andalucía
ES|Paesi Baschi|País Vasco|Euskadi
ES|Galizia|Galicia
ES|Castiglia e León|Castilla y León
ES|Castiglia-La Mancia|Castilla-La Mancha
ES|Aragona|Aragón
ES|Navarra|Navarre
ES|Asturie|Asturias
ES|Cantabria
ES|Estremadura|Extremadura
ES|Comunità Valenciana|Comunidad Valenciana
ES|Isole Baleari|Baleari|Illes Balears
ES|Isole Canarie|Canarie|Canarias
CH|Canton Ticino|Ticino
CH|Vallese|Valais|Wallis
CH|Grigioni|Graubünden
CH|Canton Vaud|Vaud
RU|Cecenia|Chechnya
RU|Daghestan|Dagestan
RU|Inguscezia|Ingushetia
RU|Tatarstan
RU|Baschiria|Bashkortostan
RU|Ossezia del Nord|Ossezia del Nord-Alania
RU|Carelia|Karelia
RU|Jacuzia|Yakutia|Sacha
RU|Kamčatka|Kamchatka|Kamciatka
RU|Calmucchia|Kalmykia
RU|Buriazia|Buryatia
RU|Ciukotka|Chukotka
GE|Abcasia|Abkhazia|Abkhasia
-|Ossezia del Sud|South Ossetia
UA|Oblast' di Donec'k|Oblast di Donetsk
UA|Oblast' di Luhans'k|Oblast di Luhansk
UA|Galizia orientale
MD|Gagauzia
RS|Vojvodina|Voivodina
-|Kosovo
HR|Istria
HR|Dalmazia
HR|Slavonia
BA|Republika Srpska|Repubblica Serba di Bosnia
TR|Anatolia
IL|Galilea
IL|Negev
EG|Sinai|Penisola del Sinai
IQ|Anbar|al-Anbar
PK|Belucistan|Balochistan|Baluchistan
PK|Khyber Pakhtunkhwa
PK|Waziristan
AF|Helmand
AF|Kandahar
SY|Rojava
CN|Hong Kong
CN|Macao
AR|Patagonia
BR|Amazzonia
IT|Sud Tirolo|Südtirol
`;

/**
 * Names of the package left out although no rule drops them, one a line: clubs and institutions
 * more often than places in Italian news ("Bayern" is the club; Baviera is the region), English
 * common nouns, a name that is the country's own ("Mexico"), Italian words ("Sonora", "Salta",
 * "Formosa", "Saga"), and short words of other meanings.
 */
export const excludedRegionNames = `
Bayern
Delta
Plateau
Rivers
Down
Highland
Borders
Central
Distrito Federal
Federal District
Mexico
Avon
Edo
Imo
Ondo
Acre
Victoria
Luxemburg
Sonora
Salta
Formosa
Pará
Saga
Cleveland
`;
