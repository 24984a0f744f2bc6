/**
 * Context words for the street-address and postcode recognisers: what says a street is where
 * someone lives or stays, what says an address is a public venue, and what says a number is a
 * quantity rather than a house number. Keys are lower-case nameKeys (ASCII, diacritics dropped,
 * other scripts transliterated by any-ascii), as in Token.key.
 */

const set = (words: string): ReadonlySet<string> => new Set(words.split(/\s+/).filter(Boolean));

/**
 * Words that say where someone lives or stays. A street name without a number is a location
 * when one of these comes shortly before it ("she's staying at the house on Kestrel Lane").
 * English, with the commonest French, Spanish, Italian, German, Dutch and Greek (as keys).
 */
export const LIVING_CUES = set(`
  live lives lived living stay stays stayed staying sleep sleeps sleeping slept moved moving move moves
  rehoused housed placed lodging lodgings lodges settled resettled
  house home flat apartment refuge shelter hostel bedsit accommodation address maisonette bungalow
  tenancy property digs safehouse caravan
  habite habitent vit vivent logement appartement maison foyer chez
  vive viven vivo piso casa domicilio
  abita abitano vivono alloggio
  wohnt wohnen wohnung unterkunft
  woont wonen woning
  menei menoyn zei spiti diamerisma katoikia
`);

/** Nouns for a dwelling, for "the Kestrel Lane house" (the street used as the home's name). */
export const DWELLING_NOUNS = set(`house home flat flats apartment refuge shelter hostel bedsit address property place maisonette bungalow household`);

/** People or households directly before "on <street>" ("the family on Bridge Street"). */
export const HOUSEHOLD_NOUNS = set(`family families household mum mums dad dads mother father couple lady woman man lad girl boy kids children neighbours`);

/** Words that end a "where someone lives" reading: the street is somewhere they work or visit. */
export const NOT_LIVING_CUES = set(`works working worked work job shift shifts volunteers volunteering shops shopping but while whereas`);

/** Public venues: an address next to one of these is a place named for ordinary reasons. */
export const VENUE_NOUNS = set(`
  office offices shop shops cafe café restaurant takeaway pub bar hall church mosque temple gurdwara synagogue
  library centre center stall market venue surgery clinic hospital station gym pool museum theatre cinema
  hotel store supermarket school college university nursery academy park club bank warehouse
  jobcentre council court police embassy consulate solicitor solicitors gp dentist pharmacy foodbank
  buro bureau oficina ufficio kantoor grafeio sede biblioteca bibliotheque bibliothek kirche eglise iglesia chiesa
  mairie rathaus ayuntamiento comune gemeente praxis
`);

/** Words of a public event ("all welcome", "tickets £5"); "open day" is checked as a pair. */
export const PUBLIC_EVENT_WORDS = set(`
  welcome tickets ticket fundraiser fundraising fair festival concert quiz raffle
  ouvert ouverte geoffnet abierto aperto horaires horario orari openingstijden oeffnungszeiten bienvenue bienvenidos benvenuti willkommen
`);

/** Words after a number that make it a quantity, a time or a score, not a house number. */
export const QUANTITY_WORDS = set(`
  minute minutes min mins hour hours hr hrs day days week weeks month months year years yr yrs
  second seconds sec secs time times mile miles km kms k mph metre metres meter meters m ft feet
  people person persons kid kids child children family families adult adults volunteer volunteers
  bed beds bedroom bedrooms storey story stories floor floors star stars step steps percent pm am
  x of pcs points goals nil
  anni anno giorni ore jahre jahren tage stunden ans jours heures anos dias horas jaren dagen uur
  chronon chronia eton eti meres imeres ores lepta atoma paidia oikogeneies fores eyro minon mines evdomades chlm metra
`);

/** Months and weekdays, English and the commonest European, as keys: "12 May …" is a date. */
export const CALENDAR_WORDS = set(`
  january february march april may june july august september october november december
  jan feb mar apr jun jul aug sep sept oct nov dec
  monday tuesday wednesday thursday friday saturday sunday mon tue tues wed weds thu thur thurs fri sat sun
  janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre
  enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre
  gennaio febbraio aprile maggio giugno luglio settembre ottobre dicembre
  januar februar marz juni juli oktober dezember
  januari februari maart mei augustus
`);

/**
 * Words that start a Title Case phrase which is not a street name even before a street type:
 * "5 Car Park", "Top 10 Family Days Out", "2 Free Park Tickets".
 */
export const NOT_STREET_NAME_WORDS = set(`
  car bus coach train bike cycle minute minutes hour hours mile miles day days week weeks year years month months
  family families kids people star top free new more best great big small little lovely amazing things ways tips
  reasons steps times members volunteers bedroom bed storey women men children girls boys mums dads parents
  refugees survivors runners walkers
`);
