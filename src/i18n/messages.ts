import type { Problem } from '../data/schema-kit.js';
import type { DataWarning } from '../data/derive.js';

/** Every sentence the elements show, in one language. */
export interface Messages {
  loading: string;
  table: { show: string; item: string; value: string; details: string; quote: string; change: string };
  /** Position of a point as the live region says it: "第2项，共7项". */
  position: (index: number, count: number) => string;
  sample: string;
  source: (name: string, date: string) => string;
  /** The report's title as cited: 《…》 in Chinese. */
  cite: (publisher: string, title: string) => string;
  retry: string;
  yearTitle: (unit: string, year: number) => string;
  quoteLabel: string;
  shareOfTotal: (share: string) => string;
  sectionMissing: (section: string) => string;
  compareNone: (years: string) => string;
  comparedWith: (year: number) => string;
  sectionMissingIn: (year: number, section: string) => string;
  year: (year: number) => string;
  /** "2023年：478件" / "2023: 478" */
  pair: (label: string, value: string) => string;
  /** One line for the light-DOM text portal toolbars read: title, subtitle, then what it says. */
  readable: (title: string, subtitle: string, text: string) => string;
  /** A data table's caption: "信访件按渠道分布（北洋镇 · 2024年）". */
  caption: (title: string, subtitle: string) => string;
  yearToggle: { label: string; compare: string };
  /** Section names, as they fill in "本年度报告未列出…数据". */
  sections: { petitions: string; mediation: string; training: string; platforms: string };
  titles: { dashboard: string; petitions: string; mediation: string; training: string; platforms: string };
  units: { petitions: (n: string) => string; cases: (n: string) => string; sessions: (n: string) => string; items: (n: string) => string };
  petitions: { total: string; flagsHeading: string; flagNote: string };
  mediation: { accepted: string; resolved: string; statedRate: string; computedRate: string; rateNone: string };
  training: { total: string };
  platforms: { hub: string; noFigures: string; none: string; metricCount: (n: number) => string };
  dashboard: { keyFigures: string; petitionsTotal: string; mediationRate: string; trainingTotal: string; platformCount: string };
  errors: {
    missing: string;
    network: (url: string) => string;
    timeout: (seconds: number, url: string) => string;
    http: (status: number, url: string) => string;
    webPage: (url: string) => string;
    json: string;
    invalid: (count: number) => string;
    year: (year: number, years: string) => string;
    unexpected: string;
  };
  problem: (problem: Problem) => string;
  warning: (warning: DataWarning, format: (n: number) => string) => string;
}

const zhTypes: Record<string, string> = {
  object: '对象', array: '数组', string: '文本', integer: '整数', number: '数字', boolean: '布尔值（true 或 false）', null: '空值 null',
};
const enTypes: Record<string, string> = {
  object: 'an object', array: 'a list', string: 'text', integer: 'a whole number', number: 'a number',
  boolean: 'true or false', null: 'null',
};
const typeName = (names: Record<string, string>, type: unknown) =>
  String(type).split(' | ').map((part) => names[part] ?? part).join(names === zhTypes ? '或' : ' or ');

const zhFormats: Record<string, string> = {
  date: '应为 YYYY-MM-DD 格式的日期',
  uri: '应为以 http:// 或 https:// 开头的网址',
  id: '只能包含小写字母、数字和连字符（-）',
};
const enFormats: Record<string, string> = {
  date: 'must be a date written YYYY-MM-DD',
  uri: 'must be an address starting with http:// or https://',
  id: 'may hold only lower-case letters, digits and hyphens',
};

