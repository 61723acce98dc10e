import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { frameSlides } from '../../export/deck-of.js';
import type { Messages } from '../../i18n/messages.js';
import { type SlideHost, SlidesController } from '../../internal/slides-controller.js';
import { failureAlert, loadingStatus, markBadge, readableSlot } from '../../internal/templates.js';
import { yearChoices, yearChoicesStyles } from '../fz-year-toggle/year-choices.js';
import type { DashboardModel } from './fz-dashboard.js';
import { renderSlide, type Slide, slidesOf, slidesStyles } from './slides.js';

/** What the slides take from their dashboard to show and to change. */
export interface PresentationContext {
  model: DashboardModel;
  t: Messages;
  lang: string;
  theme?: string;
  largeText: boolean;
  comparing: boolean;
  chooseYear: (year: number) => void;
  chooseCompare: (comparing: boolean) => void;
  leave: () => void;
  /** Loads the dataset again, after a failure that may pass. */
  retry: () => void;
}

/** The slides of a shown model: the frame's (as the deck writes them) around a chart per section. */
function slidesOfModel(model: DashboardModel, t: Messages): Slide[] {
  if (model.status !== 'shown') return [];
  return slidesOf(frameSlides({ t, ...model }), model.sections, model);
}

/**
 * The dashboard as slides: their layout and styles, the slide shown and how a clicker moves it.
 * The slides are a modal `<dialog>`: in the top layer over the page (no z-index to win), the page
 * behind them inert to keys and screen readers. Its own file, loaded the first time a dashboard
 * presents, so that no visitor who never does downloads it.
 */
export class Presentation implements ReactiveController {
  private readonly slides: SlidesController;
  private slideCount = 0;
  /** Whether focus was on the slides before an update, to keep it there when what held it goes. */
  private focusedInside = false;

  constructor(
    private readonly host: SlideHost,
    leave: () => void,
  ) {
    // Going fullscreen puts the host in the top layer above the slides: they come back on top.
    this.slides = new SlidesController(host, leave, () => this.open(true));
    host.addController(this);
    const root = host.shadowRoot;
    if (root)
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, ...[yearChoicesStyles, slidesStyles].flatMap((css) => css.styleSheet ?? [])];
  }

  /** Call from the host's `willUpdate`: starts or ends the presentation, and counts its slides. */
  sync(presenting: boolean, model: DashboardModel, t: Messages): void {
    if (!presenting) {
      this.slides.stop();
      return;
    }
    this.slides.start();
    this.slideCount = slidesOfModel(model, t).length;
    this.slides.setCount(this.slideCount);
  }

  hostUpdate(): void {
    this.focusedInside = this.host.shadowRoot?.activeElement != null;
  }

  hostConnected(): void {
    // Taken off the page, a modal dialog leaves the top layer while it stays open: moved, it opens again.
    this.open(true);
    addEventListener('beforeprint', this.onBeforePrint);
    addEventListener('afterprint', this.onAfterPrint);
  }

  hostDisconnected(): void {
    removeEventListener('beforeprint', this.onBeforePrint);
    removeEventListener('afterprint', this.onAfterPrint);
  }

  hostUpdated(): void {
    if (!this.open(false) && this.focusedInside && this.host.shadowRoot?.activeElement == null) {
      // What held focus went (a slide's chart): the slide takes it.
      this.dialog()?.querySelector<HTMLElement>('.slide')?.focus();
    }
  }

  private dialog(): HTMLDialogElement | null | undefined {
    return this.host.shadowRoot?.querySelector<HTMLDialogElement>('dialog.slides');
  }

  /**
   * Opens the slides as a modal dialog when they are not one (or, `again`, on top of the top layer
   * as it is now), on the page only; focus follows them in. Whether it opened them.
   */
  private open(again: boolean): boolean {
    const dialog = this.dialog();
    if (!dialog || !this.host.isConnected || (dialog.matches(':modal') && !again)) return false;
    if (dialog.open) dialog.close();
    dialog.showModal();
    dialog.querySelector<HTMLElement>('.slide')?.focus();
    return true;
  }

  // Printing while presenting prints the slide shown: the dialog leaves the top layer for paper.
  private readonly onBeforePrint = (): void => {
    const dialog = this.dialog();
    if (!dialog?.matches(':modal')) return;
    dialog.close();
    dialog.show();
  };

  private readonly onAfterPrint = (): void => {
    if (this.dialog()?.open) this.open(true);
  };

  /** The host went fullscreen for the slides: leaving fullscreen leaves them. */
  followFullscreen(): void {
    this.slides.followFullscreen();
  }

  render(context: PresentationContext): TemplateResult {
    const { model, t } = context;
    const { slides } = this;
    const shown = slidesOfModel(model, t);
    const count = shown.length;
    const index = slides.index;
    const label = count ? t.present.slideLabel(index + 1, count) : t.dashboard.title;
    const look = { lang: context.lang, theme: context.theme, largeText: context.largeText };
    const slide =
      model.status === 'shown'
        ? keyed(index, renderSlide(shown[index] ?? shown[0], look))
        : model.status === 'failed'
          ? failureAlert(model.failure, context.t, context.retry)
          : loadingStatus(context.t);
    // Esc closes a modal dialog by itself: the presentation leaves with it.
    const onCancel = (event: Event) => {
      event.preventDefault();
      context.leave();
    };
    return html`<dialog class="root slides" part="slides" lang=${t.locale} aria-label=${t.dashboard.title} @cancel=${onCancel}>
      <div class="slide" tabindex="-1" role="group" aria-roledescription=${t.present.slide} aria-label=${label}>${slide}</div>
      <p class="visually-hidden" aria-live="polite">${label}</p>
      <div class="controls">
        <button type="button" class="previous" aria-disabled=${index === 0} @click=${() => slides.go(index - 1)}>‹ ${t.present.previous}</button>
        <span class="counter">${count ? t.present.counter(index + 1, count) : ''}</span>
        <button type="button" class="next" aria-disabled=${index >= count - 1} @click=${() => slides.go(index + 1)}>${t.present.next} ›</button>
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
              ${markBadge(model.mark, context.t)}`
            : nothing
        }
        <span class="keys">${t.present.keys}</span>
        <button type="button" class="leave" @click=${context.leave}>${t.present.leave}</button>
      </div>
      ${readableSlot()}
    </dialog>`;
  }
}
