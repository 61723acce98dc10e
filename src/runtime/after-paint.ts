/**
 * Calls `then` just after the browser paints its next frame: a message posted from that frame's
 * animation callback arrives once it is painted. A hidden page paints no frame: there, in a task of
 * its own.
 */
export function afterPaint(then: () => void): void {
  if (document.visibilityState === 'hidden') {
    setTimeout(then);
    return;
  }
  requestAnimationFrame(() => inTask(then));
}

/** Calls `then` in a task of its own, as soon as the browser gets to it (a message posted to itself). */
function inTask(then: () => void): void {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => then();
  channel.port2.postMessage(null);
}

const turns: (() => void)[] = [];

/**
 * Resolves just after the browser paints its next frame, each waiting in a task of its own: what
 * many wait to do then (the charts out of view after a year switch) is done one task at a time,
 * and the browser may paint between them.
 */
export function afterPaintInTurn(): Promise<void> {
  return new Promise((resolve) => {
    turns.push(resolve);
    if (turns.length === 1) afterPaint(nextTurn);
  });
}

function nextTurn(): void {
  turns.shift()?.();
  if (turns.length > 0) inTask(nextTurn);
}

const framed: (() => void)[] = [];

/**
 * Calls `then` at once when nothing waits here, and otherwise just after the browser paints the
 * frame that shows what the one before it did: one a frame, in the order they came.
 */
export function onePerFrame(then: () => void): void {
  framed.push(then);
  if (framed.length === 1) runFramed();
}

function runFramed(): void {
  // The next turn is asked for first: one that throws holds up none of the others.
  afterPaint(() => {
    framed.shift();
    if (framed.length > 0) runFramed();
  });
  framed[0]();
}

/** When the page was last scrolled (`performance.now()`), once watched (`watchScrolling`). */
let lastScroll = Number.NEGATIVE_INFINITY;
let watchingScroll = false;

/** Starts watching the page's scrolling, for `afterScrolling` (once for the page: a passive listener). */
export function watchScrolling(): void {
  if (watchingScroll) return;
  watchingScroll = true;
  addEventListener('scroll', () => (lastScroll = performance.now()), { passive: true });
}

/**
 * Calls `then` once the reader has not scrolled the page for 100 ms: what it does to the page
 * (putting it back where it was) lets a smooth scroll of theirs (a wheel's, PageDown's) run its
 * course first.
 */
export function afterScrolling(then: () => void): void {
  const wait = lastScroll + 100 - performance.now();
  if (wait <= 0) then();
  else setTimeout(() => afterScrolling(then), wait);
}
