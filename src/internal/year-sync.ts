/**
 * The year (and the year compared with) chosen for each group of elements on the page. Every
 * `fz-*` element that is not inside a dashboard belongs to a group — its `group` attribute, or the
 * page's own group — and follows the group's choice; a toggle, or setting `year` on any member,
 * changes it for all. The page's own group keeps its choice in the page address (`url-state`,
 * see `address.ts`).
 */
import { type Address, addresses, type UrlState } from './address.js';

export interface YearChoice {
  year?: number;
  /** `previous`, a year as text, or undefined for no comparison. */
  compare?: string;
}

type Key = keyof YearChoice;
type Listener = (choice: YearChoice) => void;
/** Who chose a key: the page address on load, an author's attribute, or a reader (a toggle, a script, the address later). */
type Chooser = 'address' | 'author' | 'reader';

interface Group {
  choice: YearChoice;
  chosenBy: Partial<Record<Key, Chooser>>;
  /** The member whose attribute chose a key, while an author's attribute is what chose it. */
  author: Partial<Record<Key, Element>>;
  listeners: Set<Listener>;
  /** The page's own group only. */
  address?: { state: UrlState; declared: boolean; at: Address };
}

const PAGE_GROUP = '';
const KEYS: Key[] = ['year', 'compare'];
const groups = new Map<string, Group>();

function groupOf(name: string): Group {
  let group = groups.get(name);
  if (!group) {
    group = { choice: {}, chosenBy: {}, author: {}, listeners: new Set() };
    groups.set(name, group);
  }
  return group;
}

/** A member as it joins: the element, its own `year` and `compare` (valid ones only) and `url-state`. */
export interface Member {
  element: Element;
  year?: number;
  compare?: string;
  urlState?: UrlState;
}

/**
 * Adds a member to group `name` and returns the group's choice and a function to leave. Who
 * decides a group's first year (and comparison), key by key:
 * 1. an author's attribute: of the members with a `year` (or `compare`) of their own, the first
 *    in document order — whatever order they join in (a page's elements start up by kind, not
 *    by place); the others follow the group;
 * 2. failing that, for the page's own group, the page address (`#year=`, or `?year=` with
 *    `url-state="query"`), read when the group is first joined: an address never overrides an
 *    author's attribute;
 * 3. failing both, nothing: each member shows its dataset's latest year.
 * After that a reader's choice — a toggle, `year` set by a script, the address changed by hand —
 * moves every member.
 */
export function joinGroup(name: string, member: Member, listener: Listener): { choice: YearChoice; leave: () => void } {
  const group = groupOf(name);
  if (name === PAGE_GROUP) useAddress(group, member.urlState);
  const change: YearChoice = {};
  for (const key of KEYS) {
    const own = member[key];
    if (own === undefined || !authorDecides(group, key, member.element)) continue;
    Object.assign(change, { [key]: own });
    group.author[key] = member.element;
  }
  choose(group, change, 'author');
  group.listeners.add(listener);
  return { choice: group.choice, leave: () => group.listeners.delete(listener) };
}

/** Whether `element`'s own attribute decides `key`: nothing has, or the address, or an author's attribute further down the page. */
function authorDecides(group: Group, key: Key, element: Element): boolean {
  const by = group.chosenBy[key];
  if (by === undefined || by === 'address') return true;
  const author = group.author[key];
  return by === 'author' && author !== undefined && (author.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_PRECEDING) !== 0;
}

/** The page's own group reads the address the first time it is joined, or when a member first says which address to use. */
function useAddress(group: Group, declared: UrlState | undefined): void {
  if (group.address && (group.address.declared || !declared)) return;
  const state = declared ?? 'hash';
  group.address = { state, declared: declared !== undefined, at: addresses[state] };
  const held = group.address.at.read() ?? {};
  const change: YearChoice = {};
  for (const key of KEYS) if (held[key] !== undefined && group.chosenBy[key] !== 'author') Object.assign(change, { [key]: held[key] });
  choose(group, change, 'address');
}

/** A reader's choice for group `name` (a toggle, `year` set by a script); returns false when nothing changed. */
export function chooseYear(name: string, change: YearChoice): boolean {
  return choose(groupOf(name), change, 'reader');
}

function choose(group: Group, change: YearChoice, by: Chooser): boolean {
  const keys = KEYS.filter((key) => key in change && change[key] !== group.choice[key]);
  if (keys.length === 0) return false;
  group.choice = { ...group.choice, ...change };
  for (const key of keys) group.chosenBy[key] = by;
  // Only a reader's choice goes into the address, after the charts have redrawn (writing it costs a few milliseconds).
  const { address } = group;
  if (by === 'reader' && address) {
    const written = group.choice;
    // Unless a later choice, or forgetting the groups, came in between.
    setTimeout(() => groups.get(PAGE_GROUP) === group && group.choice === written && address.at.write(written));
  }
  for (const listener of group.listeners) listener(group.choice);
  return true;
}

/** Forgets every group, e.g. when a single-page site shows another page. */
export function forgetYearChoices(): void {
  groups.clear();
}

/** The address changed by the reader (or a link to `#year=…`): ours moves the page's group; anything else is the host's. */
function onAddressChange(): void {
  const group = groups.get(PAGE_GROUP);
  const held = group?.address?.at.read();
  if (!group || !held) return;
  // Only what it says: an address without a year leaves the year as it is.
  const change: YearChoice = {};
  for (const key of KEYS) if (held[key] !== undefined) Object.assign(change, { [key]: held[key] });
  choose(group, change, 'reader');
}

addEventListener('hashchange', onAddressChange);
addEventListener('popstate', onAddressChange);
