import type { CharacterKind } from '../data/characters.js';
import { DATE_TO_FILL } from '../data/parts.js';
import { dateText } from './format.js';
import type { Messages } from './messages.js';

/** A date of the report as written; the draft's placeholder as still to fill in. */
const reportDate = (date: string) => (date === DATE_TO_FILL ? 'to be filled in' : dateText(date, 'en'));

const types: Record<string, string> = {
  object: 'an object',
  array: 'a list',
  string: 'text',
  integer: 'a whole number',
  number: 'a number',
  boolean: 'true or false',
  null: 'null',
};
const typeName = (type: unknown) =>
  String(type)
    .split(' | ')
    .map((part) => types[part] ?? part)
    .join(' or ');

const formats: Record<string, string> = {
  date: 'must be a date written YYYY-MM-DD',
  uri: 'must be an address starting with http:// or https://',
  id: 'may hold only lower-case letters, digits and hyphens',
  'unit-kind': 'must be one of town, township, street, county, district, city, department or other',
  'figure-key': 'must be a section and a figure, e.g. petitions.total',
  'figure-role': 'must be headline, part or share',
  measure: 'must be count, rate or share',
};

const plural = (count: number, word: string) => `${word}${count === 1 ? '' : 's'}`;

/** What a character a dataset may not hold is, by its kind. */
const characterWords: Record<CharacterKind, string> = {
  control: 'an invisible control character',
  noncharacter: 'which is not a character',
  surrogate: 'half of a character (one of a surrogate pair)',
};

