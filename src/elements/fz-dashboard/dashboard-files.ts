/**
 * The dashboard's files, each made (its code loaded) only when asked for: every chart's data table
 * as CSV, the deck (with the slides over the years and of the district's ranking), the offline
 * presentation, and the picture of its key figures and charts. Made of what the dashboard showed
 * when the file was asked for, read at once by the element (`FileInputs`).
 */
import { collectionFile } from '../../data/collection.js';
import { datasetUrl, loadFile } from '../../data/load.js';
import type { Dataset } from '../../data/schema.js';
import type { DeckSlide } from '../../export/deck-types.js';
import { type DashboardFormat, ExportError, type ExportOptions, loaded } from '../../export/formats.js';
import { toLang } from '../../i18n/format.js';
import type { Messages } from '../../i18n/messages.js';
import { headlineLines, type PictureLine } from '../../runtime/around-chart.js';
import type { ChartModel } from '../../runtime/chart-model.js';
import type { FzChartElement } from '../../runtime/fz-chart-element.js';
import type { AnySection, SectionView } from '../../sections/section.js';
import type { DashboardModel } from './fz-dashboard.js';

type Shown = Extract<DashboardModel, { status: 'shown' }>;

/** What the dashboard's picture shows, read at once: its title and key figures, and each chart as shown then. */
export interface PictureNow {
  above: PictureLine[];
  charts: [FzChartElement<AnySection>, ReturnType<FzChartElement<AnySection>['shownNow']>][];
}

/** What a file is made of: the dashboard as shown when it was asked for, and the element it is made for. */
export interface FileInputs {
  model: Shown;
  t: Messages;
  charts: ChartModel<SectionView>[];
  /** For a picture: read with the rest. */
  picture?: PictureNow;
  /** The element: its page, and its frame for the picture. */
  host: HTMLElement;
  theme?: string;
  /** The dataset, for the offline presentation and the comparing slides. */
  dataset?: Dataset;
  /** The element's attributes the offline presentation's element takes, but its emblem (put inside the file). */
  attributes: Record<string, string | undefined>;
  timeoutMs: number;
}

/** The title, its mark, the unit and year and the key figures above the picture; each chart with what it shows now. */
export function pictureNow(model: Shown, t: Messages, charts: FzChartElement<AnySection>[]): PictureNow {
  const above: PictureLine[] = [
    { text: t.dashboard.title, tone: 'title' },
    ...(model.mark ? [{ text: t[model.mark], tone: 'alert' as const }] : []),
    { text: model.subtitle, tone: 'muted' },
    ...model.keyFigures.flatMap(({ label, value, change }) => headlineLines({ label, valueText: value, change, details: [] })),
  ];
  return { above, charts: charts.map((chart) => [chart, chart.shownNow()]) };
}

/** The file of `format` (checked by the element), made of `inputs`; an `ExportError` when it cannot be made. */
export async function dashboardFile(
  format: DashboardFormat,
  { scale = 2, shape, aspect }: ExportOptions,
  inputs: FileInputs,
): Promise<Blob> {
  const { model, t, charts, host } = inputs;
  if (format === 'csv') {
    const { csvBlob } = await loaded(import('../../export/files.js'));
    return csvBlob(
      charts.flatMap((chart) => (chart.status === 'shown' ? [chart.table] : [])),
      t,
    );
  }
  if (format === 'pptx') {
    const { deckOf, writeDeck } = await loaded(import('../../export/pptx.js'));
    const emblem = await emblemOf(model, host);
    const extra = await comparingSlides(inputs);
    return writeDeck(deckOf({ t, lang: t.locale, ...model, emblem, charts, extra, theme: inputs.theme, aspect }));
  }
  if (format === 'html') {
    const { offlineBlob, offlineCollection } = await loaded(import('../../export/offline.js'));
    // The file opens where no site is: the emblem and the district's collection go inside it.
    const emblem = await emblemOf(model, host);
    if (!inputs.dataset) throw new ExportError('notShown');
    const collection = model.collection ? await offlineCollection(model.collection, inputs.timeoutMs) : undefined;
    return offlineBlob(
      { dataset: inputs.dataset, title: model.source.title, lang: t.locale, attributes: { ...inputs.attributes, emblem, collection } },
      host.ownerDocument,
    );
  }
  const { picture } = inputs;
  const root = host.shadowRoot?.querySelector('.root');
  if (!picture || !root) throw new ExportError('notShown');
  // A chart whose year lacks its section has no picture.
  const drawn = await Promise.all(
    picture.charts.map(async ([chart, held]) => (held || (await chart.drawn()) ? chart.picture(held) : undefined)),
  );
  const { pictureBlob, stackPictures } = await loaded(import('../../export/files.js'));
  const svg = stackPictures(
    host,
    root,
    picture.above,
    drawn.filter((each) => each !== undefined),
    shape,
  );
  return pictureBlob(svg, format, scale);
}

/** The emblem as a PNG for a file; an emblem that will not load leaves the file without it. */
async function emblemOf(model: Shown, host: HTMLElement): Promise<string | undefined> {
  if (!model.emblem) return undefined;
  const { emblemPng } = await loaded(import('../../export/files.js'));
  return emblemPng(model.emblem, host.ownerDocument).catch(() => undefined);
}

/**
 * The deck's slides of the dataset over its years (when it has more than one) and of the ranking of
 * the collection's units (when one is given), made by their code, loaded now.
 */
async function comparingSlides({ model, t, dataset, timeoutMs }: FileInputs): Promise<DeckSlide[]> {
  if (!dataset || (model.years.length < 2 && !model.collection)) return [];
  const [{ comparingSlides }, collection] = await Promise.all([
    loaded(import('../comparing-views.js')),
    model.collection ? loadFile(model.collection, collectionFile, { timeoutMs }) : undefined,
  ]);
  return comparingSlides({
    dataset,
    lang: toLang(t.locale),
    t,
    year: model.year,
    collection: collection && model.collection ? { collection, base: datasetUrl(model.collection) } : undefined,
    timeoutMs,
  });
}
