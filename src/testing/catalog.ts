/**
 * Fixed reference data the seed draws from and job input labels resolve against. SR does not
 * document its industry/function/experience-level catalogues in our sources; these ids follow
 * SR's lowercase-with-underscores style and are the fake's own choice.
 */
import type { IdLabel, Language } from './model.js';

export const FIRST_NAMES = [
  'Ada',
  'Bruno',
  'Chiara',
  'Dawid',
  'Elena',
  'Farid',
  'Grace',
  'Hiro',
  'Ines',
  'Jonas',
  'Kamala',
  'Luis',
  'Maja',
  'Nikolai',
  'Olga',
  'Pedro',
  'Quinn',
  'Rosa',
  'Sven',
  'Tariq',
  'Uma',
  'Viktor',
  'Wen',
  'Xavier',
  'Yara',
  'Zofia',
  'Amir',
  'Beatriz',
  'Chen',
  'Dalia',
] as const;

export const LAST_NAMES = [
  'Nowak',
  'Schmidt',
  'Rossi',
  'Garcia',
  'Kowalski',
  'Dubois',
  'Okafor',
  'Tanaka',
  'Silva',
  'Jensen',
  'Novak',
  'Haddad',
  'Murphy',
  'Ivanova',
  'Moreau',
  'Kim',
  'Andersen',
  'Costa',
  'Fischer',
  'Patel',
  'Lindqvist',
  'Mendes',
  'Sato',
  'Weber',
  "O'Brien",
  'Zhang',
  'Horvat',
  'Bianchi',
  'Nguyen',
  'Larsen',
] as const;

export interface CatalogCity {
  city: string;
  region: string;
  /** At most 5 characters, as SR's `Location.regionCode` (ISO 3166-2 codes that fit). */
  regionCode: string;
  country: string;
  countryCode: string;
  postalCode: string;
  lat: number;
  lng: number;
}

export const CITIES: readonly CatalogCity[] = [
  {
    city: 'Krakow',
    region: 'Lesser Poland',
    regionCode: 'pl-12',
    country: 'Poland',
    countryCode: 'pl',
    postalCode: '30-001',
    lat: 50.0647,
    lng: 19.945,
  },
  {
    city: 'Berlin',
    region: 'Berlin',
    regionCode: 'de-be',
    country: 'Germany',
    countryCode: 'de',
    postalCode: '10115',
    lat: 52.52,
    lng: 13.405,
  },
  {
    city: 'San Francisco',
    region: 'California',
    regionCode: 'us-ca',
    country: 'United States',
    countryCode: 'us',
    postalCode: '94103',
    lat: 37.7749,
    lng: -122.4194,
  },
  {
    city: 'New York',
    region: 'New York',
    regionCode: 'us-ny',
    country: 'United States',
    countryCode: 'us',
    postalCode: '10001',
    lat: 40.7128,
    lng: -74.006,
  },
  {
    city: 'Dublin',
    region: 'Dublin',
    regionCode: 'ie-d',
    country: 'Ireland',
    countryCode: 'ie',
    postalCode: 'D02 X285',
    lat: 53.3498,
    lng: -6.2603,
  },
  {
    city: 'Paris',
    region: 'Paris',
    regionCode: 'fr-75',
    country: 'France',
    countryCode: 'fr',
    postalCode: '75001',
    lat: 48.8566,
    lng: 2.3522,
  },
  {
    city: 'Lisbon',
    region: 'Lisbon',
    regionCode: 'pt-11',
    country: 'Portugal',
    countryCode: 'pt',
    postalCode: '1100-148',
    lat: 38.7223,
    lng: -9.1393,
  },
  {
    city: 'Toronto',
    region: 'Ontario',
    regionCode: 'ca-on',
    country: 'Canada',
    countryCode: 'ca',
    postalCode: 'M5H 2N2',
    lat: 43.6532,
    lng: -79.3832,
  },
];

export const DEPARTMENTS = [
  { label: 'Engineering', description: 'Builds the product' },
  { label: 'Sales', description: 'Finds and keeps customers' },
  { label: 'Marketing', description: 'Tells the story' },
  { label: 'People', description: 'Hires and supports everyone' },
  { label: 'Finance', description: null },
] as const;

