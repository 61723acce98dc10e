// The docs page, demo/docs.html, made from custom-elements.json: every element with a live example
// and its snippet, and each attribute, property, event, CSS custom property, part and slot with a
// snippet and a button that tries it on the example. `npm run docs` writes the page; a test fails
// when it is stale. demo/docs.ts makes the page live (the examples, the tries, the embed builder).

// Imported, not read from beside this file: the command that writes the page runs this module bundled, from another folder.
import schema from '../data/schema.json';

/** The report sections in the order the dashboard shows them: a year's fields in the dataset's schema, after its year and source. */
const SECTION_KEYS = Object.keys(schema.properties.years.items.properties).filter((key) => key !== 'year' && key !== 'source');

/** The dataset the examples show: invented figures for several years, marked as a sample on screen. */
export const EXAMPLE_DATA = '/demo/data/sample-multi-year.json';

/** An element whose example shows other data: the comparison of units reads a collection (an invented district), its host unit named. */
export const EXAMPLES = {
  'fz-compare': { src: '/demo/data/sample-district.json', file: 'district.json', attributes: ' unit="beiao"' },
};

/** A value that shows what an attribute does, for its snippet and its try button. */
export const TRY_VALUES = {
  src: '/demo/data/sample-second-town.json',
  year: '2022',
  compare: 'previous',
  lang: 'en',
  theme: 'dark',
  'large-text': '',
  timeout: '3000',
  group: 'docs',
  'url-state': 'none',
  mode: 'present',
  figures: 'headlines',
  unit: 'dongxi',
  figure: 'mediation.stated-rate',
  'per-capita': '',
};

/** The three lines of CSS the page shows, and applies to its second example. */
export const COLOURS_CSS =
  'fz-petitions.portal-colours {\n  --fz-color-accent: #b20000; --fz-color-accent-soft: #f7dada; --fz-font-size: 17px;\n}';

const escapeHtml = (text) =>
  String(text ?? '').replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]);

