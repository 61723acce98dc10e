import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import type { Source } from '../../data/schema.js';
import type { Messages } from '../../i18n/messages.js';
import type { UrlState } from '../../internal/address.js';
import type { Failure } from '../../internal/failure.js';
import { SlidesController } from '../../internal/slides-controller.js';
import type { AnySection, KeyFigure } from '../../sections/section.js';
import { yearChoices, yearChoicesStyles } from '../fz-year-toggle/year-choices.js';
import { renderSlide, slidesOf, slidesStyles } from './slides.js';

type Host = ReactiveControllerHost & HTMLElement & { urlState?: UrlState };

/** The dashboard's model, as far as the slides show it. */
export type ShownModel =
  | { status: 'loading' }
  | { status: 'failed'; failure: Failure }
  | {
      status: 'shown';
      year: number;
      years: number[];
      subtitle: string;
      sample: boolean;
      source: Source;
      keyFigures: KeyFigure[];
      sections: AnySection[];
    };

/** What the slides take from their dashboard to show and to change. */
export interface PresentationContext {
  model: ShownModel;
  t: Messages;
  lang: string;
  theme?: string;
  comparing: boolean;
  chooseYear: (year: number) => void;
  chooseCompare: (comparing: boolean) => void;
  leave: () => void;
  badge: (sample: boolean) => TemplateResult | typeof nothing;
  failure: (failure: Failure) => TemplateResult;
  loading: () => TemplateResult;
  readableSlot: TemplateResult;
}

/**
 * The dashboard as slides: their layout and styles, the slide shown and how a clicker moves it.
 * Its own file, loaded the first time a dashboard presents, so that no visitor who never does
 * downloads it.
 */
export class Presentation implements ReactiveController {
  private readonly slides: SlidesController;
  private focusSlide = false;

  constructor(
    private readonly host: Host,
    leave: () => void,
  ) {
    this.slides = new SlidesController(host, leave);
    host.addController(this);
    const root = host.shadowRoot;
    if (root)
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, ...[yearChoicesStyles, slidesStyles].flatMap((css) => css.styleSheet ?? [])];
  }

  /** Call from the host's `willUpdate`: starts or ends the presentation, and counts its slides. */
  sync(presenting: boolean, model: ShownModel): void {
    if (!presenting) {
      this.slides.stop();
      return;
    }
    if (this.slides.start()) this.focusSlide = true;
    this.slides.setCount(model.status === 'shown' ? slidesOf(model.sections).length : 0);
  }

  hostUpdated(): void {
    // Keys and screen readers follow the slides in.
    if (!this.focusSlide) return;
    this.focusSlide = false;
    (this.host.shadowRoot?.querySelector('.slide') as HTMLElement | null)?.focus();
  }

  enterFullscreen(): Promise<void> {
    return this.slides.enterFullscreen();
  }

  render(context: PresentationContext): TemplateResult {
    const { model, t } = context;
    const { slides } = this;
    const shown = model.status === 'shown' ? slidesOf(model.sections) : [];
    const count = shown.length;
    const index = slides.index;
    const slide =
      model.status === 'shown'
        ? keyed(index, renderSlide(shown[index] ?? shown[0], model, { lang: context.lang, theme: context.theme }, t))
        : model.status === 'failed'
          ? context.failure(model.failure)
          : context.loading();
    return html`<section class="root slides" part="slides" lang=${t.locale} aria-label=${t.dashboard.title}>
      <div
        class="slide"
        tabindex="-1"
        role="group"
        aria-roledescription=${t.present.start}
        aria-label=${count ? t.present.slideLabel(index + 1, count) : t.dashboard.title}
      >
        ${slide}
      </div>
      <div class="controls">
        <button type="button" class="previous" ?disabled=${index === 0} @click=${() => slides.go(index - 1)}>‹ ${t.present.previous}</button>
        <span class="counter">${count ? t.present.counter(index + 1, count) : ''}</span>
        <button type="button" class="next" ?disabled=${index >= count - 1} @click=${() => slides.go(index + 1)}>${t.present.next} ›</button>
        ${
          model.status === 'shown'
            ? html`<div class="year-choices">
                ${yearChoices(
                  {
                    years: model.years,
                    selected: model.year,
                    comparing: context.comparing,
                    onYear: context.chooseYear,
                    onCompare: context.chooseCompare,
                  },
                  t,
                )}
              </div>
              ${context.badge(model.sample)}`
            : nothing
        }
        <span class="keys">${t.present.keys}</span>
        <button type="button" class="leave" @click=${context.leave}>${t.present.leave}</button>
      </div>
      ${context.readableSlot}
    </section>`;
  }
}