export const JOB_TITLES: Record<string, readonly string[]> = {
  Engineering: [
    'Backend Engineer',
    'Frontend Engineer',
    'Site Reliability Engineer',
    'Engineering Manager',
    'Data Engineer',
  ],
  Sales: ['Account Executive', 'Sales Development Representative', 'Head of Sales'],
  Marketing: ['Product Marketing Manager', 'Content Strategist', 'Growth Marketer'],
  People: ['Talent Partner', 'People Operations Specialist'],
  Finance: ['Financial Analyst', 'Controller'],
};

export const INDUSTRIES: readonly IdLabel[] = [
  { id: 'computer_software', label: 'Computer Software' },
  { id: 'internet', label: 'Internet' },
  { id: 'financial_services', label: 'Financial Services' },
  { id: 'staffing_and_recruiting', label: 'Staffing and Recruiting' },
];

export const FUNCTIONS: readonly IdLabel[] = [
  { id: 'engineering', label: 'Engineering' },
  { id: 'sales', label: 'Sales' },
  { id: 'marketing', label: 'Marketing' },
  { id: 'human_resources', label: 'Human Resources' },
  { id: 'finance', label: 'Finance' },
  { id: 'information_technology', label: 'Information Technology' },
];

export const FUNCTION_BY_DEPARTMENT: Record<string, string> = {
  Engineering: 'engineering',
  Sales: 'sales',
  Marketing: 'marketing',
  People: 'human_resources',
  Finance: 'finance',
};

export const EXPERIENCE_LEVELS: readonly IdLabel[] = [
  { id: 'internship', label: 'Internship' },
  { id: 'entry_level', label: 'Entry Level' },
  { id: 'associate', label: 'Associate' },
  { id: 'mid_senior_level', label: 'Mid-Senior Level' },
  { id: 'director', label: 'Director' },
  { id: 'executive', label: 'Executive' },
  { id: 'not_applicable', label: 'Not Applicable' },
];

export const EMPLOYMENT_TYPES: readonly IdLabel[] = [
  { id: 'permanent', label: 'Full-time' },
  { id: 'part_time', label: 'Part-time' },
  { id: 'contract', label: 'Contract' },
  { id: 'temporary', label: 'Temporary' },
  { id: 'internship', label: 'Internship' },
];

export const EEO_CATEGORIES: readonly IdLabel[] = [
  { id: 'professionals', label: 'Professionals' },
  { id: 'sales_workers', label: 'Sales Workers' },
];

export const LANGUAGES: readonly Language[] = [
  { code: 'en', label: 'English', labelNative: 'English' },
  { code: 'de', label: 'German', labelNative: 'Deutsch' },
  { code: 'pl', label: 'Polish', labelNative: 'polski' },
  { code: 'fr', label: 'French', labelNative: 'français' },
];

export const CURRENCIES = ['USD', 'EUR', 'GBP', 'PLN', 'CAD'] as const;

export const TAGS = [
  'java',
  'typescript',
  'remote-ok',
  'referral',
  'silver-medalist',
  'relocation',
  'senior',
  'bilingual',
] as const;

export const SCHOOLS = [
  'Jagiellonian University',
  'TU Berlin',
  'University of Toronto',
  'Sorbonne University',
  'University of Lisbon',
] as const;
export const DEGREES = ['BSc', 'MSc', 'BA', 'MBA', 'PhD'] as const;
export const MAJORS = ['Computer Science', 'Economics', 'Mathematics', 'Psychology', 'Design'] as const;
export const COMPANIES = [
  'Acme Corp',
  'Globex',
  'Initech',
  'Umbrella Analytics',
  'Stark Industries',
  'Hooli',
] as const;

/** Looks up a catalogue entry's label; unknown ids keep the id as label. */
export function labelFor(catalog: readonly IdLabel[], id: string): IdLabel {
  return catalog.find((entry) => entry.id === id) ?? { id, label: id };
}
