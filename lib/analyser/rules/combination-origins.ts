/**
 * Where someone comes from: countries, nationalities and peoples, and cities people commonly flee.
 * Keys are nameKey forms (lower-case ASCII); two-word names are joined by a space. The host
 * country's own words are dropped at run time (a British organisation saying "British" singles
 * no one out). Compact on purpose: the whole analyser must stay small.
 */

const ORIGIN_KEYS = `
afghanistan afghan afghani afghans albania albanian algeria algerian angola angolan armenia armenian azerbaijan
azerbaijani azeri bangladesh bangladeshi belarus belarusian bhutan bhutanese bolivia bolivian bosnia bosnian
brazil brazilian burma burmese myanmar rohingya burundi burundian cameroon cameroonian chad chadian chechnya
chechen china chinese colombia colombian congo congolese drc cuba cuban egypt egyptian eritrea eritrean
ethiopia ethiopian gambia gambian ghana ghanaian guatemala guatemalan guinea guinean haiti haitian honduras
honduran hongkonger india indian indonesia indonesian iran iranian persian iraq iraqi ivorian jamaica jamaican
jordanian kazakh kazakhstan kenya kenyan kosovo kosovan kosovar kurdistan kurdish kurd kurds kuwait kuwaiti
bidoon kyrgyz kyrgyzstan lebanon lebanese liberia liberian libya libyan mali malian mauritania mauritanian
mexico mexican moldova moldovan mongolia mongolian morocco moroccan mozambique nepal nepalese nepali
nicaragua nicaraguan nigeria nigerian pakistan pakistani palestine palestinian gazan peru peruvian
philippines filipino filipina romania romanian roma russia russian rwanda rwandan saudi senegal senegalese
serbia serbian somalia somali somalian somaliland syria syrian tajik tajikistan tanzania tanzanian tibet
tibetan togo togolese tunisia tunisian turkey turkish turkmen turkmenistan uganda ugandan ukraine ukrainian
uzbek uzbekistan venezuela venezuelan vietnam vietnamese yemen yemeni zimbabwe zimbabwean hazara uyghur
uighur baloch balochi pashtun tigrayan amhara oromo tamil bedouin arab sahrawi darfuri nubian
greece greek italy italian spain spanish france french germany german netherlands dutch portugal portuguese
poland ireland irish britain british england english scotland scottish wales welsh america american
canada canadian australia australian lithuania lithuanian latvia latvian bulgaria bulgarian hungary hungarian
slovakia slovak czech croatia croatian georgia sudan sudanese korea korean japan japanese thailand thai cambodia
cambodian laos laotian malaysia malaysian macedonia macedonian montenegro montenegrin slovenia slovenian estonia
estonian cyprus cypriot israel israeli djibouti djiboutian zambia zambian malawi malawian namibia namibian botswana
ecuador ecuadorian chile chilean argentina argentinian samoa samoan tonga tongan fiji fijian papuan dagestan
dagestani kachin aboriginal inuit metis traveller travellers maori pasifika tigray
`;
const ORIGIN_PAIRS = `
south sudan|south sudanese|sierra leone|sierra leonean|sri lanka|sri lankan|el salvador|north korea|north korean
|ivory coast|cote divoire|burkina faso|central african|hong kong|saudi arabia|western sahara|new zealand
|united states|united kingdom|great britain|south africa|south african|costa rica|dominican republic|papua new
|west bank|east timor|north macedonia|addis ababa|deir ezzor|el fasher|port sudan|cox bazar|khan younis
`;
/** Cities people often come from, so that "was a dentist in Aleppo" is read as origin, not home. */
const ORIGIN_CITIES = `
aleppo homs damascus idlib daraa raqqa hama latakia deir kabul kandahar herat mazar jalalabad kunduz ghazni
helmand khartoum omdurman nyala asmara massawa keren mogadishu hargeisa kismayo baghdad mosul basra erbil
sulaymaniyah slemani kirkuk duhok halabja tehran mashhad isfahan shiraz tabriz kermanshah sanandaj ahvaz
gaza rafah ramallah nablus jenin hebron kyiv kiev kharkiv kharkov mariupol kherson odesa odessa donetsk
luhansk zaporizhzhia mykolaiv dnipro lviv bakhmut sumy chernihiv tripoli benghazi misrata sanaa aden taiz
hodeidah lagos abuja maiduguri kinshasa goma bukavu yangon kigali kampala juba karachi lahore peshawar
quetta dhaka tirana pristina tbilisi grozny minsk caracas bogota havana asmera gondar mekelle
`;

function words(list: string): string[] {
  return list.split(/\s+/).filter(Boolean);
}

export const ORIGIN_WORDS: ReadonlySet<string> = new Set([...words(ORIGIN_KEYS), ...words(ORIGIN_CITIES)]);
export const ORIGIN_TWO_WORDS: ReadonlySet<string> = new Set(
  ORIGIN_PAIRS.split('|').map((p) => p.trim()).filter(Boolean),
);

/** The host country's own words, by region code: never origin for an organisation there. */
export const HOST_WORDS: Readonly<Record<string, readonly string[]>> = {
  GB: ['britain', 'british', 'england', 'english', 'scotland', 'scottish', 'wales', 'welsh', 'united kingdom', 'great britain'],
  IE: ['ireland', 'irish'],
  AU: ['australia', 'australian'],
  NZ: ['new zealand', 'maori', 'pasifika'],
  US: ['america', 'american', 'united states'],
  CA: ['canada', 'canadian'],
  GR: ['greece', 'greek'],
  FR: ['france', 'french'],
  DE: ['germany', 'german'],
  ES: ['spain', 'spanish'],
  IT: ['italy', 'italian'],
  NL: ['netherlands', 'dutch'],
  PT: ['portugal', 'portuguese'],
  PL: ['poland'],
};

/**
 * Origin words in scripts without capital-letter names, matched on the text: Arabic and Persian
 * nationalities, countries and cities. Run only when the draft holds Arabic script.
 */
export const ORIGIN_ABJAD =
  /(?:سوري|سورية|سوريا|أفغاني|افغاني|أفغانستان|افغانستان|سوداني|سودانية|السودان|عراقي|عراقية|العراق|كردي|كردية|كوردي|إيراني|ايراني|إيران|اريتري|إريتري|إريتريا|يمني|اليمن|صومالي|الصومال|فلسطيني|فلسطين|غزة|أوكراني|اوكراني|أوكرانيا|ليبي|ليبيا|مصري|حلب|حمص|دمشق|الخرطوم|بغداد|الموصل|كابول|ایرانی|ایران|افغان|افغانستانی|کرد|کردی|کورد|عراقی|سوری|سوریه|کابل|هرات|مزار|تهران|سودانی|اریتره)(?![\u0600-\u06FF])/g;

/** Transliterated stems of origin words in Cyrillic and Greek (inflected: "з Харкова", "Σύριος"). */
export const ORIGIN_STEMS: readonly string[] = [
  'ukrain', 'ukrayin', 'oykran', 'siri', 'syri', 'afgan', 'irak', 'iran', 'sudan', 'soudan', 'eritr', 'kurd', 'koyrd',
  'somal', 'pakistan', 'palaist', 'kongo', 'khark', 'kyiv', 'kiiv', 'kiev', 'odes', 'mariupol', 'kherson', 'donet',
  'luhan', 'lugan', 'zaporiz', 'mykola', 'nikola', 'dnipr', 'lviv', 'bakhmut', 'chernih', 'chalepi', 'damask', 'kampoul',
];