const zhCN: Messages = {
  loading: '正在加载数据…',
  table: { show: '查看数据表', item: '项目', value: '数值', details: '说明', quote: '报告原文', change: '变化' },
  position: (index, count) => `第${index}项，共${count}项`,
  sample: '示例数据',
  source: (name, date) => `来源：${name}（${date}）`,
  cite: (publisher, title) => `${publisher}《${title}》`,
  retry: '重试',
  yearTitle: (unit, year) => `${unit} · ${year}年`,
  quoteLabel: '报告原文：',
  shareOfTotal: (share) => `占总量 ${share}`,
  sectionMissing: (section) => `本年度报告未列出${section}数据。`,
  compareNone: (years) => `没有可供对比的年份（现有年份：${years}）。`,
  comparedWith: (year) => `（对比${year}年）`,
  sectionMissingIn: (year, section) => `${year}年报告未列出${section}数据，无法对比。`,
  year: (year) => `${year}年`,
  pair: (label, value) => `${label}：${value}`,
  readable: (title, subtitle, text) => `${title}，${subtitle}：${text}`,
  caption: (title, subtitle) => `${title}（${subtitle}）`,
  yearToggle: { label: '年份', compare: '与上一年对比' },
  sections: { petitions: '信访', mediation: '矛盾纠纷调解', training: '学习培训', platforms: '治理平台' },
  titles: {
    dashboard: '法治政府建设年度数据',
    petitions: '信访件按渠道分布',
    mediation: '矛盾纠纷调解',
    training: '法治学习与培训',
    platforms: '基层智治平台',
  },
  units: { petitions: (n) => `${n}件`, cases: (n) => `${n}起`, sessions: (n) => `${n}次`, items: (n) => `${n}个` },
  petitions: { total: '信访总量', flagsHeading: '其中（已含在上述渠道中，不另计）', flagNote: '已含在上述渠道中，不另计' },
  mediation: {
    accepted: '受理案件',
    resolved: '成功化解',
    statedRate: '报告所述成功率',
    computedRate: '按数计算',
    rateNone: '无受理案件，无法计算成功率',
  },
  training: { total: '学习培训合计' },
  platforms: { hub: '基层智治', noFigures: '本年度报告未列出各平台的具体数据。', none: '报告未列数据', metricCount: (n) => `${n}项数据` },
  dashboard: {
    keyFigures: '主要数据',
    petitionsTotal: '信访总量',
    mediationRate: '调解成功率',
    trainingTotal: '学习培训',
    platformCount: '治理平台',
  },
  errors: {
    missing: '未提供数据：请设置 src 属性、data 属性，或在元素内放入 <script type="application/json">。',
    network: (url) => `无法加载数据（${url}）：网络连接失败，或数据所在的服务器不允许本页读取（跨域）。`,
    timeout: (seconds, url) => `无法加载数据（${url}）：服务器 ${seconds} 秒内没有响应。`,
    http: (status, url) => `无法加载数据（${url}）：服务器返回 ${status}。`,
    webPage: (url) => `无法加载数据（${url}）：服务器返回的是网页而不是数据文件，可能需要登录，或地址有误。`,
    json: '数据文件不是有效的 JSON：',
    invalid: (count) => `数据文件有 ${count} 处错误：`,
    year: (year, years) => `数据中没有 ${year} 年；现有年份：${years}。`,
    unexpected: '图表出现意外错误，未能显示。',
  },
  problem: (p) => {
    switch (p.rule) {
      case 'required': return '缺少必填字段';
      case 'type': return `应为${typeName(zhTypes, p.expected)}，实际为${typeName(zhTypes, p.actual)}`;
      case 'minimum': return `不能小于 ${p.expected}（实际为 ${p.actual}）`;
      case 'maximum': return `不能大于 ${p.expected}（实际为 ${p.actual}），请检查是否多输了数字`;
      case 'minLength': return '不能为空';
      case 'minItems': return `至少需要 ${p.expected} 项`;
      case 'pattern': return `${zhFormats[p.format ?? ''] ?? `应符合格式 ${p.expected}`}（实际为“${p.actual}”）`;
      case 'const': return p.path.join() === 'schemaVersion'
        ? `不支持的数据格式版本 ${JSON.stringify(p.actual)}，本组件读取版本 ${p.expected}`
        : `应为 ${JSON.stringify(p.expected)}（实际为 ${JSON.stringify(p.actual)}）`;
      case 'duplicate': return `重复：${p.actual} 已出现过`;
      case 'json': return String(p.actual);
    }
  },
  warning: (w, n) => {
    switch (w.code) {
      case 'channels-sum':
        return `各渠道合计 ${n(w.values.sum)} 件，与信访总量 ${n(w.values.total)} 件相差 ${n(w.values.sum - w.values.total)} 件。`;
      case 'resolved-above-accepted':
        return `成功化解 ${n(w.values.resolved)} 起多于受理 ${n(w.values.accepted)} 起，请核对。`;
      case 'stated-rate':
        return `报告所述成功率与按数计算的结果相差较大，请核对。`;
    }
  },
};

