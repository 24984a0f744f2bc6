/**
 * Words for telling a private person's name from the other capitalised words of a post, and for
 * telling a story about someone supported from a thank-you, a public figure or a credit.
 * Keys are nameKey forms (lower-case ASCII). Patterns are flat (linear in the text) and have no
 * `u` flag, so that V8 scans them quickly.
 */

function set(list: string): ReadonlySet<string> {
  return new Set(list.split(/\s+/).filter(Boolean));
}

/** Titles of private people: a name follows. */
export const PRIVATE_TITLES = set('mr mrs ms miss mx dr auntie aunty uncle nan nana grandma grandad granny sheikh hajji haji hajja kaka khala');
/** Titles of public figures and office-holders: never a private person in a story. */
export const PUBLIC_TITLES = set(
  'sir dame lord lady baroness baron mp mep msp cllr councillor mayor president minister pm senator congressman congresswoman governor premier king queen prince princess pope archbishop bishop saint st judge justice ambassador professor prof chancellor secretary general commissioner taoiseach tanaiste td',
);

/**
 * Relations and roles around someone supported: a name after one of these ("her neighbour
 * Bogdan", "the family's host, Mr Ellis") is a private person in their story.
 */
export const RELATION_NOUNS = set(`
neighbour neighbor landlord landlady cousin uncle aunt auntie aunty brother sister husband wife ex partner expartner
exhusband exwife boyfriend girlfriend fiance fiancee son daughter nephew niece grandson granddaughter grandmother
grandfather grandma grandad granny nan stepdad stepmum stepfather stepmother father mother dad mum mom sibling
friend mate teacher headteacher head host sponsor employer boss manager colleague housemate flatmate carer
childminder abuser perpetrator attacker stalker caseworker keyworker solicitor lawyer interpreter translator
sponsor guardian foster carer brotherinlaw sisterinlaw motherinlaw fatherinlaw inlaw baby kid child lad girl boy
officer nurse doctor gp midwife visitor barrister detective sergeant constable pc dc mentor coach tutor advocate
`);
/** What someone has in a case: "Shanice's transfer", "Amir's hearing". Its owner is a person in the story. */
export const CASE_NOUNS = set(`
case claim appeal hearing appointment appt transfer application visa court housing flat room benefits referral
assessment file interview papers documents solicitor caseworker tenancy eviction move deportation asylum
`);
/** Relations of the writer: "my sister Emma" is the writer's own life, not a story about a client. */
export const WRITER_POSSESSIVES = set('my our mine');

/** Words that end a place, organisation or event name ("Holme Valley Rovers FC", "St Paul's Hall"). */
export const PLACE_ORG_NOUNS = set(`
road street st lane avenue ave close drive way terrace court crescent place grove gardens square row walk hill
park hall centre center academy school primary secondary college university uni nursery airport station house
church mosque chapel temple gurdwara synagogue library fc afc rovers united city town athletic club group team
trust foundation support refugee refugees council office hospital surgery clinic market festival week day month
year cafe restaurant bar pub hotel shop store bank ltd limited plc inc services service partnership project
programme program network association society fund appeal awards award cup league estate village valley bridge
mill flats tower towers green common field fields pitches pitch centre theatre cinema museum gallery stadium
arena beach river lake road north south east west upper lower great little new old kitchen bakery barbers
jobcentre jobcentreplus police court tribunal ministry department agency commission committee board alliance
coalition union institute federation charity aid action campaign network hub space studio zone
advice credit benefit benefits greater allowance payment tax visa cert certificate exam test
`);

/** Capitalised words that are never a person: days, months, festivals, acronyms of the sector. */
export const NOT_NAMES = set(`
monday tuesday wednesday thursday friday saturday sunday mon tue tues wed weds thu thur thurs fri sat sun
january february march april may june july august september october november december jan feb mar apr jun jul
aug sep sept oct nov dec eid ramadan ramadhan christmas xmas easter diwali newroz nowruz norooz hanukkah vaisakhi
holi lent advent pride halloween bonfire mothering fathers valentines boxing ukraine god allah jesus lord mubarak
insha inshallah mashallah alhamdulillah salaam salam hi hello hey dear thanks thank congrats congratulations
welcome happy merry ok okay omg lol pls please yes no wow bravo amen esol gcse gcses nhs gp ni brp dbs ho uc
pip esa sats ofsted facebook whatsapp instagram insta tiktok twitter youtube google zoom teams messenger x
covid english maths science pe art it ict level entry year reception week day today tonight tomorrow yesterday
mum dad mummy daddy mama baba nan gran grandma grandad team refugee refugees asylum home office
i im ive ill id ok
`);

/** Greetings and thanks that put a name in the vocative or thank a supporter. */
export const VOCATIVE_BEFORE =
  /(?:^|[^A-Za-z])(?:hi|hiya|hello|hey|dear|morning|evening|salaam|salam|salaam alaikum|as-?salaam|marhaba|merhaba|shalom|yo|thanks?|thank you(?: so much| very much| again)?|thank u|ta|cheers|congrats|congratulations|well done|bravo|welcome(?: to the team)?|happy birthday|love you|miss you|good luck|get well soon|shout ?out to|big up|hats off to|special (?:mention|thanks) to|huge thanks to|thanks to|thank you to|meet|say hello to|say hi to|introducing|please welcome|welcome to the team)[\s,!]*$/i;
