import { comparingMessages } from '../src/comparing/messages.js';
import { yearsOf } from '../src/data/derive.js';
import { parseDataset, parseDatasetText } from '../src/data/validate.js';
import { toLang } from '../src/i18n/format.js';
import { messages } from '../src/i18n/messages.js';
import type { Theme } from '../src/runtime/palette.js';
import { sections } from '../src/sections/registry.js';
import { drawInPage } from '../src/static/draw-page.js';
import { staticHtml } from '../src/static/write.js';

// The docs page live: copy buttons, each "try" applied to its section's example, the events an
// example fires, and the embed builder (a form → a preview and the lines to paste).

/** The example of the section `node` is in. */
function exampleOf(node: Element): HTMLElement {
  const example = node.closest('section')?.querySelector<HTMLElement>('.example > *');
  if (!example) throw new Error('no example in this section');
  return example;
}

/** Rules the "try" buttons of parts add, one per example and part. */
const partRules = new Map<string, HTMLStyleElement>();

function tryIt(button: HTMLButtonElement): void {
  const example = exampleOf(button);
  const { try: kind, name = '', value = '' } = button.dataset;
  const on = button.getAttribute('aria-pressed') !== 'true';
  if (kind === 'attribute') {
    if (on) example.setAttribute(name, value);
    else example.removeAttribute(name);
  } else if (kind === 'css') {
    if (on) example.style.setProperty(name, value);
    else example.style.removeProperty(name);
  } else if (kind === 'part') {
    const key = `${example.id}::${name}`;
    partRules.get(key)?.remove();
    partRules.delete(key);
    if (on) {
      const rule = document.createElement('style');
      rule.textContent = `#${example.id}::part(${name}) { ${value} }`;
      document.head.append(rule);
      partRules.set(key, rule);
    }
  }
  button.setAttribute('aria-pressed', String(on));
}

async function copy(button: HTMLButtonElement): Promise<void> {
  const label = button.textContent;
  try {
    await navigator.clipboard.writeText(button.dataset.copy ?? '');
    button.textContent = '已复制 Copied';
  } catch {
    button.textContent = '请手动选择复制 Select and copy by hand';
  }
  setTimeout(() => (button.textContent = label), 2000);
}

document.addEventListener('click', (event) => {
  const button = (event.target as Element).closest<HTMLButtonElement>('button[data-try], button[data-copy]');
  if (!button) return;
  if (button.dataset.try) tryIt(button);
  else void copy(button);
});

// Every example has an id (for the parts' rules) and says which events it fires.
document.querySelectorAll<HTMLElement>('.example > *').forEach((example, index) => {
  example.id = `example-${index + 1}`;
  const log = example.closest('section')?.querySelector('.event-log');
  for (const name of ['fz-year-change', 'fz-error'] as const)
    example.addEventListener(name, (event) => {
      if (log) log.textContent = `事件 Events: ${name} ${JSON.stringify((event as CustomEvent).detail)}`;
    });
});

// The embed builder.
const form = document.querySelector<HTMLFormElement>('#embed-form');
const preview = document.querySelector<HTMLElement>('#embed-preview');
const code = document.querySelector<HTMLElement>('#embed-code');
/** The colour fields: a colour left at its default (the field's, the theme's) is not written. */
const COLOURS = ['accent', 'text', 'background'];

/** The element's tag and attributes the form asks for; colours as its style. */
function embedOf(values: FormData): { tag: string; attributes: [string, string][]; style: string } {
  const text = (name: string) => String(values.get(name) ?? '').trim();
  const attributes: [string, string][] = [['src', text('src')]];
  if (text('year')) attributes.push(['year', text('year')]);
  if (values.get('compare')) attributes.push(['compare', 'previous']);
  if (text('lang')) attributes.push(['lang', text('lang')]);
  if (text('theme')) attributes.push(['theme', text('theme')]);
  if (values.get('large-text')) attributes.push(['large-text', '']);
  const fallback = (name: string) => form?.querySelector<HTMLInputElement>(`input[name="${name}"]`)?.defaultValue;
  const style = COLOURS.filter((name) => text(name) && text(name) !== fallback(name))
    .map((name) => `--fz-color-${name}: ${text(name)}`)
    .join('; ');
  return { tag: text('tag'), attributes, style };
}

/** An iframe's name for assistive technology: the element's title, from the catalogues. */
const TITLES: Record<string, string> = {
  'fz-dashboard': messages['zh-CN'].dashboard.title,
  'fz-year-toggle': messages['zh-CN'].yearToggle.label,
  'fz-trend': comparingMessages['zh-CN'].trend.title,
  'fz-compare': comparingMessages['zh-CN'].lens.title,
  ...Object.fromEntries(sections.map((section) => [section.tag, section.messages['zh-CN'].title])),
};

