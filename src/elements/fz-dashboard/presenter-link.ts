import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { frameSlides, slideNotes } from '../../export/deck-of.js';
import type { Messages } from '../../i18n/messages.js';
import type { ChartModel } from '../../runtime/chart-model.js';
import type { SlidesController } from '../../runtime/slides-controller.js';
import type { SectionView } from '../../sections/section.js';
import type { DashboardModel } from './fz-dashboard.js';
import { PresenterChannel, type SharedState } from './presenter-channel.js';
import type { Slide } from './slides.js';

/**
 * The titles and the report's words of every slide shown, in its order: the deck's (the frame's and
 * the charts') with the trend's and the ranking's slides in their places, which have no words of
 * their own beside what they show.
 */
function notesOfSlides(
  shown: Slide[],
  deck: { titles: string[]; notes: string[][] },
  t: Messages,
): { titles: string[]; notes: string[][] } {
  const titles: string[] = [];
  const notes: string[][] = [];
  let next = 0;
  for (const slide of shown) {
    if (slide.kind === 'trend' || slide.kind === 'ranking') {
      titles.push(slide.kind === 'trend' ? t.present.trendTitle : t.present.rankingTitle);
      notes.push([]);
    } else {
      titles.push(deck.titles[next] ?? '');
      notes.push(deck.notes[next] ?? []);
      next++;
    }
  }
  return { titles, notes };
}

/** What the host does when the other window asks. */
export interface LinkHooks {
  /** Applies the year and comparison the other window chose (they are the host's). */
  applyYear: (year: number | undefined, compare: string | undefined) => void;
  /** Presents again, asked by the presenter's view after this window left its presentation. */
  resume: () => void;
}

/**
 * A presentation and its presenter's view, two windows kept in step: each tells the other its
 * slide, year, comparison and blank screen, and takes the other's (`PresenterChannel`). In the
 * presenter's view, also what only it shows: the report's words for each slide, the slides' titles,
 * the audience's screen shape and a clock, ticking once a second while the view shows.
 */
