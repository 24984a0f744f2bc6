/**
 * Given names that are also ordinary words people capitalise for other reasons: months, days,
 * virtues and flowers at the start of a phrase, titles. A register name among these needs more
 * than a capital letter to count: a possessive, another mention of the same family, or a full
 * name. Lower-case uses of any frequent word never count (see isCommonWord).
 */
export const CAPITALISED_WORDS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'christian', 'christmas', 'easter', 'eid', 'god', 'lord', 'allah', 'mercy', 'grace', 'hope', 'faith', 'joy', 'glory',
  'rose', 'lily', 'ivy', 'holly', 'daisy', 'iris', 'violet', 'heather', 'poppy', 'jasmine', 'amber', 'ruby', 'pearl',
  'summer', 'autumn', 'winter', 'spring', 'dawn', 'sky', 'star', 'angel', 'will', 'mark', 'bill', 'frank', 'rich',
  'sunny', 'victoria', 'king', 'queen', 'prince', 'justice', 'patience', 'charity', 'unity', 'destiny', 'harmony',
  'favour', 'favor', 'honour', 'honor', 'blessing', 'precious', 'gift', 'miracle', 'peace', 'promise', 'trust', 'liberty',
  'serenity', 'comfort', 'goodness', 'testimony', 'marvel', 'wisdom', 'praise', 'glory', 'happy', 'sunshine',
  'young', 'brown', 'white', 'green', 'black', 'baker', 'mason', 'hunter', 'cook', 'turner', 'carter', 'walker', 'wood', 'hill',
]);
