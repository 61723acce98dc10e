import type { CharacterKind } from '../data/characters.js';
import { DATE_TO_FILL } from '../data/parts.js';
import { dateText } from './format.js';
import type { Messages } from './messages.js';

/** A date of the report as written; the draft's placeholder as still to fill in. */
const reportDate = (date: string) => (date === DATE_TO_FILL ? '待填写' : dateText(date, 'zh-CN'));

const types: Record<string, string> = {
  object: '对象',
  array: '数组',
  string: '文本',
  integer: '整数',
  number: '数字',
  boolean: '布尔值（true 或 false）',
  null: '空值 null',
};
const typeName = (type: unknown) =>
  String(type)
    .split(' | ')
    .map((part) => types[part] ?? part)
    .join('或');

const formats: Record<string, string> = {
  date: '应为 YYYY-MM-DD 格式的日期',
  uri: '应为以 http:// 或 https:// 开头的网址',
  id: '只能包含小写字母、数字和连字符（-）',
  'unit-kind': '应为 town（镇）、township（乡）、street（街道）、county（县）、district（区）、city（市）、department（部门）或 other 之一',
  'figure-key': '应为“板块.数据项”，例如 petitions.total',
  'figure-role': '应为 headline、part 或 share',
  measure: '应为 count、rate 或 share',
};

/** What a character a dataset may not hold is, by its kind. */
const characterWords: Record<CharacterKind, string> = {
  control: '是看不见的控制字符',
  noncharacter: '不是可用的字符',
  surrogate: '是残缺的字符（只有代理对的一半）',
};