export class PresenterLink implements ReactiveController {
  /** Whether this window is the presenter's view. */
  presenter = false;
  /** The audience's screen, width over height, as the presentation tells the presenter's view. */
  audienceAspect = 16 / 9;
  /** The report's words for each slide, and each slide's title: for the presenter's view. */
  notes: string[][] = [];
  titles: string[] = [];
  private channel?: PresenterChannel;
  /** The state last shown, to tell the other window of a change made here. */
  private shared?: SharedState;
  /** Whether the presenter's view has taken the presentation's state yet: until then it tells nothing (it would move the audience's slide). */
  private inStep = false;
  /** When the presenter's view opened (or its clock was set back), for its clock. */
  private startedAt = Date.now();
  private clock = 0;
  /** The audience's shape last told the presenter's view by itself, and the frame that will tell a new one. */
  private toldAspect = 0;
  private shapeFrame = 0;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement & { compare?: string },
    private readonly slides: SlidesController,
    private readonly hooks: LinkHooks,
  ) {
    host.addController(this);
  }

  /** The audience's window left its presentation: the presenter's view is told, so that it says so and can bring it back. */
  left(): void {
    if (this.presenter || !this.shared) return;
    this.shared = { ...this.shared, away: true };
    this.tell();
  }

  /**
   * A presentation (or presenter's view) shown, from the host's `willUpdate`: the clock starts with it,
   * the view takes the slides' words, and the other window is told what changed here.
   */
  sync(
    presenter: boolean,
    starting: boolean,
    model: DashboardModel,
    t: Messages,
    shown: Slide[],
    charts: () => ChartModel<SectionView>[],
  ): void {
    this.presenter = presenter;
    if (starting) this.startedAt = Date.now();
    if (model.status !== 'shown') {
      this.tell();
      return;
    }
    if (presenter)
      ({ notes: this.notes, titles: this.titles } = notesOfSlides(shown, slideNotes(frameSlides({ t, ...model }), charts(), t), t));
    this.shared = { ...this.stateNow(model.year), slide: this.slides.index };
    this.tell();
  }

  /**
   * Joins the channel named `id`: the presentation does when it opens a presenter's view, the view
   * (`asPresenter`) as it starts, asking for the presentation's state at once.
   */
  join(id: string, asPresenter = false): void {
    if (this.channel?.id === id) return;
    this.channel?.close();
    this.channel = new PresenterChannel(
      id,
      (state) => this.take(state),
      () => this.shared && { ...this.shared, aspect: this.aspect() },
      () => {
        if (!this.presenter && !this.slides.presenting) this.hooks.resume();
      },
      (aspect) => {
        this.audienceAspect = aspect;
        this.host.requestUpdate();
      },
    );
    if (asPresenter) this.channel.hello();
  }

  /** Tells the other window of a change made here. */
  tell(): void {
    if (!this.channel || !this.shared || (this.presenter && !this.inStep)) return;
    this.shared = { ...this.shared, slide: this.slides.index, blank: this.slides.blank };
    this.channel.tell({ ...this.shared, aspect: this.presenter ? undefined : this.aspect() });
  }

  /** The presenter's view asks the audience's window to present again. */
  askToResume(): void {
    this.channel?.resume();
  }

  /** Whether the presenter's view was told that the audience's window left its presentation. */
  get away(): boolean {
    return this.shared?.away === true;
  }

  /** Milliseconds on the presenter's clock. */
  get elapsed(): number {
    return Date.now() - this.startedAt;
  }

  resetClock(): void {
    this.startedAt = Date.now();
    this.host.requestUpdate();
  }

  hostUpdated(): void {
    const ticking = this.presenter && this.slides.presenting;
    if (ticking && !this.clock) this.clock = window.setInterval(() => this.host.requestUpdate(), 1000);
    if (!ticking && this.clock) this.stopClock();
  }

  hostConnected(): void {
    this.host.ownerDocument.defaultView?.addEventListener('resize', this.onResize);
  }

  hostDisconnected(): void {
    this.stopClock();
    this.host.ownerDocument.defaultView?.removeEventListener('resize', this.onResize);
    cancelAnimationFrame(this.shapeFrame);
    this.shapeFrame = 0;
  }

  /**
   * The audience's screen changed shape (a projector plugged in or out, a window dragged): the
   * presenter's view is told its new shape, once a frame at most and only when it changed, and
   * draws its slide in it.
   */
  private readonly onResize = (): void => {
    if (this.presenter || !this.channel || this.shapeFrame) return;
    this.shapeFrame = requestAnimationFrame(() => {
      this.shapeFrame = 0;
      const aspect = this.aspect();
      if (Math.abs(aspect - this.toldAspect) < 0.01) return;
      this.toldAspect = aspect;
      this.channel?.tellShape(aspect);
    });
  };

  private stopClock(): void {
    clearInterval(this.clock);
    this.clock = 0;
  }

  /** The state of this window as the other is told it. */
  private stateNow(year: number): SharedState {
    return {
      slide: this.slides.index,
      year,
      compare: this.host.compare,
      blank: this.slides.blank,
      // Whether the audience's window presents is its own to say; the presenter's view passes on what it was told.
      away: this.presenter ? this.shared?.away : !this.slides.presenting,
    };
  }

  /** Takes the other window's change: its slide, year, comparison and blank screen. */
  private take(state: SharedState): void {
    this.inStep = true;
    if (state.aspect) this.audienceAspect = state.aspect;
    // The audience's window keeps its own word on whether it presents.
    this.shared = { ...state, aspect: undefined, ...(this.presenter ? {} : { away: !this.slides.presenting }) };
    // The slide first: turning one brings a blanked screen back.
    this.slides.go(state.slide);
    this.slides.setBlank(state.blank);
    this.hooks.applyYear(state.year, state.compare);
    this.host.requestUpdate();
  }

  private aspect(): number {
    const view = this.host.ownerDocument.defaultView;
    return view && view.innerHeight > 0 ? view.innerWidth / view.innerHeight : 16 / 9;
  }
}
