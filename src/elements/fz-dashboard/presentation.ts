import { css, html, nothing, type ReactiveController, type TemplateResult, unsafeCSS } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { keyed } from 'lit/directives/keyed.js';
import { frameSlides } from '../../export/deck-of.js';
import type { Messages } from '../../i18n/messages.js';
import type { ChartModel } from '../../runtime/chart-model.js';
import { type SlideHost, SlidesController } from '../../runtime/slides-controller.js';
import { failureAlert, loadingStatus, markBadge, readableSlot } from '../../runtime/templates.js';
import type { SectionView } from '../../sections/section.js';
import { yearChoices, yearChoicesStyles } from '../fz-year-toggle/year-choices.js';
import { ControlsRoom } from './controls-room.js';
import type { DashboardModel } from './fz-dashboard.js';
import { PointerRest } from './pointer-rest.js';
import { type LinkHooks, PresenterLink } from './presenter-link.js';
import { presenterStyles, renderPresenter } from './presenter-view.js';
import { renderSlide, SLIDE_BOTTOM, SLIDE_TOP, type Slide, slideSmall, slidesOf, slidesStyles } from './slides.js';

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
  /** Opens the presenter's view in a window of its own. */
  openPresenterView: () => void;
}

/** The slides of a shown model: the frame's (as the deck writes them) around a chart per section. */
function slidesOfModel(model: DashboardModel, t: Messages): Slide[] {
  if (model.status !== 'shown') return [];
  return slidesOf(frameSlides({ t, ...model }), model.sections, model);
}

/** What the host does when the slides leave, and when the other window asks (`LinkHooks`). */
export interface PresentationHooks extends LinkHooks {
  leave: () => void;
}

/**
 * The dashboard as slides: their layout and styles, the slide shown and how a clicker moves it;
 * or, in the window a presentation opens for its presenter (`mode="presenter"`), the presenter's
 * view of it: the slide and the next, the report's words for them, the slides, a clock and the
 * years, kept in step with the presentation. The slides are a modal `<dialog>`: in the top layer
 * over the page (no z-index to win), the page behind them inert to keys and screen readers. Its
 * own file, loaded the first time a dashboard presents, so that no visitor who never does
 * downloads it.
 */
export class Presentation implements ReactiveController {
  private readonly slides: SlidesController;
  private slideCount = 0;
  /** Whether focus was on the slides before an update, to keep it there when what held it goes. */
  private focusedInside = false;
  /** Whether the mouse has rested long enough for the controls to go: the audience sees only the slide. */
  private readonly rest: PointerRest;
  /** The presenter's view and the presentation, kept in step; the view's clock and words. */
  private readonly link: PresenterLink;
  constructor(
    private readonly host: SlideHost,
    { leave, ...fromOtherWindow }: PresentationHooks,
  ) {
    this.rest = new PointerRest(host);
    // Measures the controls for the room the slide leaves them (a controller of the host: nothing to call).
    new ControlsRoom(host);
    // Going fullscreen puts the host in the top layer above the slides: they come back on top.
    // Esc in the presenter's view leaves nothing: the view is a window of its own, closed as one.
    this.slides = new SlidesController(
      host,
      () => {
        if (!this.link.presenter) leave();
      },
      () => this.open(true),
      () => this.slideBox(),
      () => this.link.tell(),
    );
    this.link = new PresenterLink(host, this.slides, fromOtherWindow);
    host.addController(this);
    const root = host.shadowRoot;
    if (root)
      root.adoptedStyleSheets = [
        ...root.adoptedStyleSheets,
        ...[yearChoicesStyles, slidesStyles, presentationStyles, presenterStyles].flatMap((css) => css.styleSheet ?? []),
      ];
  }

  /**
   * Call from the host's `willUpdate`: starts or ends the presentation (or the presenter's view),
   * counts its slides, and tells the other window what changed here.
   */
  sync(mode: 'present' | 'presenter' | undefined, model: DashboardModel, t: Messages, charts: () => ChartModel<SectionView>[]): void {
    if (!mode) {
      const leaving = this.slides.presenting;
      this.slides.stop();
      this.rest.stop();
      if (leaving) this.link.left();
      return;
    }
    const starting = !this.slides.presenting;
    this.slides.start();
    if (starting) this.rest.wake();
    const shown = slidesOfModel(model, t);
    this.slideCount = shown.length;
    this.slides.setCount(this.slideCount);
    this.link.sync(mode === 'presenter', starting, model, t, shown, charts);
  }