export const zhCN: Messages = {
  locale: 'zh-CN',
  loading: '正在加载数据…',
  sample: '示例数据',
  draft: '草稿：数据未经核对',
  retry: '重试',
  list: (items) => items.join('、'),
  clauses: (parts) => parts.join('，'),
  sentences: (sentences) => sentences.join(''),
  series: (parts) => parts.join('；'),
  pair: (label, value) => `${label}：${value}`,
  year: (year) => `${year}年`,
  yearTitle: (unit, year) => `${unit} · ${year}年`,
  comparedWith: (year) => `（对比${year}年）`,
  source: (name, date) => `来源：${name}（${reportDate(date)}）`,
  cite: (publisher, title) => `${publisher}《${title}》`,
  noValue: '—',
  quoteLabel: '报告原文：',
  readable: (title, subtitle, text) => `${title}，${subtitle}：${text}`,
  caption: (title, subtitle) => `${title}（${subtitle}）`,
  position: (index, count) => `第${index}项，共${count}项`,
  shareOfTotal: (share) => `占总量 ${share}`,
  withShare: (value, share) => `${value} · ${share}`,
  sectionMissing: (section) => `本年度报告未列出${section}数据。`,
  sectionMissingIn: (year, section) => `${year}年报告未列出${section}数据，无法对比。`,
  compareNone: (years) => `没有可供对比的年份（现有年份：${years}）。`,
  change: (amount, relative) => (relative ? `${amount}，${relative}` : amount),
  unchanged: '持平',
  percentagePoints: (points) => `${points}个百分点`,
  notInComparedReport: '对比年份未列出',
  changeSince: ({ year, previous, direction, counted, relative }) =>
    direction === 'same'
      ? `与${previous ? '上年' : `${year}年`}持平`
      : `比${previous ? '上年' : `${year}年`}${direction === 'up' ? '增加' : '减少'}${counted}${relative ? `（${relative}）` : ''}`,
  rateChangeSince: ({ year, previous, direction, points }) =>
    direction === 'same'
      ? `与${previous ? '上年' : `${year}年`}持平`
      : `比${previous ? '上年' : `${year}年`}${direction === 'up' ? '提高' : '降低'}${points}个百分点`,
  table: { show: '查看数据表', item: '项目', value: '数值', shown: '显示为', details: '说明', quote: '报告原文', change: '变化' },
  exports: {
    menu: '导出',
    formats: {
      png: '图片（PNG）',
      'png-16:9': '横幅图片（PNG，16:9）',
      svg: '矢量图（SVG）',
      csv: '数据表（CSV）',
      pptx: '演示文稿（PPTX）',
      'pptx-4:3': '演示文稿（PPTX，4:3）',
      html: '离线演示（单个文件，可拷入U盘）',
    },
    dataset: '数据文件（JSON）',
    working: '正在导出…',
    failed: (reason) => `导出失败：${reason}`,
    notShown: '没有显示图表，无法导出。',
    presenting: '演示时无法导出整页图片：请先退出演示。',
    load: '导出所需的文件未能加载，请刷新页面后重试。',
  },
  present: {
    trendTitle: '历年数据',
    rankingTitle: '各单位排名',
    start: '演示',
    leave: '退出演示',
    previous: '上一页',
    next: '下一页',
    counter: (slide, count) => `${slide} / ${count}`,
    slideLabel: (slide, count) => `第${slide}页，共${count}页`,
    published: (date) => `发布日期：${reportDate(date)}`,
    byline: (publisher, date) => `${publisher} · 发布日期：${reportDate(date)}`,
    reportingUnit: (unit) => `汇报单位：${unit}`,
    reporter: (name) => `汇报人：${name}`,
    meetingDate: (date) => dateText(date, 'zh-CN'),
    slide: '幻灯片',
    failed: '无法打开演示：演示所需的文件未能加载，请刷新页面后重试。',
    closing: '谢谢！',
    part: (title, part, parts) => `${title}（${part}/${parts}）`,
    sourceHeading: '数据来源',
    keys: '按键说明 ?',
    help: {
      title: '演示按键',
      keys: [
        ['→ ↓ 空格 PageDown 回车', '下一页（翻页笔的“下一页”）'],
        ['← ↑ PageUp 退格', '上一页'],
        ['Home / End', '第一页 / 最后一页'],
        ['B 或 .', '黑屏；W 或 ,：白屏（按任意键或单击返回）'],
        ['F5 / Shift+F5', '从第一页开始 / 从当前页开始'],
        ['Tab', '进入年份或图表，用方向键选择；Esc 返回翻页'],
        ['?', '显示或隐藏本说明'],
        ['Esc', '退出演示（再次演示时从当前页继续）'],
      ],
      close: '关闭',
    },
    fullscreen: '全屏',
    presenterView: '演讲者视图',
    blanked: '已黑屏，按任意键返回',
    elapsed: '已用时间',
    resetClock: '计时归零',
    black: '黑屏',
    white: '白屏',
    blackNow: '观众屏幕：黑屏',
    whiteNow: '观众屏幕：白屏',
    nowShowing: '当前页',
    nextSlide: '下一页',
    lastSlide: '这是最后一页。',
    notes: '讲稿：报告原文',
    noNotes: '本页没有讲稿。',
    audienceLeft: '观众屏幕已退出演示。',
    resumeAudience: '在观众屏幕上继续演示',
    slideList: '全部页面',
  },
  yearToggle: { label: '年份', compare: '与上一年对比' },
  dashboard: { title: '法治政府建设年度数据', keyFigures: '主要数据' },
  errors: {
    missing: '未提供数据：请设置 src 属性、data 属性，或在元素内放入 <script type="application/json">。',
    network: (url) => `无法加载数据（${url}）：网络连接失败，或数据所在的服务器不允许本页读取（跨域）。`,
    timeout: (seconds, url) => `无法加载数据（${url}）：服务器 ${seconds} 秒内没有响应。`,
    http: (status, url) => `无法加载数据（${url}）：服务器返回 ${status}。`,
    webPage: (url) => `无法加载数据（${url}）：服务器返回的是网页而不是数据文件，可能需要登录，或地址有误。`,
    json: '数据文件不是有效的 JSON：',
    invalid: (count) => `数据文件有 ${count} 处错误：`,
    collection:
      '这是列出多个单位的汇编文件，不是一个单位的数据集：各单位的排名与比较请用 <fz-compare>；图表请指向某一单位的数据文件（汇编中各单位的 dataset）。',
    year: (year, years) => `数据中没有 ${year} 年；现有年份：${years}。`,
    notReported: (unit, year, years) => `${unit}没有${year}年的报告（现有${years}年）。`,
    attribute: (name, value) =>
      name === 'year' ? `year 属性的值“${value}”不是年份，应为四位数字，例如 2024。` : `${name} 属性的值“${value}”不是有效的网址。`,
    environment: (builtin) => `本页的其他脚本改动了浏览器内置的 ${builtin}，图表无法正确计算，因此不予显示。`,
    load: '图表所需的文件未能加载，请刷新页面后重试。',
    unexpected: '图表出现意外错误，未能显示。',
  },
  attributeIgnored: (name, value, used) => `${name} 属性的值“${value}”无效，改用 ${used}。`,
  problem: (p) => {
    switch (p.rule) {
      case 'required':
        return '缺少必填字段';
      case 'type':
        return `应为${typeName(p.expected)}，实际为${typeName(p.actual)}`;
      case 'minimum':
        return `不能小于 ${p.expected}（实际为 ${p.actual}）`;
      case 'maximum':
        return `不能大于 ${p.expected}（实际为 ${p.actual}），请检查是否多输了数字`;
      case 'minLength':
        return '不能为空';
      case 'minItems':
      case 'minProperties':
        return `至少需要 ${p.expected} 项`;
      case 'pattern':
        return `${formats[p.format ?? ''] ?? `应符合格式 ${p.expected}`}（实际为“${p.actual}”）`;
      case 'const':
        return p.path.join() === 'schemaVersion'
          ? `不支持的数据格式版本 ${JSON.stringify(p.actual)}，本组件读取版本 ${p.expected}`
          : `应为 ${JSON.stringify(p.expected)}（实际为 ${JSON.stringify(p.actual)}）`;
      case 'duplicate':
        return `重复：${p.actual} 已出现过`;
      case 'character':
        return `第 ${p.at} 个字符 ${p.actual} ${characterWords[p.kind ?? 'control']}，请删除`;
      case 'json':
        return String(p.actual);
    }
  },
};