const quoted = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The two lines to paste, and the iframe for an article without scripts. */
function linesOf(script: string, { tag, attributes, style }: ReturnType<typeof embedOf>): { lines: string; iframe: string } {
  const written = [...attributes, ...(style ? [['style', style] as [string, string]] : [])]
    .map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${quoted(value)}"`))
    .join('');
  const query = new URLSearchParams({ chart: tag.replace(/^fz-/, '') });
  for (const [name, value] of attributes) query.set(name, value === '' ? '1' : value);
  const embedAddress = script.replace(/[^/]*$/, 'embed.html');
  return {
    lines: `<script type="module" src="${quoted(script)}"></script>\n<${tag}${written}></${tag}>`,
    iframe: `<iframe src="${quoted(`${embedAddress}?${query}`)}" title="${quoted(TITLES[tag] ?? tag)}" style="width: 100%; height: 640px; border: 0" allow="fullscreen"></iframe>`,
  };
}

/** A snippet with its copy button, from the page's own template of one. */
function snippetBlock(text: string, label: string): DocumentFragment {
  const template = document.querySelector<HTMLTemplateElement>('#snippet-template');
  const block = template?.content.cloneNode(true) as DocumentFragment;
  const code = block.querySelector('code');
  const button = block.querySelector<HTMLButtonElement>('button.copy');
  if (code) code.textContent = text;
  if (button) {
    button.dataset.copy = text;
    button.setAttribute('aria-label', `复制代码 Copy: ${label}`);
  }
  return block;
}

function build(): void {
  if (!form || !preview || !code) return;
  const values = new FormData(form);
  const embed = embedOf(values);
  const element = document.createElement(embed.tag);
  for (const [name, value] of embed.attributes) element.setAttribute(name, value);
  if (embed.style) element.setAttribute('style', embed.style);
  preview.replaceChildren(element);
  const { lines, iframe } = linesOf(String(values.get('script') ?? ''), embed);
  const note = document.createElement('p');
  note.textContent =
    '文章编辑器会删除脚本时，改用这一行；颜色写在 embed.html 旁的 embed.css 中。Where scripts are stripped, this line instead; its colours go in embed.css beside embed.html:';
  code.replaceChildren(snippetBlock(lines, 'embed'), note, snippetBlock(iframe, 'iframe'));
}

/** The dataset file chosen on this computer for the static HTML, when one is. */
const staticFile = document.querySelector<HTMLInputElement>('#static-file');

/**
 * The dataset the year field and the static HTML are made of: the file chosen on this computer
 * (a dataset not on the portal yet, or at an address this page cannot read), else the one at the
 * dataset URL. Rejects with `unreadable` where the address cannot be read.
 */
async function builderDataset(src: string): Promise<unknown> {
  const file = staticFile?.files?.[0];
  if (file) return parseDatasetText(await file.text());
  const response = await fetch(src).catch(() => undefined);
  if (!response?.ok) throw new Error('unreadable');
  return response.json();
}

/** The latest request for the dataset's years: an older answer arriving after it is dropped. */
let yearsAsked = 0;

/** The dataset's years, for the year field. */
async function fillYears(): Promise<void> {
  const select = form?.elements.namedItem('year');
  const src = form?.elements.namedItem('src');
  if (!(select instanceof HTMLSelectElement) || !(src instanceof HTMLInputElement)) return;
  const asked = ++yearsAsked;
  let years: number[] = [];
  try {
    const dataset = (await builderDataset(src.value)) as { years?: { year: number }[] };
    years = (dataset.years ?? []).map((entry) => entry.year);
  } catch {
    // The preview says what is wrong with the address.
  }
  if (asked !== yearsAsked) return;
  const kept = select.value;
  select.length = 1;
  for (const year of years) select.add(new Option(`${year}年`, String(year)));
  select.value = years.map(String).includes(kept) ? kept : '';
  build();
}

/** The data an element's preview starts with: the comparison reads a collection of units, every other element a dataset. */
const exampleSource = (tag: string) => (tag === 'fz-compare' ? '/demo/data/sample-district.json' : '/demo/data/sample-multi-year.json');
/**
 * The static HTML of the chart the form asks for (of every chart, for the dashboard), drawn here as
 * `npm run static` draws it: each element holding its figure, after the script line. It carries
 * what the command takes (year, comparison, language, theme, large text) and says in words what
 * it does not: the colours chosen, a theme's colours before the script runs, a dashboard. `plain`:
 * its plain form (`--plain`), figures with no element, chart or script line.
 */