/** A description from the JSDoc: `code` in backticks, the rest text. */
const prose = (text) =>
  escapeHtml(text)
    .replace(/`([^`]+)`/g, '<code>$1</code>')
    .replace(/\n/g, ' ');

const declarations = (manifest) => manifest.modules.flatMap((module) => module.declarations ?? []);

/** Declared on the element (or a base of its own kind), not by the base every element shares. */
const ownEntries = (entries = []) => entries.filter((entry) => entry.inheritedFrom?.name !== 'FzElement');

const snippet = (code, label) =>
  `<div class="snippet"><pre><code>${escapeHtml(code)}</code></pre><button type="button" class="copy" data-copy="${escapeHtml(code)}" aria-label="复制代码 Copy: ${escapeHtml(label)}">复制 Copy</button></div>`;

const tryButton = (kind, tag, name, value) =>
  `<button type="button" class="try" data-try="${kind}" data-tag="${tag}" data-name="${escapeHtml(name)}" data-value="${escapeHtml(value)}">试一试 Try</button>`;

function attributeRows(tag, attributes) {
  return attributes
    .map(({ name, fieldName, type, default: fallback, description }) => {
      const value = TRY_VALUES[name] ?? '';
      const written = value === '' ? name : `${name}="${value}"`;
      const example = name === 'src' ? `<${tag} ${written}></${tag}>` : `<${tag} src="data.json" ${written}></${tag}>`;
      return `<tr id="${tag}-attr-${name}"><th scope="row"><code>${name}</code></th><td><code>${escapeHtml(fieldName)}</code>${type ? `: <code>${escapeHtml(type.text)}</code>` : ''}</td><td>${fallback !== undefined && fallback !== '' && fallback !== "''" ? `<code>${escapeHtml(fallback)}</code>` : '—'}</td><td>${prose(description)}</td><td>${snippet(example, name)}${tryButton('attribute', tag, name, value)}</td></tr>`;
    })
    .join('\n');
}

function propertyRows(tag, members) {
  return members
    .map(({ kind, name, type, description, parameters }) => {
      const isMethod = kind === 'method';
      const call = isMethod ? `${name}(${(parameters ?? []).map((parameter) => parameter.name).join(', ')})` : name;
      const code =
        name === 'data'
          ? `document.querySelector('${tag}').data = await (await fetch('data.json')).json();`
          : name === 'toBlob'
            ? `const file = await document.querySelector('${tag}').toBlob('png');`
            : name === 'download'
              ? `document.querySelector('${tag}').download('csv');`
              : isMethod
                ? `document.querySelector('${tag}').${name}();`
                : `console.log(document.querySelector('${tag}').${name});`;
      return `<tr id="${tag}-prop-${name}"><th scope="row"><code>${escapeHtml(call)}</code></th><td>${type ? `<code>${escapeHtml(type.text)}</code>` : isMethod ? '方法 method' : ''}</td><td>${prose(description)}</td><td>${snippet(code, name)}</td></tr>`;
    })
    .join('\n');
}

function eventRows(tag, events) {
  return events
    .map(({ name, description }) => {
      const code = `document.querySelector('${tag}').addEventListener('${name}', (event) => console.log(event.detail));`;
      return `<tr id="${tag}-event-${name}"><th scope="row"><code>${name}</code></th><td>${prose(description)}</td><td>${snippet(code, name)}</td></tr>`;
    })
    .join('\n');
}

/** A colour that shows what a custom property does. */
const tryColour = (name) =>
  name === '--fz-font-size' ? '20px' : name === '--fz-font-family' ? 'serif' : /background|soft|surface/.test(name) ? '#fff1e6' : '#c2410c';

function cssPropertyRows(tag, properties) {
  return properties
    .map(({ name, default: fallback, description }) => {
      const value = tryColour(name);
      return `<tr id="${tag}-css-${name.slice(2)}"><th scope="row"><code>${name}</code></th><td>${fallback ? `<code>${escapeHtml(fallback)}</code>` : '—'}</td><td>${prose(description)}</td><td>${snippet(`${tag} { ${name}: ${value}; }`, name)}${tryButton('css', tag, name, value)}</td></tr>`;
    })
    .join('\n');
}

function partRows(tag, parts) {
  return parts
    .map(({ name, description }) => {
      const rule = 'outline: 3px dashed #c2410c;';
      return `<tr id="${tag}-part-${name}"><th scope="row"><code>${name}</code></th><td>${prose(description)}</td><td>${snippet(`${tag}::part(${name}) { ${rule} }`, name)}${tryButton('part', tag, name, rule)}</td></tr>`;
    })
    .join('\n');
}

function slotRows(slots) {
  return slots
    .map(({ name, description }) => `<tr><th scope="row"><code>${name}</code></th><td>${prose(description)}</td></tr>`)
    .join('\n');
}

const table = (caption, headings, rows) =>
  rows
    ? `<table><caption>${caption}</caption><thead><tr>${headings.map((heading) => `<th scope="col">${heading}</th>`).join('')}</tr></thead><tbody>\n${rows}\n</tbody></table>`
    : '';

const publicMembers = (members = []) =>
  members.filter((member) => !member.static && member.privacy !== 'private' && member.privacy !== 'protected' && !member.attribute);

/** One element: what it is, a live example with its snippet, and its own API. */
function elementSection(declaration, shared) {
  const tag = declaration.tagName;
  const { src = EXAMPLE_DATA, file = 'data.json', attributes: more = '' } = EXAMPLES[tag] ?? {};
  const example = `<${tag} src="${src}"${more}></${tag}>`;
  const attributes = declaration.attributes.filter((attribute) => !shared.attributes.has(attribute.name));
  const members = publicMembers(declaration.members).filter((member) => !shared.members.has(member.name));
  return `<section class="element" id="${tag}" aria-labelledby="${tag}-heading">
<h2 id="${tag}-heading"><code>&lt;${tag}&gt;</code></h2>
<p class="summary">${prose(declaration.summary)}</p>
<div class="example" data-tag="${tag}">
${example}
</div>
<p class="event-log" data-log="${tag}" role="status">事件 Events: —</p>
${snippet(`<script type="module" src="/js/fazhi-dashboard.js"></script>\n${example.replace(src, file)}`, tag)}
${table('专有属性 Attributes of its own', ['属性 Attribute', '字段 Property', '默认 Default', '说明 Description', '示例 Example'], attributeRows(tag, attributes))}
${table('属性与方法 Properties and methods of its own', ['名称 Name', '类型 Type', '说明 Description', '示例 Example'], propertyRows(tag, members))}
${table('部件 CSS parts', ['部件 Part', '说明 Description', '示例 Example'], partRows(tag, ownEntries(declaration.cssParts)))}
</section>`;
}

/** What every element shares, documented once on the base class. */
function sharedSection(base, tag) {
  return `<section class="element" id="shared" aria-labelledby="shared-heading">