const en: Messages = {
  loading: 'Loading data…',
  table: { show: 'Show data table', item: 'Item', value: 'Value', details: 'Notes', quote: 'Report text', change: 'Change' },
  position: (index, count) => `${index} of ${count}`,
  sample: 'Sample data',
  source: (name, date) => `Source: ${name} (${date})`,
  cite: (publisher, title) => `${publisher}, “${title}”`,
  retry: 'Retry',
  yearTitle: (unit, year) => `${unit} · ${year}`,
  quoteLabel: 'Report text: ',
  shareOfTotal: (share) => `${share} of total`,
  sectionMissing: (section) => `This year's report gives no ${section} figures.`,
  compareNone: (years) => `No year to compare with (the data has: ${years}).`,
  comparedWith: (year) => ` (compared with ${year})`,
  sectionMissingIn: (year, section) => `The ${year} report gives no ${section} figures to compare with.`,
  year: (year) => String(year),
  pair: (label, value) => `${label}: ${value}`,
  readable: (title, subtitle, text) => `${title}, ${subtitle}: ${text}`,
  caption: (title, subtitle) => `${title} (${subtitle})`,
  yearToggle: { label: 'Year', compare: 'Compare with the year before' },
  sections: { petitions: 'petition', mediation: 'mediation', training: 'study and training', platforms: 'governance platform' },
  titles: {
    dashboard: 'Rule-of-law government: annual figures',
    petitions: 'Petitions by channel',
    mediation: 'Dispute mediation',
    training: 'Rule-of-law study and training',
    platforms: 'Grassroots governance platforms',
  },
  units: { petitions: (n) => `${n}`, cases: (n) => `${n} cases`, sessions: (n) => `${n} sessions`, items: (n) => `${n}` },
  petitions: { total: 'Petitions in total', flagsHeading: 'Of which (counted in the channels above)', flagNote: 'Already counted in a channel' },
  mediation: {
    accepted: 'Cases accepted',
    resolved: 'Cases resolved',
    statedRate: 'Success rate as stated',
    computedRate: 'Computed',
    rateNone: 'No cases accepted: no rate to compute',
  },
  training: { total: 'Sessions in total' },
  platforms: {
    hub: 'Grassroots governance',
    noFigures: "This year's report gives no figures for the individual platforms.",
    none: 'No figures given',
    metricCount: (n) => `${n} figure${n === 1 ? '' : 's'}`,
  },
  dashboard: {
    keyFigures: 'Key figures',
    petitionsTotal: 'Petitions',
    mediationRate: 'Mediation success',
    trainingTotal: 'Study and training',
    platformCount: 'Governance platforms',
  },
  errors: {
    missing: 'No data: set the src attribute, the data property, or put a <script type="application/json"> inside the element.',
    network: (url) => `Could not load the data (${url}): the network request failed, or the server it is on does not let this page read it (CORS).`,
    timeout: (seconds, url) => `Could not load the data (${url}): the server did not answer within ${seconds} seconds.`,
    http: (status, url) => `Could not load the data (${url}): the server answered ${status}.`,
    webPage: (url) => `Could not load the data (${url}): the server sent a web page, not the data file; it may ask for a login, or the address may be wrong.`,
    json: 'The data file is not valid JSON:',
    invalid: (count) => `The data file has ${count} problem${count === 1 ? '' : 's'}:`,
    year: (year, years) => `The data has no year ${year}; it has: ${years}.`,
    unexpected: 'The chart failed unexpectedly and could not be shown.',
  },
  problem: (p) => {
    switch (p.rule) {
      case 'required': return 'is required but missing';
      case 'type': return `must be ${typeName(enTypes, p.expected)}, found ${typeName(enTypes, p.actual)}`;
      case 'minimum': return `must be at least ${p.expected} (found ${p.actual})`;
      case 'maximum': return `must be at most ${p.expected} (found ${p.actual}); check for extra digits`;
      case 'minLength': return 'must not be empty';
      case 'minItems': return `needs at least ${p.expected} item${p.expected === 1 ? '' : 's'}`;
      case 'pattern': return `${enFormats[p.format ?? ''] ?? `must match ${p.expected}`} (found "${p.actual}")`;
      case 'const': return p.path.join() === 'schemaVersion'
        ? `schema version ${JSON.stringify(p.actual)} is not supported; this version reads ${p.expected}`
        : `must be ${JSON.stringify(p.expected)} (found ${JSON.stringify(p.actual)})`;
      case 'duplicate': return `duplicate: ${p.actual} appears more than once`;
      case 'json': return String(p.actual);
    }
  },
  warning: (w, n) => {
    switch (w.code) {
      case 'channels-sum':
        return `The channels add up to ${n(w.values.sum)}, the stated total is ${n(w.values.total)} (difference ${n(w.values.sum - w.values.total)}).`;
      case 'resolved-above-accepted':
        return `More cases resolved (${n(w.values.resolved)}) than accepted (${n(w.values.accepted)}): please check.`;
      case 'stated-rate':
        return 'The stated success rate is far from the computed one: please check.';
    }
  },
};

export const messages: Record<'zh-CN' | 'en', Messages> = { 'zh-CN': zhCN, en };