async function writeStatic({ plain = false } = {}): Promise<void> {
  const out = document.querySelector<HTMLElement>('#static-code');
  if (!form || !out) return;
  const values = new FormData(form);
  const { tag, attributes, style } = embedOf(values);
  const chosen = sections.filter((section) => tag === 'fz-dashboard' || section.tag === tag);
  const line = (text: string) => {
    const paragraph = document.createElement('p');
    paragraph.textContent = text;
    return paragraph;
  };
  if (chosen.length === 0) {
    out.replaceChildren(
      line(
        '这个元素没有静态版本：请选一个报告板块的图表或总览。This element has no static version: choose a section’s chart or the dashboard.',
      ),
    );
    return;
  }
  const attribute = (name: string) => attributes.find(([each]) => each === name)?.[1];
  const src = attribute('src') ?? '';
  try {
    const dataset = parseDataset(await builderDataset(src));
    const year = attribute('year') ? Number(attribute('year')) : undefined;
    const lang = attribute('lang') ? toLang(attribute('lang') ?? '') : undefined;
    const theme = attribute('theme') as Theme | undefined;
    const options = {
      sections: chosen,
      src,
      year,
      compare: attribute('compare'),
      lang,
      theme,
      largeText: attribute('large-text') !== undefined,
      plain,
    };
    const html = staticHtml(dataset, options, drawInPage);
    if (!html.trim()) {
      const shownYear = year ?? yearsOf(dataset).at(-1);
      out.replaceChildren(
        line(
          `${shownYear}年的报告没有 <${tag}> 这个图表的数字：请选另一个年份或图表。The ${shownYear} report gives no figures for <${tag}>: choose another year or chart.`,
        ),
      );
      return;
    }
    if (plain) {
      const notes = [
        '纯文字版：每个图表的标题、说明、关键数字、数据表和来源，没有图和脚本，也不会变为可交互的图表。The plain form: each chart’s title, words, key figures, table and source, with no chart and no script; it never becomes a live chart.',
      ];
      if (tag === 'fz-dashboard')
        notes.push(
          '仪表板没有纯文字版：这里写出它的每个图表，没有仪表板的年份切换、关键数字和演示。The dashboard has no plain form: here are its charts, without the dashboard’s year toggle, key figures and presenting.',
        );
      out.replaceChildren(...notes.map(line), snippetBlock(html, 'plain HTML'));
      return;
    }
    const tags = html.match(/^<fz-[a-z-]+/gm)?.map((open) => open.slice(1)) ?? [];
    const notes: string[] = [];
    if (tag === 'fz-dashboard')
      notes.push(
        `仪表板没有静态版本：这里写出它的 ${tags.length} 个图表，每个是一个独立的元素，脚本运行后各自成为可交互的图表，没有仪表板的年份切换、关键数字和演示。` +
          `The dashboard has no static version: here are its ${tags.length} charts, each an element of its own that becomes a live chart where the script runs, without the dashboard's year toggle, key figures and presenting.`,
      );
    if (style)
      notes.push(
        `主色、文字和背景颜色不写入静态 HTML：静态图表用页面自己的颜色，浅色、深色页面上都能读；脚本运行后的颜色，请写在页面的样式表中：${tags.join(', ')} { ${style}; }。` +
          `The colours chosen are not written into the static HTML: static charts take the page's own colours, readable on light and dark pages; for the live charts', put them in the page's stylesheet: ${tags.join(', ')} { ${style}; }`,
      );
    if (theme)
      notes.push(
        `主题写在元素上，脚本运行后生效；在此之前，静态图表用页面的颜色。The theme applies once the script runs; until then the static charts take the page's colours.`,
      );
    const script = String(values.get('script') ?? '');
    out.replaceChildren(
      ...notes.map(line),
      snippetBlock(`<script type="module" src="${quoted(script)}"></script>\n${html}`, 'static HTML'),
    );
  } catch (error) {
    out.replaceChildren(
      line(
        error instanceof Error && error.message === 'unreadable'
          ? '这个页面读不到数据地址：请检查地址，或在上面选择本机的数据文件。This page cannot read the dataset URL: check it, or choose its file on this computer above.'
          : '数据文件不是有效的数据集：请用 npm run validate 检查。The dataset is not valid: check it with npm run validate.',
      ),
    );
  }
}

// Another file chosen: what the last one made or said goes, and its years come.
staticFile?.addEventListener('change', () => {
  document.querySelector('#static-code')?.replaceChildren();
  void fillYears();
});

document.querySelector('#static-button')?.addEventListener('click', () => void writeStatic());
document.querySelector('#plain-button')?.addEventListener('click', () => void writeStatic({ plain: true }));

let typing: ReturnType<typeof setTimeout> | undefined;
form?.addEventListener('input', (event) => {
  const field = event.target as HTMLInputElement;
  const src = form.elements.namedItem('src');
  // Another element chosen while the address is still an example's: the new element's example.
  if (field.name === 'tag' && src instanceof HTMLInputElement && ['fz-compare', ''].some((tag) => src.value === exampleSource(tag))) {
    src.value = exampleSource(field.value);
    return void fillYears();
  }
  if (field.name !== 'src') return build();
  // The address is read once typing stops.
  clearTimeout(typing);
  typing = setTimeout(() => void fillYears(), 300);
});
form?.addEventListener('submit', (event) => event.preventDefault());
void fillYears();
