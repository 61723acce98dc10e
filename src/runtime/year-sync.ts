/**
 * The year (and the year compared with) chosen for each group of elements on the page. Every
 * `fz-*` element that is not inside a dashboard belongs to a group — its `group` attribute, or the
 * page's own group — and follows the group's choice; a toggle, or setting `year` on any member,
 * changes it for all. The page's own group keeps its choice in the page address (`url-state`,
 * see `address.ts`).
 */

import { pageWide } from '../data/page-wide.js';
import { type Address, addresses, type UrlState } from './address.js';
import { afterPaint } from './after-paint.js';

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
  /** Its members that show a year compared with another (charts and dashboards; not a trend, a ranking or a toggle). */
  comparing: Set<Element>;
  /** Told when the group gains its first member that compares years, or loses its last. */
  comparingListeners: Set<(comparing: boolean) => void>;
  /** The page's own group only. */
  address?: PageAddress;
}

interface PageAddress {
  /** Where it is kept: the first member to say so decides; `hash` when none does. */
  state: UrlState;
  declared: boolean;
  /** Whether the address has been read: once the members already on the page have joined. */
  read: boolean;
  /** Our part of the address as last read or written, to tell our changes from the host's. */
  last: string;
}

const PAGE_GROUP = '';
const KEYS: Key[] = ['year', 'compare'];
const groups = pageWide('year-groups', () => new Map<string, Group>());

function groupOf(name: string): Group {
  let group = groups().get(name);
  if (!group) {
    group = { choice: {}, chosenBy: {}, author: {}, listeners: new Set(), comparing: new Set(), comparingListeners: new Set() };
    groups().set(name, group);
  }
  return group;
}

/** A member as it joins: the element, its own `year` and `compare` (valid ones only) and `url-state`. */
export interface Member {
  element: Element;
  year?: number;
  compare?: string;
  urlState?: UrlState;
  /** Whether it shows a year compared with another: a toggle offers the comparison only to a group that has such a member. */
  comparesYears?: boolean;
}

/**
 * Adds a member to group `name` and returns the group's choice and a function to leave. Who
 * decides a group's first year (and comparison), key by key:
 * 1. an author's attribute: of the members with a `year` (or `compare`) of their own, the first
 *    in the page (through shadow roots) that is still on it — whatever order they join in (a
 *    page's elements start up by kind, not by place); the others follow the group;
 * 2. failing that, for the page's own group, the page address (`#year=`, or `?year=` with
 *    `url-state="query"`), read once the members already on the page have joined: an address
 *    never overrides an author's attribute;
 * 3. failing both, nothing: each member shows its dataset's latest year.
 * After that a reader's choice — a toggle, `year` set by a script, our part of the address
 * changed by hand — moves every member.
 */
export function joinGroup(name: string, member: Member, listener: Listener): { choice: YearChoice; leave: () => void } {
  const group = groupOf(name);
  if (name === PAGE_GROUP) joinAddress(group, member.urlState);
  const change: YearChoice = {};
  for (const key of KEYS) {
    const own = member[key];
    if (own === undefined || !authorDecides(group, key, member.element)) continue;
    Object.assign(change, { [key]: own });
    group.author[key] = member.element;
  }
  choose(group, change, 'author');
  group.listeners.add(listener);
  if (member.comparesYears) setComparing(group, member.element, true);
  return {
    choice: group.choice,
    leave: () => {
      group.listeners.delete(listener);
      for (const key of KEYS) if (group.author[key] === member.element) delete group.author[key];
      setComparing(group, member.element, false);
    },
  };
}

/** Adds or removes a member that compares years, telling the watchers when the group starts or stops having one. */
function setComparing(group: Group, element: Element, compares: boolean): void {
  const before = group.comparing.size > 0;
  if (compares) group.comparing.add(element);
  else group.comparing.delete(element);
  const now = group.comparing.size > 0;
  if (now !== before) for (const listener of group.comparingListeners) listener(now);
}

/**
 * Whether a member of group `name` shows a year compared with another: returned now, and told to
 * `listener` whenever that changes (a chart joining or leaving). Returns it with a function to stop.
 */
export function watchComparing(name: string, listener: (comparing: boolean) => void): { comparing: boolean; stop: () => void } {
  const group = groupOf(name);
  group.comparingListeners.add(listener);
  return { comparing: group.comparing.size > 0, stop: () => group.comparingListeners.delete(listener) };
}

