import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { afterPaint } from './after-paint.js';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * What the element shows, in one line of plain text, kept in its light DOM (`slot="fz-text"`,
 * visually hidden): portal accessibility toolbars read the element under the pointer from its
 * light DOM and never look inside shadow roots. The host sets `text` with its model. The first
 * text is written with the element's update; a change (a year switch) just after the frame that
 * paints it: the hidden line's layout is none of that frame's work.
 */
export class ReadableTextController implements ReactiveController {
  text = '';
  private waiting = false;

  /** `locale` is the language the text is in: light DOM takes the page's otherwise. */
  constructor(
    private readonly host: Host,
    private readonly locale: () => string,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    const holder = this.holder();
    if (!holder || !this.text) this.write();
    else if ((holder.textContent !== this.text || holder.getAttribute('lang') !== this.locale()) && !this.waiting) {
      this.waiting = true;
      afterPaint(() => {
        this.waiting = false;
        this.write();
      });
    }
  }

  private holder(): Element | null {
    return this.host.querySelector(':scope > [slot="fz-text"]');
  }

  /** Writes the text as it is now (the latest, when a change waited for the paint). */
  private write(): void {
    const { host, text } = this;
    let holder = this.holder();
    if (!text) {
      holder?.remove();
      return;
    }
    if (!holder) {
      holder = host.ownerDocument.createElement('span');
      holder.setAttribute('slot', 'fz-text');
      host.append(holder);
    }
    if (holder.textContent !== text) holder.textContent = text;
    const locale = this.locale();
    if (holder.getAttribute('lang') !== locale) holder.setAttribute('lang', locale);
  }
}
