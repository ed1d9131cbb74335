/**
 * A small general gazetteer: countries (with other names and demonyms), major cities and regions. It lets the
 * generator tell a place from a person or an organisation and offer a country for a country, a city for a city.
 */
export type PlaceType = 'country' | 'city' | 'region';

export interface Place {
  name: string;
  type: PlaceType;
  /** Other names and the demonym adjectives that point at the same place. */
  aliases: string[];
  /** A country's part of the world, so a filled-in distractor is a neighbour, not a random country. */
  region?: string;
}

// name|aliases and demonyms (comma separated)|region
const COUNTRIES = `Afghanistan|Afghan|eurasia
Albania|Albanian|europe
Algeria|Algerian|mena
Argentina|Argentine,Argentinian|americas
Armenia|Armenian|eurasia
Australia|Australian|oceania
Austria|Austrian|europe
Azerbaijan|Azerbaijani,Azeri|eurasia
Bahrain|Bahraini|mena
Bangladesh|Bangladeshi|asia
Belarus|Belarusian|europe
Belgium|Belgian|europe
Bolivia|Bolivian|americas
Bosnia|Bosnian|europe
Brazil|Brazilian|americas
Bulgaria|Bulgarian|europe
Cambodia|Cambodian|asia
Cameroon|Cameroonian|africa
Canada|Canadian|americas
Chile|Chilean|americas
China|Chinese|asia
Colombia|Colombian|americas
Croatia|Croatian|europe
Cuba|Cuban|americas
Cyprus|Cypriot|europe
Czech Republic|Czechia,Czech|europe
Denmark|Danish|europe
Ecuador|Ecuadorian|americas
Egypt|Egyptian|mena
Estonia|Estonian|europe
Ethiopia|Ethiopian|africa
Finland|Finnish|europe
France|French|europe
Georgia|Georgian|eurasia
Germany|German|europe
Ghana|Ghanaian|africa
Greece|Greek|europe
Hungary|Hungarian|europe
Iceland|Icelandic|europe
India|Indian|asia
Indonesia|Indonesian|asia
Iran|Iranian,Persian|mena
Iraq|Iraqi|mena
Ireland|Irish|europe
Israel|Israeli|mena
Italy|Italian|europe
Jamaica|Jamaican|americas
Japan|Japanese|asia
Jordan|Jordanian|mena
Kazakhstan|Kazakh|eurasia
Kenya|Kenyan|africa
Kuwait|Kuwaiti|mena
Kyrgyzstan|Kyrgyz|eurasia
Latvia|Latvian|europe
Lebanon|Lebanese|mena
Libya|Libyan|mena
Lithuania|Lithuanian|europe
Malaysia|Malaysian|asia
Mexico|Mexican|americas
Moldova|Moldovan|europe
Mongolia|Mongolian|eurasia
Morocco|Moroccan|mena
Nepal|Nepalese|asia
Netherlands|Dutch,Holland|europe
New Zealand|New Zealander|oceania
Nigeria|Nigerian|africa
North Korea|North Korean|asia
Norway|Norwegian|europe
Oman|Omani|mena
Pakistan|Pakistani|asia
Peru|Peruvian|americas
Philippines|Filipino|asia
Poland|Polish|europe
Portugal|Portuguese|europe
Qatar|Qatari|mena
Romania|Romanian|europe
Russia|Russian|europe
Saudi Arabia|Saudi|mena
Scotland|Scottish|europe
Senegal|Senegalese|africa
Serbia|Serbian|europe
Singapore|Singaporean|asia
Slovakia|Slovak|europe
Slovenia|Slovenian|europe
Somalia|Somali|africa
South Africa|South African|africa
South Korea|South Korean|asia
Spain|Spanish|europe
Sri Lanka|Sri Lankan|asia
Sudan|Sudanese|mena
Sweden|Swedish|europe
Switzerland|Swiss|europe
Syria|Syrian|mena
Taiwan|Taiwanese|asia
Tajikistan|Tajik|eurasia
Tanzania|Tanzanian|africa
Thailand|Thai|asia
Tunisia|Tunisian|mena
Turkey|Turkiye,Türkiye,Turkish|mena
Turkmenistan|Turkmen|eurasia
Uganda|Ugandan|africa
Ukraine|Ukrainian|europe
United Arab Emirates|UAE,Emirati|mena
United Kingdom|UK,U.K.,Britain,Great Britain,British|europe
United States|US,U.S.,USA,U.S.A.,America,American|americas
Uruguay|Uruguayan|americas
Uzbekistan|Uzbek|eurasia
Venezuela|Venezuelan|americas
Vietnam|Vietnamese|asia
Wales|Welsh|europe
England|English|europe
Yemen|Yemeni|mena
Zimbabwe|Zimbabwean|africa`;

