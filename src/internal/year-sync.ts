/**
 * The year (and the year compared with) chosen for each group of elements on the page. Every
 * `fz-*` element belongs to a group — its `group` attribute, or the page's default group — and
 * follows the group's choice; a toggle, or setting `year` on any member, changes it for all. The
 * default group is mirrored in the page address as `#year=2023` (and `&compare=…`), replaced in
 * place so that changing years adds no history entries.
 */

export interface YearChoice {
  year?: number;
  /** `previous`, a year as text, or undefined for no comparison. */
  compare?: string;
}

type Listener = (choice: YearChoice) => void;

const DEFAULT_GROUP = '';
const choices = new Map<string, YearChoice>();
const listeners = new Map<string, Set<Listener>>();

/** `#year=2023&compare=previous` → `{ year: 2023, compare: 'previous' }`. */
export function choiceFromHash(hash: string): YearChoice {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const year = Number(params.get('year'));
  const compare = params.get('compare') ?? undefined;
  return { year: Number.isInteger(year) && year > 0 ? year : undefined, compare: compare || undefined };
}

function hashFor(choice: YearChoice): string {
  const params = new URLSearchParams(location.hash.replace(/^#/, ''));
  for (const [key, value] of [
    ['year', choice.year],
    ['compare', choice.compare],
  ] as const) {
    if (value === undefined) params.delete(key);
    else params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `#${text}` : location.pathname + location.search;
}

/** The group's current choice; the default group starts from the page address. */
export function yearChoice(group = DEFAULT_GROUP): YearChoice {
  let choice = choices.get(group);
  if (!choice) {
    choice = group === DEFAULT_GROUP ? choiceFromHash(location.hash) : {};
    choices.set(group, choice);
  }
  return choice;
}

/**
 * Changes the group's choice and tells every member; returns false when nothing changed. The
 * page address follows a reader's choice, not the attributes elements start with
 * (`{ address: false }`).
 */
export function chooseYear(group: string, change: YearChoice, { address = true } = {}): boolean {
  const before = yearChoice(group);
  const after = { ...before, ...change };
  if (after.year === before.year && after.compare === before.compare) return false;
  choices.set(group, after);
  // The address is written after the charts have redrawn: replaceState costs a few milliseconds.
  if (group === DEFAULT_GROUP && address) setTimeout(() => writeHash(after));
  for (const listener of listeners.get(group) ?? []) listener(after);
  return true;
}

function writeHash(choice: YearChoice): void {
  if (choices.get(DEFAULT_GROUP) !== choice) return; // a later choice has its own write coming
  const hash = hashFor(choice);
  if (hash !== location.hash) history.replaceState(history.state, '', hash);
}

/** Calls `listener` whenever the group's choice changes; returns the function that stops it. */
export function onYearChoice(group: string, listener: Listener): () => void {
  const set = listeners.get(group) ?? new Set();
  listeners.set(group, set);
  set.add(listener);
  return () => set.delete(listener);
}

/** Forgets every group's choice, e.g. when a single-page site shows another page. */
export function forgetYearChoices(): void {
  choices.clear();
}

// Editing the address by hand (or a link to #year=…) moves the default group too.
addEventListener('hashchange', () => {
  const { year, compare } = choiceFromHash(location.hash);
  chooseYear(DEFAULT_GROUP, { year, compare });
});
