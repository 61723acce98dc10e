import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * What the element shows, in one line of plain text, kept in its light DOM (`slot="fz-text"`,
 * visually hidden): portal accessibility toolbars read the element under the pointer from its
 * light DOM and never look inside shadow roots. The host sets `text` with its model.
 */
export class ReadableTextController implements ReactiveController {
  text = '';

  /** `locale` is the language the text is in: light DOM takes the page's otherwise. */
  constructor(
    private readonly host: Host,
    private readonly locale: () => string,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    const { host, text } = this;
    let holder = host.querySelector(':scope > [slot="fz-text"]');
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
