/**
 * What keeps a presentation and its presenter's view in step, in two windows of one site: the
 * slide, the year and comparison, and a blanked screen, told over a `BroadcastChannel` named for
 * the two. Each side tells its own changes and takes the other's, so either window drives both.
 */

/** The state both windows share. */
export interface SharedState {
  slide: number;
  year?: number;
  compare?: string;
  blank?: 'black' | 'white';
  /** The audience's screen, width over height, for the presenter's view to draw the slide in its shape. */
  aspect?: number;
  /** The audience's window left its presentation (Esc): the presenter's view says so and can bring it back. */
  away?: boolean;
}

type Message = { type: 'hello' } | { type: 'state'; state: SharedState } | { type: 'shape'; aspect: number } | { type: 'resume' };

/** What both windows set, to tell whether a state is new (the audience's shape is only told along). */
const keyOf = ({ slide, year, compare, blank, away }: SharedState) => JSON.stringify([slide, year, compare, blank, away]);

export class PresenterChannel {
  private readonly channel: BroadcastChannel;
  /** The state last told or taken: a change is told only when it differs (no echo). */
  private last = '';

  constructor(
    readonly id: string,
    /** Takes the other window's state. */
    private readonly take: (state: SharedState) => void,
    /** The state now, for a window that says hello. */
    private readonly now: () => SharedState | undefined,
    /** The presenter's view asks the audience's window to present again. */
    private readonly onResume: () => void = () => {},
    /** Takes the audience's screen's new shape (width over height). */
    private readonly onShape: (aspect: number) => void = () => {},
  ) {
    this.channel = new BroadcastChannel(`fazhi-dashboard:${id}`);
    this.channel.onmessage = ({ data }: MessageEvent<Message>) => {
      if (data?.type === 'hello') {
        const state = this.now();
        if (state) this.post({ type: 'state', state });
      } else if (data?.type === 'state') {
        this.last = keyOf(data.state);
        this.take(data.state);
      } else if (data?.type === 'shape') {
        this.onShape(data.aspect);
      } else if (data?.type === 'resume') {
        this.onResume();
      }
    };
  }

  /** Asks the other window for its state (the presenter's view, as it opens). */
  hello(): void {
    this.post({ type: 'hello' });
  }

  /** Tells the other window this state, when it is new. */
  tell(state: SharedState): void {
    const key = keyOf(state);
    if (key === this.last) return;
    this.last = key;
    this.post({ type: 'state', state });
  }

  /** Tells the presenter's view the audience's screen's new shape, and only that (never a slide that may be old by then). */
  tellShape(aspect: number): void {
    this.post({ type: 'shape', aspect });
  }

  /** Asks the audience's window, which left its presentation, to present again (from the presenter's view). */
  resume(): void {
    this.post({ type: 'resume' });
  }

  close(): void {
    this.channel.close();
  }

  private post(message: Message): void {
    this.channel.postMessage(message);
  }
}