  /**
   * Joins the channel named `id`: the presentation does when it opens a presenter's view, the view
   * (`asPresenter`) as it starts, asking for the presentation's state at once.
   */
  join(id: string, asPresenter = false): void {
    this.link.join(id, asPresenter);
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
      this.slideBox()?.focus();
    }
  }

  private dialog(): HTMLDialogElement | null | undefined {
    return this.host.shadowRoot?.querySelector<HTMLDialogElement>('dialog.slides');
  }

  private slideBox(): HTMLElement | null | undefined {
    return this.dialog()?.querySelector<HTMLElement>('.slide');
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
    this.slideBox()?.focus();
    return true;
  }

  // Printing while presenting prints the slide shown, as the screen shows it scaled to the paper's
  // width: the dialog leaves the top layer for paper, its slide keeps the screen's shape.
  private readonly onBeforePrint = (): void => {
    const dialog = this.dialog();
    if (!dialog?.matches(':modal')) return;
    const frame = dialog.querySelector<HTMLElement>(':scope > .frame');
    const view = this.host.ownerDocument.defaultView;
    if (frame && view) frame.style.aspectRatio = `${view.innerWidth} / ${view.innerHeight}`;
    dialog.close();
    dialog.show();
  };

  private readonly onAfterPrint = (): void => {
    this.dialog()?.querySelector<HTMLElement>(':scope > .frame')?.style.removeProperty('aspect-ratio');
    if (this.dialog()?.open) this.open(true);
  };

  /** The host went fullscreen for the slides: they are brought back on top of it. */
  followFullscreen(): void {
    this.slides.followFullscreen();
  }

  /** The next presentation starts at the first slide (F5), not where the last one stopped; one under way goes there now. */
  fromStart(): void {
    this.slides.fromStart();
  }

  /** Fullscreen on, or off (the slides stay, in the window). */
  private toggleFullscreen(): void {
    const document = this.host.ownerDocument;
    if (document.fullscreenElement === this.host) {
      void document.exitFullscreen().catch(() => {});
      return;
    }
    if (typeof this.host.requestFullscreen !== 'function') return;
    this.host.requestFullscreen().then(
      () => this.slides.followFullscreen(),
      () => {},
    );
  }

  /**
   * A click anywhere on the slides: a blank screen comes back (on the audience's screen; the
   * presenter's view blanks it with a click); and after a control acts, the slide keys are the
   * clicker's again.
   */
  private readonly onClick = (event: MouseEvent): void => {
    if (this.slides.blank && !this.link.presenter) {
      event.preventDefault();
      this.slides.setBlank(undefined);
      return;
    }
    // A click elsewhere hides the list of keys; its own buttons (按键说明, 关闭) do their own work.
    if (this.slides.help && !(event.composedPath()[0] as Element).closest?.('.help button, button.keys')) this.slides.setHelp(false);
    // A key that clicked (Enter on a button the presenter tabbed to) keeps its place; a pointer's click gives the keys back to the slides,
    // after the control's own work (a label's radio is checked after its click): a task later.
    if (event.detail === 0) return;
    this.keysBack();
  };

  /**
   * A right click (a menu opened over a bar, a control) gives the keys back to the slides too: its
   * press focused what it pressed. A menu the keyboard opened (Shift+F10) leaves focus where it is.
   */
  private readonly onContextMenu = (event: MouseEvent): void => {
    if (event.button === 2) this.keysBack();
  };

  /** The slide keys the clicker's again, a task after what the pointer did. */
  private keysBack(): void {
    setTimeout(() => {
      if (this.slides.presenting && this.dialog()?.open) this.slideBox()?.focus({ preventScroll: true });
    });
  }

  render(context: PresentationContext): TemplateResult {
    return this.link.presenter ? this.renderPresenterView(context) : this.renderSlides(context);
  }

  /** The controls under a slide: moving, the years, fullscreen, the presenter's view, the keys, leaving. */
  private renderControls(context: PresentationContext, count: number): TemplateResult {
    const { model, t } = context;
    const { slides } = this;
    const index = slides.index;
    const fullscreen = this.host.ownerDocument.fullscreenElement === this.host;
    return html`<div class="controls ${this.rest.resting ? 'resting' : ''}">
      <button type="button" class="previous" aria-disabled=${index === 0} @click=${() => slides.go(index - 1)}>‹ ${t.present.previous}</button>
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
            </div>`
          : nothing
      }
      <span class="window-tools">
        <button type="button" class="fullscreen" aria-pressed=${fullscreen} @click=${() => this.toggleFullscreen()}>${t.present.fullscreen}</button>
        <button type="button" class="open-presenter" @click=${context.openPresenterView}>${t.present.presenterView}</button>
        <button type="button" class="keys" aria-expanded=${slides.help} @click=${() => slides.setHelp(!slides.help)}>${t.present.keys}</button>
        <button type="button" class="leave" @click=${context.leave}>${t.present.leave}</button>
      </span>
    </div>`;
  }

  /** The keys, listed over the slide (`?`). */
  private renderHelp(t: Messages): TemplateResult | typeof nothing {
    if (!this.slides.help) return nothing;
    return html`<div class="help" role="region" aria-label=${t.present.help.title}>
      <h2>${t.present.help.title}</h2>
      <dl>
        ${t.present.help.keys.map(([keys, what]) => html`<div><dt>${keys}</dt><dd>${what}</dd></div>`)}
      </dl>
      <button type="button" @click=${() => this.slides.setHelp(false)}>${t.present.help.close}</button>
    </div>`;
  }

  /** The slide's box: the band naming the unit, the slide, its number. */
  private renderFrame(context: PresentationContext, shown: Slide[], index: number, which: 'current' | 'next' = 'current'): TemplateResult {
    const { model, t } = context;
    const count = shown.length;
    const label = count ? t.present.slideLabel(index + 1, count) : t.dashboard.title;
    const emblem = model.status === 'shown' ? model.emblem : undefined;
    const look = { lang: context.lang, theme: context.theme, largeText: context.largeText, emblem };
    const slide =
      model.status === 'shown'
        ? keyed(index, renderSlide(shown[index] ?? shown[0], look))
        : model.status === 'failed'
          ? failureAlert(model.failure, t, context.retry)
          : loadingStatus(t);
    const band =
      model.status === 'shown'
        ? html`<div class="band">${emblem ? html`<img src=${emblem} alt="" />` : nothing}<span>${model.band}</span>${markBadge(model.mark, t)}</div>`
        : nothing;
    return html`<div class="frame frame-${which}">
      ${band}
      <div class="slide" tabindex=${ifDefined(which === 'current' ? -1 : undefined)} role="group" aria-roledescription=${t.present.slide} aria-label=${label}>
        ${slide}
      </div>
      <p class="counter" aria-hidden="true">${count ? t.present.counter(index + 1, count) : ''}</p>
    </div>`;
  }

  private renderSlides(context: PresentationContext): TemplateResult {
    const { t } = context;
    const { slides } = this;
    const shown = slidesOfModel(context.model, t);
    const count = shown.length;
    const index = slides.index;
    const label = count ? t.present.slideLabel(index + 1, count) : t.dashboard.title;
    // Esc closes a modal dialog by itself: the presentation leaves with it (the keys handle Esc first).
    const onCancel = (event: Event) => {
      event.preventDefault();
    };
    return html`<dialog
      class="root slides ${this.rest.resting ? 'resting' : ''}"
      part="slides"
      lang=${t.locale}
      aria-label=${t.dashboard.title}
      @cancel=${onCancel}
      @click=${this.onClick}
      @contextmenu=${this.onContextMenu}
      @pointermove=${() => this.rest.wake()}
      @pointerdown=${() => this.rest.wake()}
    >
      ${this.renderFrame(context, shown, index)}
      <p class="visually-hidden" aria-live="polite">${slides.blank ? t.present.blanked : label}</p>
      ${this.renderControls(context, count)}
      ${this.renderHelp(t)}
      ${slides.blank ? html`<div class="blank blank-${slides.blank}"></div>` : nothing}
      ${readableSlot()}
    </dialog>`;
  }

  private renderPresenterView(context: PresentationContext): TemplateResult {
    const { t } = context;
    const { slides } = this;
    const shown = slidesOfModel(context.model, t);
    const index = slides.index;
    const onCancel = (event: Event) => event.preventDefault();
    // A click on a control gives the keys back to the slides, as in the audience's window.
    return html`<dialog
      class="root slides presenter-view"
      part="slides"
      lang=${t.locale}
      aria-label=${t.present.presenterView}
      @cancel=${onCancel}
      @click=${this.onClick}
      @contextmenu=${this.onContextMenu}
    >
      ${renderPresenter({
        t,
        index,
        count: shown.length,
        current: this.renderFrame(context, shown, index),
        next: index + 1 < shown.length ? this.renderFrame(context, shown, index + 1, 'next') : undefined,
        notes: this.link.notes[index] ?? [],
        titles: this.link.titles,
        elapsed: this.link.elapsed,
        aspect: this.link.audienceAspect,
        blank: slides.blank,
        years: context.model.status === 'shown' ? { model: context.model, comparing: context.comparing, context } : undefined,
        away: this.link.away,
        resume: () => this.link.askToResume(),
        go: (slide) => slides.go(slide),
        setBlank: (blank) => slides.setBlank(blank),
        resetClock: () => this.link.resetClock(),
      })}
      <p class="visually-hidden" aria-live="polite">${shown.length ? t.present.slideLabel(index + 1, shown.length) : ''}</p>
      ${readableSlot()}
    </dialog>`;
  }
}

/** The controls' text, and the keys' list: 26 px at 1080 lines, never under 14 px. */
const CONTROLS_TEXT = unsafeCSS('max(14px, min(2.4vh, 3.6vw))');
/**
 * The height of the band across the top of the screen, where the window's tools show: the band's
 * own (1.75 of its text, 0.875 of the slide's and 12 px at least), or a row of the tools (a
 * button of 1.2 lines, its padding and border) with a little room, where more.
 */
const TOP_ROOM = unsafeCSS(`max(calc(1.75 * ${slideSmall('vh', 'vw')}), calc(1.45 * ${CONTROLS_TEXT} + 8px))`);

/** The modal dialog the slides are in, its controls over the slide, the blank screen and the keys. */
const presentationStyles = css`
  /* A modal dialog, in the top layer over the page: it fills the screen, or the window. */
  .slides {
    position: fixed;
    inset: 0;
    width: 100%;
    height: 100%;
    max-width: none;
    max-height: none;
    margin: 0;
    background: var(--_bg);
    color: var(--_text);
    border: none;
    border-radius: 0;
    padding: 0;
    overflow: hidden;
  }
  .slides:not([open]) {
    display: none;
  }
  .slides > .frame {
    position: absolute;
    inset: 0;
  }
  /* A mouse at rest shows the audience nothing: no pointer, and no tooltip or outline of the bar or row it happens to be
     over (also as the clicker turns the slides under it); a bar the keyboard moved to keeps its tooltip (the presenter
     shows it). */
  .slides.resting {
    cursor: none;
  }
  .slides.resting .slide-chart:not(:focus-within)::part(tooltip) {
    display: none;
  }
  .slides.resting .slide-chart:not(:focus-within) {
    --_hover-outline: transparent;
  }
  /* The presenter's: a bar at the foot of the screen, and the window's tools at the end of the band; the slide leaves both
     their room (measured: ControlsRoom), so that shown they cover nothing of it but its number. Gone once the mouse rests
     (unless the keyboard is in them: transparent, not hidden, so that Tab still reaches them and brings them back). */
  .controls {
    position: absolute;
    /* Above a chart's own layer (z-index 1), under the keys and a blank screen. */
    z-index: 2;
    inset-inline: 0;
    bottom: 0;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.4em 1em;
    padding: 0.25em 2vw;
    font-size: ${CONTROLS_TEXT};
    line-height: 1.2;
    background: var(--_bg);
    border-top: 1px solid var(--_border);
    transition: opacity 250ms;
  }
  /* The slide's margins above and below, 7 % of its height in all, the one below at least as high as the bar. */
  .slides:not(.presenter-view) .slide {
    padding-top: max(1cqh, calc(${SLIDE_TOP} + ${SLIDE_BOTTOM} - var(--_controls-room, 0px)));
    padding-bottom: max(${SLIDE_BOTTOM}, var(--_controls-room, 0px));
  }
  /* The band as high as the tools, its end left free for them (ControlsRoom); the sample badge right after the unit's name. */
  .slides:not(.presenter-view) .band {
    min-height: ${TOP_ROOM};
    padding-inline-end: max(3cqw, calc(var(--_tools-room, 0px) + 0.5em));
  }
  .slides:not(.presenter-view) .band .badge {
    margin-inline-start: 0.5em;
  }
  .controls.resting:not(:focus-within) {
    opacity: 0;
  }
  .controls button {
    font: inherit;
    color: var(--_accent);
    background: var(--_bg);
    border: 1px solid var(--_accent);
    border-radius: 0.375em;
    padding: 0.125em 0.6em;
    cursor: pointer;
  }
  .controls button[aria-disabled='true'] {
    color: var(--_muted);
    border-color: var(--_border);
    cursor: default;
  }
  .controls button[aria-pressed='true'],
  .controls button[aria-expanded='true'] {
    color: var(--_selected-text);
    background: var(--_selected);
  }
  /* Forced colours would draw it as any button: it says it cannot go further in the system's words. */
  @media (forced-colors: active) {
    .controls button[aria-disabled='true'] {
      color: GrayText;
      border-color: GrayText;
    }
  }
  .controls button:focus-visible,
  .help button:focus-visible {
    outline: var(--_ring) solid var(--_focus);
    outline-offset: var(--_ring-offset);
  }
  /* A row as high as a button: the room the slide leaves for the bar. */
  .controls .year span {
    padding-block: 0.125em;
  }
  .controls .year-choices {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.4em 1em;
  }
  .controls .window-tools {
    position: fixed;
    top: 0;
    inset-inline-end: 0;
    box-sizing: border-box;
    height: ${TOP_ROOM};
    display: flex;
    align-items: center;
    gap: 0.6em;
    padding-inline: 2vw;
    background: var(--_bg);
    border-bottom: 1px solid var(--_border);
    border-inline-start: 1px solid var(--_border);
    white-space: nowrap;
  }
  /* A screen too narrow for them beside the unit's name (a phone): the tools go in the bar, which the slide leaves room for. */
  @media (max-width: 640px) {
    .controls .window-tools {
      position: static;
      height: auto;
      flex-wrap: wrap;
      padding: 0;
      border: none;
      white-space: normal;
    }
  }
  /* Black or white, over everything, until a key or a click: above a chart's own layer (its box and tooltip, z-index 1). */
  .blank {
    position: absolute;
    inset: 0;
    z-index: 3;
    cursor: none;
  }
  .blank-black {
    background: #000000;
  }
  .blank-white {
    background: #ffffff;
  }
  @media (forced-colors: active) {
    .blank-black,
    .blank-white {
      background: Canvas;
    }
  }
  /* The keys, over the slide and its chart. */
  .help {
    position: absolute;
    z-index: 2;
    inset: 8vh 10vw auto;
    max-height: 84vh;
    overflow: auto;
    padding: 1em 1.5em;
    font-size: ${CONTROLS_TEXT};
    background: var(--_bg);
    color: var(--_text);
    border: 2px solid var(--_accent);
    border-radius: 0.5em;
  }
  .help h2 {
    font-size: 1.2em;
    margin-bottom: 0.5em;
  }
  .help dl {
    display: grid;
    gap: 0.3em;
    margin: 0 0 0.75em;
  }
  .help dl > div {
    display: grid;
    grid-template-columns: minmax(8em, 2fr) 3fr;
    gap: 1em;
  }
  .help dt {
    font-weight: 700;
  }
  .help dd {
    margin: 0;
  }
  .help button {
    font: inherit;
    padding: 0.125em 0.75em;
  }
  .slides::backdrop {
    background: #000000;
  }
  /* Printed while presenting: the slide shown, on the page as it flows. */
  @media print {
    .slides {
      position: static;
      height: auto;
      overflow: visible;
    }
    .slides > .frame {
      position: relative;
      width: 100%;
      height: auto;
    }
    .controls,
    .help,
    .blank,
    .slides::backdrop {
      display: none;
    }
  }
`;