export const en: Messages = {
  locale: 'en',
  loading: 'Loading data…',
  sample: 'Sample data',
  draft: 'Draft: figures not yet checked',
  retry: 'Retry',
  list: (items) => items.join(', '),
  clauses: (parts) => parts.join(', '),
  sentences: (sentences) => sentences.join(' '),
  series: (parts) => parts.join('; '),
  pair: (label, value) => `${label}: ${value}`,
  year: (year) => String(year),
  yearTitle: (unit, year) => `${unit} · ${year}`,
  comparedWith: (year) => ` (compared with ${year})`,
  source: (name, date) => `Source: ${name} (${reportDate(date)})`,
  cite: (publisher, title) => `${publisher}, “${title}”`,
  noValue: '—',
  quoteLabel: 'Report text: ',
  readable: (title, subtitle, text) => `${title}, ${subtitle}: ${text}`,
  caption: (title, subtitle) => `${title} (${subtitle})`,
  position: (index, count) => `${index} of ${count}`,
  shareOfTotal: (share) => `${share} of total`,
  withShare: (value, share) => `${value} · ${share}`,
  sectionMissing: (section) => `This year's report gives no ${section} figures.`,
  sectionMissingIn: (year, section) => `The ${year} report gives no ${section} figures to compare with.`,
  compareNone: (years) => `No year to compare with (the data has: ${years}).`,
  change: (amount, relative) => (relative ? `${amount}, ${relative}` : amount),
  unchanged: 'no change',
  percentagePoints: (points) => `${points} pp`,
  notInComparedReport: 'not in the compared year’s report',
  // The year compared with named, the year before too: shorter than "the year before", and as plain.
  changeSince: ({ year, direction, amount, relative }) =>
    direction === 'same'
      ? `the same as in ${year}`
      : `${amount} ${direction === 'up' ? 'more' : 'fewer'} than in ${year}${relative ? ` (${relative})` : ''}`,
  rateChangeSince: ({ year, direction, points }) =>
    direction === 'same' ? `the same as in ${year}` : `${points} pp ${direction === 'up' ? 'higher' : 'lower'} than in ${year}`,
  table: {
    show: 'Show data table',
    item: 'Item',
    value: 'Value',
    shown: 'As shown',
    details: 'Notes',
    quote: 'Report text',
    change: 'Change',
  },
  exports: {
    menu: 'Export',
    formats: {
      png: 'Image (PNG)',
      'png-16:9': 'Landscape image (PNG, 16:9)',
      svg: 'Vector image (SVG)',
      csv: 'Data table (CSV)',
      pptx: 'Slide deck (PPTX)',
      'pptx-4:3': 'Slide deck (PPTX, 4:3)',
      html: 'Offline presentation (one HTML file, for a USB stick)',
    },
    dataset: 'Data file (JSON)',
    working: 'Exporting…',
    failed: (reason) => `Export failed: ${reason}`,
    notShown: 'No chart is shown, so there is nothing to export.',
    presenting: 'The whole dashboard cannot be exported as a picture while it presents: leave the presentation first.',
    load: 'The files exports need could not be loaded; reload the page and try again.',
  },
  present: {
    trendTitle: 'Over the years',
    rankingTitle: 'Units ranked',
    start: 'Present',
    leave: 'Exit',
    previous: 'Previous',
    next: 'Next',
    counter: (slide, count) => `${slide} / ${count}`,
    slideLabel: (slide, count) => `Slide ${slide} of ${count}`,
    published: (date) => `Published ${reportDate(date)}`,
    byline: (publisher, date) => `${publisher} · published ${reportDate(date)}`,
    reportingUnit: (unit) => `Reported by ${unit}`,
    reporter: (name) => `Presented by ${name}`,
    meetingDate: (date) => dateText(date, 'en'),
    slide: 'slide',
    failed: 'The presentation could not be opened: its file did not load. Reload the page and try again.',
    closing: 'Thank you',
    part: (title, part, parts) => `${title} (${part} of ${parts})`,
    sourceHeading: 'Source',
    keys: 'Keys ?',
    help: {
      title: 'Presentation keys',
      keys: [
        ['→ ↓ Space PageDown Enter', 'Next slide (a clicker’s “next”)'],
        ['← ↑ PageUp Backspace', 'Previous slide'],
        ['Home / End', 'First / last slide'],
        ['B or .', 'Black screen; W or ,: white screen (any key or a click brings the slide back)'],
        ['F5 / Shift+F5', 'From the first slide / from this slide'],
        ['Tab', 'Into the years or a chart, arrows to choose; Esc back to moving slides'],
        ['?', 'Show or hide these keys'],
        ['Esc', 'Leave (presenting again goes on from this slide)'],
      ],
      close: 'Close',
    },
    fullscreen: 'Fullscreen',
    presenterView: 'Presenter view',
    blanked: 'Screen blanked; press any key to come back',
    elapsed: 'Time elapsed',
    resetClock: 'Reset clock',
    black: 'Black',
    white: 'White',
    blackNow: 'Audience sees: black',
    whiteNow: 'Audience sees: white',
    nowShowing: 'Now showing',
    nextSlide: 'Next slide',
    lastSlide: 'This is the last slide.',
    notes: 'Notes: the report’s own words',
    noNotes: 'No notes for this slide.',
    audienceLeft: 'The audience’s screen has left the presentation.',
    resumeAudience: 'Present again on the audience’s screen',
    slideList: 'All slides',
  },
  yearToggle: { label: 'Year', compare: 'Compare with the year before' },
  dashboard: { title: 'Rule-of-law government: annual figures', keyFigures: 'Key figures' },
  errors: {
    missing: 'No data: set the src attribute, the data property, or put a <script type="application/json"> inside the element.',
    network: (url) =>
      `Could not load the data (${url}): the network request failed, or the server it is on does not let this page read it (CORS).`,
    timeout: (seconds, url) => `Could not load the data (${url}): the server did not answer within ${seconds} seconds.`,
    http: (status, url) => `Could not load the data (${url}): the server answered ${status}.`,
    webPage: (url) =>
      `Could not load the data (${url}): the server sent a web page, not the data file; it may ask for a login, or the address may be wrong.`,
    json: 'The data file is not valid JSON:',
    invalid: (count) => `The data file has ${count} ${plural(count, 'problem')}:`,
    collection:
      'This file is a collection listing several units, not one unit’s dataset: rank and compare the units with <fz-compare>; point charts at one unit’s data file (a unit’s dataset in the collection).',
    year: (year, years) => `The data has no year ${year}; it has: ${years}.`,
    notReported: (unit, year, years) => `${unit} has no report of ${year} (it has ${years}).`,
    attribute: (name, value) =>
      name === 'year'
        ? `The year attribute "${value}" is not a year: write four digits, e.g. 2024.`
        : `The ${name} attribute "${value}" is not a valid address.`,
    environment: (builtin) =>
      `Another script on this page has replaced the browser's built-in ${builtin}; the charts could not be computed correctly, so none is shown.`,
    load: 'The files this chart needs could not be loaded. Reload the page and try again.',
    unexpected: 'The chart failed unexpectedly and could not be shown.',
  },
  attributeIgnored: (name, value, used) => `the ${name} attribute "${value}" cannot be used; using ${used}.`,
  problem: (p) => {
    switch (p.rule) {
      case 'required':
        return 'is required but missing';
      case 'type':
        return `must be ${typeName(p.expected)}, found ${typeName(p.actual)}`;
      case 'minimum':
        return `must be at least ${p.expected} (found ${p.actual})`;
      case 'maximum':
        return `must be at most ${p.expected} (found ${p.actual}); check for extra digits`;
      case 'minLength':
        return 'must not be empty';
      case 'minItems':
        return `needs at least ${p.expected} ${plural(Number(p.expected), 'item')}`;
      case 'minProperties':
        return `needs at least ${p.expected} ${plural(Number(p.expected), 'field')}`;
      case 'pattern':
        return `${formats[p.format ?? ''] ?? `must match ${p.expected}`} (found "${p.actual}")`;
      case 'const':
        return p.path.join() === 'schemaVersion'
          ? `schema version ${JSON.stringify(p.actual)} is not supported; this version reads ${p.expected}`
          : `must be ${JSON.stringify(p.expected)} (found ${JSON.stringify(p.actual)})`;
      case 'duplicate':
        return `duplicate: ${p.actual} appears more than once`;
      case 'character':
        return `character ${p.at} is ${p.actual}, ${characterWords[p.kind ?? 'control']}; delete it`;
      case 'json':
        return String(p.actual);
    }
  },
};