<h2 id="shared-heading">所有元素共有 Shared by every element</h2>
<p class="summary">${prose(base.description || base.summary)} 下面的“试一试”作用于 <code>&lt;${tag}&gt;</code> 的示例。The tries below act on the example of <code>&lt;${tag}&gt;</code>.</p>
<div class="example" data-tag="${tag}" data-shared>
<${tag} src="${EXAMPLE_DATA}"></${tag}>
</div>
<p class="event-log" data-log="${tag}" role="status">事件 Events: —</p>
${table('属性 Attributes', ['属性 Attribute', '字段 Property', '默认 Default', '说明 Description', '示例 Example'], attributeRows(tag, base.attributes))}
${table(
  '属性与方法 Properties and methods',
  ['名称 Name', '类型 Type', '说明 Description', '示例 Example'],
  propertyRows(
    tag,
    publicMembers(base.members).filter((member) => !base.attributes.some((attribute) => attribute.fieldName === member.name)),
  ),
)}
${table('事件 Events', ['事件 Event', '说明 Description', '示例 Example'], eventRows(tag, base.events))}
${table('CSS 自定义属性 CSS custom properties', ['属性 Property', '默认 Default', '说明 Description', '示例 Example'], cssPropertyRows(tag, base.cssProperties))}
${table('部件 CSS parts', ['部件 Part', '说明 Description', '示例 Example'], partRows(tag, base.cssParts ?? []))}
${table('插槽 Slots', ['插槽 Slot', '说明 Description'], slotRows(base.slots ?? []))}
</section>`;
}

/** The page, from the manifest and package.json. */
export function docsPage(manifest, pkg) {
  const all = declarations(manifest);
  const base = all.find((declaration) => declaration.name === 'FzElement');
  const elements = all.filter((declaration) => declaration.customElement && declaration.tagName);
  // The dashboard first, then the charts in the order the dashboard shows them, the trend and the comparison, the toggle last.
  const order = ['fz-dashboard', ...SECTION_KEYS.map((key) => `fz-${key}`), 'fz-trend', 'fz-compare', 'fz-year-toggle'];
  elements.sort((a, b) => (order.indexOf(a.tagName) + 1 || 99) - (order.indexOf(b.tagName) + 1 || 99));
  const shared = {
    attributes: new Set(base.attributes.map((attribute) => attribute.name)),
    members: new Set(publicMembers(base.members).map((member) => member.name)),
  };
  const options = elements.map(({ tagName }) => `<option value="${tagName}">&lt;${tagName}&gt;</option>`).join('');
  const toc = elements.map(({ tagName }) => `<li><a href="#${tagName}"><code>&lt;${tagName}&gt;</code></a></li>`).join('');
  return `<!doctype html>
<!-- Written by npm run docs from custom-elements.json; do not edit by hand. -->
<html lang="zh-CN">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${escapeHtml(pkg.name)} 使用文档 · Documentation</title>
    <link rel="icon" href="data:," />
    <link rel="stylesheet" href="./docs.css" />
    <style>