/** Supporters, volunteers and donors praised: not a story about someone supported. */
export const SUPPORTER_BEFORE =
  /(?:^|[^A-Za-z])(?:(?:our|the|a|amazing|brilliant|wonderful|lovely|fab|fabulous|star|super|dedicated|new)\s+)*(?:volunteers?|supporters?|donors?|sponsors?|fundraisers?|trustees?|befrienders?|drivers|helpers|staff|team(?:mates?)?|coordinator|chair|ambassadors?|patron|(?:volunteer|fundraiser|supporter) of the (?:month|year|week))(?:\s+(?:of the (?:month|year|week)))?(?:\s+(?:is|are|was|were))?[\s,:.…!-]*(?:[A-Za-z]+\s+(?:and|&)\s+)?$/i;
/** Public-figure, author and artist contexts in the same sentence. */
export const PUBLIC_CONTEXT =
  /(?:^|[^A-Za-z])(?:speech|spoke|spoken|speaks? (?:out|about|at|on)|interview|said in|says in|told (?:the|bbc|itv|sky|cnn|reporters)|tweeted|posted|announced|president|prime minister|minister|mp|senator|author|book|novel|memoir|poem|poet|wrote|written by|by the (?:author|artist)|artist|painting|song|album|singer|rapper|band|film|documentary|actor|actress|footballer|olympian|olympic|nobel|laureate|celebrity|famous|campaigner|activist|quote|quoted|keynote|ted talk|podcast|episode|newspaper|column|bbc|guardian|article|explains|explained|webinar|guest speaker|lecture|seminar|conference|masterclass)(?:$|[^A-Za-z])/i;
/**
 * A professional named with their organisation ("Dr Ahmed from the Refugee Health Clinic", "Jane
 * Smith of UNHCR"): speaking for an institution, not in a client's story.
 */
export const AFFILIATION_AFTER =
  /^\s*,?\s*(?:from|of|at)\s+(?:the\s+)?(?:(?:[A-Z][\w'’-]+\s+){0,4}(?:Council|Clinic|Hospital|University|College|School|Trust|Services?|Centre|Center|Office|Police|Foundation|Charity|Society|Association|Network|Project|Advice|Aid|Department|Ministry|Agency|Partnership|Bank|Ltd|Practice|Surgery|Court|Commission|Institute|Union|Alliance)\b|[A-Z]{2,}\b)/;
/** Credits: "photo by", "📸", "words: …", "illustration by". */
export const CREDIT_BEFORE = /(?:(?:photo|photos|pic|pics|picture|image|images|illustration|artwork|words|design|video|film|music|poem|painting|drawing)(?:graph(?:y|s))?\s*(?:by|:|credit:?|courtesy of)|📸|©|\bby)\s*$/i;

/**
 * A story about someone the organisation supports, with a weight: 1 is enough on its own; a
 * register mention found earlier also counts 1.
 */
export const STORY_SIGNALS: readonly (readonly [RegExp, number])[] = [
  [/(?:^|[^A-Za-z])(?:we(?:['’]ve| have|['’]re| are)? (?:been )?(?:support(?:ed|ing)?|work(?:ed|ing)? with|help(?:ed|ing)?|house[ds]?|resettled)|one of (?:our|the) (?:clients|families|mums|dads|women|ladies|young people|lads|girls|boys|residents|survivors|service users|learners|students|regulars|kids|guys)|(?:our|a|the|my) (?:client|service user|resident|survivor|case)|as a client|client of ours|service users?|came to us|walked (?:in)?to our|(?:in|from|at|of) our (?:[A-Za-z]+\s+)?(?:class|classes|drop-?in|group|club|project|service|refuge|food ?bank|sessions?|café|cafe)|refuge|safe ?house|fled|fleeing|escaped|abuser|abusive|perpetrator|ex-?partner|(?:her|his|their) ex(?:-husband|-wife)?|asylum|home office|deport[a-z]*|trafficked|trafficking|traumati[sz]ed|family we|families we|the family['’]s)(?:$|[^A-Za-z])/i, 1],
  [/(?:^|[^A-Za-z])(?:the family|this family|a family|her family|his family|host(?:ed|ing)?|landlord|landlady|sponsor(?:ed|ing)? family|housing (?:forms?|application|officer)|benefits?|universal credit|jobcentre|in hospital|pray for|needs? (?:a lift|help|a job|work|somewhere)|find (?:work|a job|a home|somewhere)|looking for work|back home|stuck in|new arrival|newly arrived|arrived|visa|interpreter|caseworker|our (?:english|esol|sewing|cooking|art) class|class regulars|volunteered with us|food parcel)(?:$|[^A-Za-z])/i, 0.6],
  // A safeguarding worry about someone: the person worried about is one the organisation supports.
  [/(?:^|[^A-Za-z])(?:turn(?:s|ed|ing)? up (?:at|outside)|looking for (?:her|him|them)|harass[a-z]*|threaten[a-z]*|stalk[a-z]*|bruis[a-z]*|scared of|afraid of|frightened of|safeguarding|disclos[a-z]*|non-molestation|(?:protection|violence|restraining|barring|no-contact) order|injunction|bail conditions|social services|social worker|custody|contact centre|coercive)(?:$|[^A-Za-z])/i, 0.6],
];
