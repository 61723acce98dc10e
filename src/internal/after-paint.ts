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
  requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => then();
    channel.port2.postMessage(null);
  });
}
