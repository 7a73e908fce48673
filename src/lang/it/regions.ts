// Hand-written: continents, macro-regions and areas that Italian news names as places or as
// actors ("l'Occidente ha risposto", "la Nato e l'Europa"). No package lists these with the
// Italian usage, and they are few. Countries, cities and demonyms of countries are generated:
// see src/lang/it/gazetteer/ and docs/gazetteers.md.

/** What sort of place a {@link MacroRegion} is. */
export type MacroRegionKind =
  /** A continent or part of the world: "Europa", "Africa". */
  | 'continent'
  /** A grouping of countries by geography or politics: "Medio Oriente", "Occidente", "Balcani". */
  | 'macro-region'
  /** An area inside or across countries that news treats as a place of its own: "Donbass", "Gaza". */
  | 'area';

/** A place larger or other than a country, with its Italian names and adjectives. */
export interface MacroRegion {
  /** Canonical Italian name, as written in news: "Medio Oriente". */
  name: string;
  kind: MacroRegionKind;
  /** Other names for the same place: "Mediooriente", "Vicino Oriente". */
  aliases?: readonly string[];
  /** Every inflected form of its adjectives: "europeo", "europea", "europei", "europee". */
  adjectives?: readonly string[];
  /**
   * ISO 3166-1 alpha-2 code of the country an `area` lies in, only where ISO 3166 itself files it
   * there ("Striscia di Gaza" -> PS); left out where sovereignty is the news (Crimea, Kashmir).
   */
  countryCode?: string;
}

const forms = (list: string): string[] => list.split(' ');

/**
 * Continents, macro-regions and areas, in Italian.
 *
 * @example
 * macroRegions.find((region) => region.name === 'Occidente')?.adjectives // ['occidentale', 'occidentali']
 */
export const macroRegions: readonly MacroRegion[] = [
  { name: 'Europa', kind: 'continent', adjectives: forms('europeo europea europei europee') },
  { name: 'Asia', kind: 'continent', adjectives: forms('asiatico asiatica asiatici asiatiche') },
  { name: 'Africa', kind: 'continent', adjectives: forms('africano africana africani africane') },
  { name: 'Americhe', kind: 'continent', aliases: ['continente americano'] },
  { name: 'Oceania', kind: 'continent' },
  { name: 'Antartide', kind: 'continent', aliases: ['Antartico'], adjectives: forms('antartico antartica antartici antartiche') },
  { name: 'Artico', kind: 'macro-region', adjectives: forms('artico artica artici artiche') },
  { name: 'Occidente', kind: 'macro-region', adjectives: forms('occidentale occidentali') },
  { name: 'Oriente', kind: 'macro-region', adjectives: forms('orientale orientali') },
  {
    name: 'Medio Oriente',
    kind: 'macro-region',
    aliases: ['Mediooriente', 'Vicino Oriente'],
    adjectives: forms('mediorientale mediorientali'),
  },
  { name: 'Estremo Oriente', kind: 'macro-region' },
  { name: 'Asia centrale', kind: 'macro-region', aliases: ['Asia Centrale'], adjectives: forms('centroasiatico centroasiatica centroasiatici centroasiatiche') },
  { name: 'Sud-est asiatico', kind: 'macro-region', aliases: ['Sudest asiatico', 'Asia sudorientale'] },
  { name: 'Caucaso', kind: 'macro-region', adjectives: forms('caucasico caucasica caucasici caucasiche') },
  { name: 'Balcani', kind: 'macro-region', aliases: ['Balcani occidentali', 'penisola balcanica'], adjectives: forms('balcanico balcanica balcanici balcaniche') },
  { name: 'Europa orientale', kind: 'macro-region', aliases: ["Europa dell'Est", 'Est Europa', 'Est europeo'], adjectives: forms('esteuropeo esteuropea esteuropei esteuropee') },
  { name: 'Europa occidentale', kind: 'macro-region' },
  { name: 'Mitteleuropa', kind: 'macro-region', aliases: ['Europa centrale'], adjectives: forms('mitteleuropeo mitteleuropea mitteleuropei mitteleuropee') },
  { name: 'Scandinavia', kind: 'macro-region', adjectives: forms('scandinavo scandinava scandinavi scandinave') },
  { name: 'Paesi baltici', kind: 'macro-region', aliases: ['Baltici', 'Baltico'], adjectives: forms('baltico baltica baltici baltiche') },
  { name: 'Nord Africa', kind: 'macro-region', aliases: ['Nordafrica', 'Africa settentrionale'], adjectives: forms('nordafricano nordafricana nordafricani nordafricane') },
  { name: 'Maghreb', kind: 'macro-region', adjectives: forms('maghrebino maghrebina maghrebini maghrebine') },
  { name: 'Africa subsahariana', kind: 'macro-region', adjectives: forms('subsahariano subsahariana subsahariani subsahariane') },
  { name: 'Sahel', kind: 'macro-region', adjectives: forms('saheliano saheliana saheliani saheliane') },
  { name: "Corno d'Africa", kind: 'macro-region' },
  { name: 'Golfo Persico', kind: 'macro-region', aliases: ['Golfo'] },
  { name: 'Penisola arabica', kind: 'macro-region' },
  { name: 'Penisola coreana', kind: 'macro-region' },
  { name: 'Indo-Pacifico', kind: 'macro-region', aliases: ['Indopacifico'] },
  { name: 'America Latina', kind: 'macro-region', aliases: ['Latinoamerica', 'Sudamerica', 'America del Sud', 'America meridionale'], adjectives: forms('latinoamericano latinoamericana latinoamericani latinoamericane sudamericano sudamericana sudamericani sudamericane') },
  { name: 'Nord America', kind: 'macro-region', aliases: ['Nordamerica', 'America del Nord', 'America settentrionale'], adjectives: forms('nordamericano nordamericana nordamericani nordamericane') },
  { name: 'America centrale', kind: 'macro-region', aliases: ['Centroamerica', 'Centro America'], adjectives: forms('centroamericano centroamericana centroamericani centroamericane') },
  { name: 'Caraibi', kind: 'macro-region', adjectives: forms('caraibico caraibica caraibici caraibiche') },
  { name: 'Mediterraneo', kind: 'macro-region', adjectives: forms('mediterraneo mediterranea mediterranei mediterranee') },
  { name: 'Sud globale', kind: 'macro-region', aliases: ['Sud del mondo', 'Global South'] },
  { name: 'Donbass', kind: 'area', aliases: ['Donbas'], countryCode: 'UA' },
  { name: 'Crimea', kind: 'area' },
  { name: 'Striscia di Gaza', kind: 'area', countryCode: 'PS' },
  { name: 'Cisgiordania', kind: 'area', aliases: ['West Bank'], countryCode: 'PS' },
  { name: 'Alture del Golan', kind: 'area', aliases: ['Golan'] },
  { name: 'Kurdistan', kind: 'area' },
  { name: 'Kashmir', kind: 'area' },
  { name: 'Nagorno-Karabakh', kind: 'area', aliases: ['Nagorno Karabakh', 'Karabakh'] },
  { name: 'Transnistria', kind: 'area' },
  { name: 'Tibet', kind: 'area', countryCode: 'CN' },
  { name: 'Xinjiang', kind: 'area', countryCode: 'CN' },
  { name: 'Darfur', kind: 'area', countryCode: 'SD' },
  { name: 'Siberia', kind: 'area', countryCode: 'RU' },
];