${COLOURS_CSS}
    </style>
    <script type="module" src="/src/index.ts"></script>
    <script type="module" src="./docs.ts"></script>
  </head>
  <body>
    <header class="docs-header">
      <p class="back"><a href="./">← 演示页面 Demo</a></p>
      <h1>${escapeHtml(pkg.name)} <small>${escapeHtml(pkg.version)}</small></h1>
      <p>${escapeHtml(pkg.description)}</p>
      <p class="sample-note">本页示例使用示例数据（虚构，非真实报告）。The examples on this page show sample data (invented, not a real report).</p>
    </header>
    <nav class="toc" aria-label="目录 Contents">
      <ul>
        <li><a href="#start">开始使用 Getting started</a></li>
        <li><a href="#builder">生成嵌入代码 Build your embed</a></li>
        <li><a href="#colours">换颜色 Your colours</a></li>
        <li><a href="#shared">共有属性 Shared</a></li>
        ${toc}
      </ul>
    </nav>
    <!-- A snippet as the page's script writes one (the embed builder's lines). -->
    <template id="snippet-template">${snippet('', '')}</template>
    <main>
      <section id="start" aria-labelledby="start-heading">
        <h2 id="start-heading">开始使用 Getting started</h2>
        <p>把 <code>dist/</code> 文件夹和数据文件复制到门户网站自己的服务器上，在页面中放入两行代码。Copy <code>dist/</code> and your dataset to the portal's own server, and put two lines in the page:</p>
        ${snippet('<script type="module" src="/js/fazhi-dashboard.js"></script>\n<fz-dashboard src="/data/town.json"></fz-dashboard>', 'getting started')}
        <p>文章编辑器会删除脚本时，用 iframe。Where the article editor strips scripts, use the iframe embed:</p>
        ${snippet('<iframe src="/js/embed.html?chart=petitions&src=/data/town.json" title="信访件按渠道分布" style="width: 100%; height: 640px; border: 0" allow="fullscreen"></iframe>', 'iframe')}
        <p>用 npm：Or from npm: <code>npm install ${escapeHtml(pkg.name)}</code>, <code>import '${escapeHtml(pkg.name)}/petitions';</code></p>
      </section>

      <section id="builder" aria-labelledby="builder-heading">
        <h2 id="builder-heading">生成嵌入代码 Build your embed</h2>
        <form class="builder" id="embed-form">
          <label>图表 Element <select name="tag">${options}</select></label>
          <label>数据地址 Dataset URL <input name="src" value="${EXAMPLE_DATA}" /></label>
          <label>脚本地址 Script URL <input name="script" value="/js/fazhi-dashboard.js" /></label>
          <label>年份 Year <select name="year"><option value="">最新 Latest</option></select></label>
          <label><input type="checkbox" name="compare" /> 与上一年对比 Compare with the year before</label>
          <label>语言 Language <select name="lang"><option value="">页面的语言 The page's</option><option value="zh-CN">中文 zh-CN</option><option value="en">English en</option></select></label>
          <label>主题 Theme <select name="theme" aria-describedby="theme-note"><option value="">跟随页面 The page's</option><option value="light">浅色 Light</option><option value="dark">深色 Dark</option><option value="auto">跟随系统 The system's (auto)</option><option value="contrast">高对比度 High contrast</option><option value="red">红白（会议）Red and white (meetings)</option></select></label>
          <p class="note" id="theme-note">不设主题时，图表随所在页面：页面背景是浅色就保持浅色（绝大多数门户网站），手机设为深色模式也一样；背景是深色，或页面没有背景色而声明了深色（<code>color-scheme</code>）、系统为深色，就随之变深。<code>auto</code> 随读者的系统，只适合本身随系统变深的页面。Without a theme the charts follow the page they are in: light on a light background, also on a phone set to dark; dark on a dark background, or where the page draws none, declares dark (its <code>color-scheme</code>) and the system is dark. <code>auto</code> follows the reader's system: only for pages that go dark with it.</p>
          <label><input type="checkbox" name="large-text" /> 大字 Large text</label>
          <label>主色 Accent <input type="color" name="accent" value="#1d5fa8" /></label>
          <label>文字 Text <input type="color" name="text" value="#1f2328" /></label>
          <label>背景 Background <input type="color" name="background" value="#ffffff" /></label>
        </form>
        <h3>预览 Preview</h3>
        <div class="preview" id="embed-preview"></div>
        <h3>复制这两行 The two lines to paste</h3>
        <div id="embed-code"></div>
        <h3>静态 HTML：没有脚本也能显示 Static HTML, shown with no script</h3>
        <p>文章编辑器删除脚本、读者禁用脚本或脚本尚未加载时，图表、数字和来源照样显示；能运行脚本时，图表原地变为可交互的图表。Charts, their numbers and source show where the editor strips scripts, a reader blocks them or they have not loaded yet; where the script runs, each chart takes over in place. <code>npm run static -- data.json</code> writes the same.</p>
        <p><label>本机的数据文件 Dataset file on this computer <input type="file" id="static-file" accept=".json,application/json" aria-describedby="static-file-note" /></label></p>
        <p class="note" id="static-file-note">数据集还没放到门户网站上，或这个页面读不到它的地址时：从本机选择数据文件（不会上传），代码里仍写上面的数据地址。Where the dataset is not on the portal yet, or this page cannot read its address: choose its file here (it is not uploaded); the code still names the dataset URL above.</p>
        <p><button type="button" id="static-button">生成静态 HTML Write the static HTML</button></p>
        <p>若编辑器把粘贴的图表显示成代码，或把图拆成散乱的文字（只保留常用标签的过滤器），请用纯文字版：标题、说明、关键数字、数据表和来源，不含图和脚本。If the editor shows the pasted charts as code, or takes a chart apart into loose words (a filter that keeps common tags only), use the plain form: title, words, key figures, table and source, with no chart and no script. <code>npm run static -- data.json --plain</code> writes the same.</p>
        <p><button type="button" id="plain-button">生成纯文字版 Write the plain form</button></p>
        <div id="static-code" role="status"></div>
      </section>

      <section id="colours" aria-labelledby="colours-heading">
        <h2 id="colours-heading">换颜色 Your colours</h2>
        <p>三行 CSS 即可换成门户网站自己的颜色和字号。Three lines of CSS give the charts the portal's colours and text size:</p>
        ${snippet(COLOURS_CSS, 'colours')}
        <div class="pair">
          <figure><fz-petitions src="${EXAMPLE_DATA}"></fz-petitions><figcaption>默认 Default</figcaption></figure>
          <figure><fz-petitions class="portal-colours" src="${EXAMPLE_DATA}"></fz-petitions><figcaption>三行 CSS 之后 With the three lines</figcaption></figure>
        </div>
      </section>

${sharedSection(base, 'fz-petitions')}

${elements.map((declaration) => elementSection(declaration, shared)).join('\n\n')}
    </main>
  </body>
</html>
`;
}
