import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/min';

/**
 * Phone numbers are compared as E.164 (+447700900123), whatever spacing or prefix a person or a
 * draft uses. libphonenumber-js holds the numbering plans of every region; the profile's locale
 * gives the region for numbers written without a country code.
 */
export function parsePhone(text: string, region: CountryCode | undefined): string | undefined {
  const parsed = parsePhoneNumberFromString(text, region ? { defaultCountry: region } : undefined);
  if (!parsed || !parsed.isPossible()) return undefined;
  return parsed.number;
}

/** en-GB → GB, el-GR → GR, en → undefined (the number must then carry its country code). */
export function regionFromLocale(locale: string): CountryCode | undefined {
  const region = locale.split('-').find((part, i) => i > 0 && /^[A-Za-z]{2}$/.test(part));
  return region ? (region.toUpperCase() as CountryCode) : undefined;
}