/** Whether `element`'s own attribute decides `key`: nothing has, or the address, or an author's attribute that left the page or comes after it. */
function authorDecides(group: Group, key: Key, element: Element): boolean {
  const by = group.chosenBy[key];
  if (by === undefined || by === 'address') return true;
  if (by !== 'author') return false;
  const author = group.author[key];
  return author === undefined || !author.isConnected || precedes(element, author);
}

/** The element and the hosts of the shadow roots it is in, innermost first. */
function hostsOf(element: Element): Element[] {
  const chain = [element];
  for (let root = element.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode()) chain.push(root.host);
  return chain;
}

/** Whether `a` comes before `b` on the page, comparing them, or the hosts they are inside, in the tree they share. */
function precedes(a: Element, b: Element): boolean {
  const others = hostsOf(b);
  for (const mine of hostsOf(a)) {
    const other = others.find((candidate) => candidate.getRootNode() === mine.getRootNode());
    if (other) return mine !== other && (mine.compareDocumentPosition(other) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
  }
  return false;
}

/**
 * The page's group and its address: a member may say where it is kept (the first that says so
 * decides). The address is read a moment after the first member joins, when the elements already
 * on the page have joined too (they start up one kind after another in one go); a `url-state` said
 * later changes only where the year is written.
 */
function joinAddress(group: Group, declared: UrlState | undefined): void {
  followAddress();
  if (!group.address) {
    group.address = { state: 'hash', declared: false, read: false, last: '' };
    const address = group.address;
    queueMicrotask(() => groups().get(PAGE_GROUP) === group && readAddress(group, address));
  }
  if (declared && !group.address.declared) Object.assign(group.address, { state: declared, declared: true });
}

function readAddress(group: Group, address: PageAddress): void {
  address.read = true;
  const held = ours(addresses[address.state].read());
  address.last = keyOf(held);
  const change: YearChoice = {};
  for (const key of KEYS) if (held[key] !== undefined && group.chosenBy[key] === undefined) Object.assign(change, { [key]: held[key] });
  choose(group, change, 'address');
}

/** The keys an address holds (none when what it holds is not ours). */
const ours = (held: YearChoice | undefined): YearChoice =>
  Object.fromEntries(KEYS.flatMap((key) => (held?.[key] === undefined ? [] : [[key, held[key]]])));

const keyOf = (choice: YearChoice): string => KEYS.map((key) => `${key}=${choice[key] ?? ''}`).join('&');

/** Where group `name` keeps its choices in the page address: the page's group where its members say (default the hash); any other group nowhere. */
export function addressOf(name: string): Address {
  const address = name === PAGE_GROUP ? groups().get(PAGE_GROUP)?.address : undefined;
  return addresses[address?.state ?? (name === PAGE_GROUP ? 'hash' : 'none')];
}

/** A member says, after it joined, where the page's group keeps its year (the first to say so decides). */
export function declareUrlState(name: string, state: UrlState | undefined): void {
  if (name === PAGE_GROUP) joinAddress(groupOf(name), state);
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
  // Only a reader's choice goes into the address, once the charts it redrew are painted (writing it costs a few milliseconds).
  const { address } = group;
  if (by === 'reader' && address) {
    const written = group.choice;
    // Unless a later choice, or forgetting the groups, came in between.
    afterPaint(() => {
      if (groups().get(PAGE_GROUP) !== group || group.choice !== written) return;
      addresses[address.state].write(written);
      address.last = keyOf(ours(addresses[address.state].read()));
    });
  }
  for (const listener of group.listeners) listener(group.choice);
  return true;
}

/** Forgets every group, e.g. when a single-page site shows another page. */
export function forgetYearChoices(): void {
  groups().clear();
}

/**
 * The address changed (the reader typed a year, a link to `#year=…`, back and forward): when our
 * part of it changed, the page's group moves to what it says; anything else is the host's and
 * changes nothing — a router moving on, an anchor, an address we could not write.
 */
function onAddressChange(): void {
  const group = groups().get(PAGE_GROUP);
  const address = group?.address;
  if (!group || !address?.read) return;
  const held = ours(addresses[address.state].read());
  const key = keyOf(held);
  if (key === address.last) return;
  address.last = key;
  choose(group, held, 'reader');
}

let following = false;

/** Listens for changes of the address from the first time the page's group joins: importing the module touches no page. */
function followAddress(): void {
  if (following) return;
  following = true;
  addEventListener('hashchange', onAddressChange);
  addEventListener('popstate', onAddressChange);
}
