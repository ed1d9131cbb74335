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
}

// name|aliases and demonyms (comma separated)
const COUNTRIES = `Afghanistan|Afghan
Albania|Albanian
Algeria|Algerian
Argentina|Argentine,Argentinian
Armenia|Armenian
Australia|Australian
Austria|Austrian
Azerbaijan|Azerbaijani,Azeri
Bahrain|Bahraini
Bangladesh|Bangladeshi
Belarus|Belarusian
Belgium|Belgian
Bolivia|Bolivian
Bosnia|Bosnian
Brazil|Brazilian
Bulgaria|Bulgarian
Cambodia|Cambodian
Cameroon|Cameroonian
Canada|Canadian
Chile|Chilean
China|Chinese
Colombia|Colombian
Croatia|Croatian
Cuba|Cuban
Cyprus|Cypriot
Czech Republic|Czechia,Czech
Denmark|Danish
Ecuador|Ecuadorian
Egypt|Egyptian
Estonia|Estonian
Ethiopia|Ethiopian
Finland|Finnish
France|French
Georgia|Georgian
Germany|German
Ghana|Ghanaian
Greece|Greek
Hungary|Hungarian
Iceland|Icelandic
India|Indian
Indonesia|Indonesian
Iran|Iranian,Persian
Iraq|Iraqi
Ireland|Irish
Israel|Israeli
Italy|Italian
Jamaica|Jamaican
Japan|Japanese
Jordan|Jordanian
Kazakhstan|Kazakh
Kenya|Kenyan
Kuwait|Kuwaiti
Kyrgyzstan|Kyrgyz
Latvia|Latvian
Lebanon|Lebanese
Libya|Libyan
Lithuania|Lithuanian
Malaysia|Malaysian
Mexico|Mexican
Moldova|Moldovan
Mongolia|Mongolian
Morocco|Moroccan
Nepal|Nepalese
Netherlands|Dutch,Holland
New Zealand|New Zealander
Nigeria|Nigerian
North Korea|North Korean
Norway|Norwegian
Oman|Omani
Pakistan|Pakistani
Peru|Peruvian
Philippines|Filipino
Poland|Polish
Portugal|Portuguese
Qatar|Qatari
Romania|Romanian
Russia|Russian
Saudi Arabia|Saudi
Scotland|Scottish
Senegal|Senegalese
Serbia|Serbian
Singapore|Singaporean
Slovakia|Slovak
Slovenia|Slovenian
Somalia|Somali
South Africa|South African
South Korea|South Korean
Spain|Spanish
Sri Lanka|Sri Lankan
Sudan|Sudanese
Sweden|Swedish
Switzerland|Swiss
Syria|Syrian
Taiwan|Taiwanese
Tajikistan|Tajik
Tanzania|Tanzanian
Thailand|Thai
Tunisia|Tunisian
Turkey|Turkiye,Türkiye,Turkish
Turkmenistan|Turkmen
Uganda|Ugandan
Ukraine|Ukrainian
United Arab Emirates|UAE,Emirati
United Kingdom|UK,U.K.,Britain,Great Britain,British
United States|US,U.S.,USA,U.S.A.,America,American
Uruguay|Uruguayan
Uzbekistan|Uzbek
Venezuela|Venezuelan
Vietnam|Vietnamese
Wales|Welsh
England|English
Yemen|Yemeni
Zimbabwe|Zimbabwean`;

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
    const [name, aliases] = line.split('|');
    if (name) places.push({ name, type: 'country', aliases: (aliases ?? '').split(',').filter(Boolean) });
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

/** The place a surface form names (a name, another name or a demonym), if the gazetteer knows it. */
export function lookUpPlace(surface: string): Place | undefined {
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