const CITIES = `Abu Dhabi,Amman,Amsterdam,Ankara,Athens,Baghdad,Baku,Bangkok,Barcelona,Beijing,Beirut,Berlin,Birmingham,Boston,Brussels,
Budapest,Buenos Aires,Cairo,Cape Town,Chicago,Copenhagen,Damascus,Delhi,Doha,Dubai,Dublin,Edinburgh,Geneva,Glasgow,Hamburg,Havana,
Helsinki,Hong Kong,Houston,Istanbul,Jakarta,Jerusalem,Johannesburg,Kabul,Karachi,Kyiv,Kiev,Lagos,Lisbon,Liverpool,London,Los Angeles,
Madrid,Manchester,Manila,Melbourne,Mexico City,Miami,Milan,Minsk,Montreal,Moscow,Mumbai,Munich,Nairobi,New Delhi,New York,Nicosia,Oslo,
Ottawa,Paris,Prague,Riyadh,Rome,San Francisco,Santiago,Seoul,Shanghai,Singapore,Stockholm,Sydney,Tbilisi,Tehran,Tel Aviv,Tokyo,Toronto,
Vienna,Warsaw,Washington,Yerevan,Zurich,Ankara,Haifa,Gaza,Tashkent,Astana,Almaty,Islamabad,Lahore,Dhaka,Rio de Janeiro,Sao Paulo,Lima,
Bogota,Caracas,Leeds,Bristol,Cardiff,Belfast,Oxford,Cambridge,Seattle,Atlanta,Dallas,Denver,Philadelphia`;

const REGIONS = `Middle East,Europe,Asia,Africa,Latin America,South America,North America,Eurasia,Caucasus,South Caucasus,Balkans,Scandinavia,
Gulf,Persian Gulf,Mediterranean,Caribbean,Central Asia,Southeast Asia,West Bank,Gaza Strip,Nagorno-Karabakh,Crimea,Donbas,Kashmir,
Siberia,Arctic,Antarctica,Pacific,Atlantic`;

function build(): Place[] {
  const places: Place[] = [];
  for (const line of COUNTRIES.split('\n')) {
    const [name, aliases, region] = line.split('|');
    if (name) places.push({ name, type: 'country', aliases: (aliases ?? '').split(',').filter(Boolean), ...(region ? { region } : {}) });
  }
  for (const name of CITIES.split(',').map((city) => city.trim()).filter(Boolean)) {
    if (!places.some((place) => place.name === name)) places.push({ name, type: 'city', aliases: [] });
  }
  for (const name of REGIONS.split(',').map((region) => region.trim()).filter(Boolean)) places.push({ name, type: 'region', aliases: [] });
  return places;
}

export const PLACES: readonly Place[] = build();

const byKey = new Map<string, Place>();
for (const place of PLACES) {
  for (const key of [place.name, ...place.aliases]) {
    // A city that shares a country's name (Singapore) stays the country.
    if (!byKey.has(key.toLowerCase())) byKey.set(key.toLowerCase(), place);
  }
}

// Every capitalised word of every sentence is looked up, and the same few names recur: each surface is
// settled once (null: not a place).
const lookedUp = new Map<string, Place | null>();
const MAX_LOOKED_UP = 100_000;

/** The place a surface form names (a name, another name or a demonym), if the gazetteer knows it. */
export function lookUpPlace(surface: string): Place | undefined {
  let place = lookedUp.get(surface);
  if (place === undefined) {
    place = placeOf(surface) ?? null;
    if (lookedUp.size < MAX_LOOKED_UP) lookedUp.set(surface, place);
  }
  return place ?? undefined;
}

function placeOf(surface: string): Place | undefined {
  const key = surface.toLowerCase().replace(/^the\s+/, '');
  const found = byKey.get(key);
  if (found || !key.endsWith('s')) return found;
  // "Azerbaijanis", "Israelis": the people of a place, by its demonym.
  const singular = byKey.get(key.slice(0, -1));
  return singular && singular.name.toLowerCase() !== key.slice(0, -1) ? singular : undefined;
}

/** Demonym adjectives ("Israeli") as opposed to names ("Israel"). */
export function isDemonym(surface: string): boolean {
  const place = lookUpPlace(surface);
  return place !== undefined && place.name.toLowerCase() !== surface.toLowerCase() && /(an|ese|i|ish|ic|ch|ss|ek|ot|ino)$/i.test(surface);
}
