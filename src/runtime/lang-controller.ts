import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { type Lang, toLang } from '../i18n/format.js';
import { ancestorLang, followPageLang, unfollowPageLang } from './page-lang.js';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * The language an element speaks: its own `lang`, else the page's around it (the `lang` of its
 * nearest ancestor, followed when a `lang` in the document changes), else Chinese.
 */
export class LangController implements ReactiveController {
  /** The `lang` of the page around the element, for an element without its own. */
  private around = '';

  /** `onChange` takes each new language, before the host's model is made. */
  constructor(
    private readonly host: Host,
    private readonly onChange: (lang: Lang) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    followPageLang(this.host, this.readAround);
    this.readAround();
  }

  hostDisconnected(): void {
    unfollowPageLang(this.host);
  }

  /** Call at the start of the host's `willUpdate`: the page's language is read again when the host's own `lang` went. */
  sync(lang: string, lost: boolean): void {
    if (lost && !lang && this.host.isConnected) this.around = ancestorLang(this.host);
    this.onChange(toLang(lang || this.around));
  }

  private readonly readAround = (): void => {
    const around = ancestorLang(this.host);
    if (around === this.around) return;
    this.around = around;
    this.host.requestUpdate();
  };
}
