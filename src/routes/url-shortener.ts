/**
 * SmartRecruiters' URL shortener (developers.smartrecruiters.com/reference, url-shortener).
 * SmartRecruiters publishes the route, not its body or answer (UNCONFIRMED: both are kept as sent
 * and received).
 */

/** Path prefix of SmartRecruiters' URL shortener. */
export const URL_SHORTENER_API = '/url-shortener';

/** Body of `POST /url-shortener/shorten` (UNCONFIRMED: the address to shorten). */
export interface SrShortenUrlRequest {
  /** The address to shorten. */
  url?: string;
  [key: string]: unknown;
}

/** Answer of `POST /url-shortener/shorten` (UNCONFIRMED). */
export interface SrShortenedUrl {
  [key: string]: unknown;
}

/** The URL shortener, relative to `URL_SHORTENER_API`. */
export interface UrlShortenerRoutes {
  'POST /shorten': { body: SrShortenUrlRequest; response: SrShortenedUrl };
}
