import type { Lang } from '../i18n/format.js';

/**
 * Every line the command-line tools print of their own, in each language (the dataset's problems
 * and warnings, and the check list's reasons, come from the catalogues the elements use). A
 * refusal is one line that says what to do next.
 */
export interface CliMessages {
  usage: {
    extract: string;
    validate: string;
    collect: string;
    slides: string;
    static: string;
  };
  /** A `--theme` there is none of. */
  badTheme: (value: string) => string;
  /** A `--compare` that is neither `previous` nor a year. */
  badCompare: (value: string) => string;
  /** A dataset with problems: how many, and how to see them. */
  invalidDataset: (file: string, count: number) => string;
  /** A `--collection` that is no collection, or one with problems. */
  invalidCollection: (file: string, count: number) => string;
  /** A `--year` the dataset does not have. */
  noSuchYear: (file: string, year: string, years: string) => string;
  /** An `--emblem` that is no picture a page shows. */
  badEmblem: (file: string) => string;
  /** The offline presentation was written. */
  wroteSlides: (file: string, year: number) => string;
  /** A `--lang` that is neither zh-CN nor en. */
  badLang: (value: string) => string;
  /** An `--element` that charts no report section: the ones there are. */
  unknownElement: (value: string, tags: string) => string;
  /** `--element` names a section the year's report does not give. */
  sectionMissing: (file: string, year: number, tag: string) => string;
  /** A `--width` outside what a chart is drawn at. */
  badWidth: (value: string) => string;
  /** An option of the elements or the chart given with `--plain`, which writes neither. */
  notPlain: (option: string) => string;
  /** An option the command does not know, or one given without its value; then the usage. */
  unknownOption: (option: string, usage: string) => string;
  missingValue: (option: string, usage: string) => string;
  /** A `--year` that is no year a dataset takes. */
  badYear: (value: string) => string;
  /** A file that cannot be read, by the system's error code (ENOENT, EACCES, EISDIR…). */
  cannotRead: (file: string, code: string) => string;
  /** A report over the limit: refused before it is read. Sizes as `size` writes them. */
  tooLarge: (file: string, size: string, limit: string) => string;
  /** A size in bytes, for people: "52.4 MB". */
  size: (bytes: number) => string;
  big5: (file: string) => string;
  binary: (file: string) => string;
  /** Nothing in the report names its year (title, first lines, dates, address, figures) and `--year` was not given. */
  noYear: (file: string) => string;
  /** The report holds no words once read (an empty file, blanks, markup only). */
  emptyReport: (file: string) => string;
  /** A dataset file with nothing in it, or no text. */
  emptyDataset: (file: string) => string;
  datasetNotText: (file: string) => string;
  /** The report is another unit's than the dataset's: both named, and how to merge it all the same. */
  otherUnit: (file: string, reportUnit: string, datasetUnit: string, unitId: string) => string;
  /** `--into` a file that does not exist: a first dataset was written, holding the year. */
  started: (file: string, year: number) => string;
  /** `collect --year`: a report whose own year is another (or none) takes the year given. */
  yearGiven: (file: string, year: number, stated?: number) => string;
  /** `collect`: a unit named by its report's file, its report naming none; a unit named from its report's body or page. */
  nameFromFile: (name: string) => string;
  nameFromText: (name: string) => string;
  /** Stray characters (NUL and other controls…) dropped from the report's text. */
  dropped: (file: string, count: number) => string;
  /** One item of the check list (待核): where it goes (` [source.title]` or nothing), its words, why. */
  toCheck: (field: string, text: string, reason: string) => string;
  toCheckCount: (count: number) => string;
  /** The dataset has the year already and `--replace` was not given. */
  yearExists: (file: string, year: number) => string;
  /** The year was added to the dataset. */
  added: (file: string, year: number) => string;
  /** A file that could not be written (it is as it was), by error code, or `read-only`. */
  cannotWrite: (file: string, code: string) => string;
  /** A problem of a dataset at its JSON path (or where its JSON breaks). */
  problem: (file: string, path: string, text: string) => string;
  /** What is wrong with a whole file, said of it (`file: text`). */
  ofFile: (file: string, text: string) => string;
  /** A data-quality warning at its JSON path. */
  warning: (file: string, path: string, text: string) => string;
  valid: (file: string, years: number, warnings: number) => string;
  problems: (file: string, count: number) => string;
  /** A figure whose quoted words do not hold its number. */
  notInQuote: (value: string) => string;
  /** `collect`: the collection named by `--out` is there already and `--replace` was not given. */
  collectionExists: (file: string) => string;
  /** `collect`: two reports of one unit (by their file names) are of the same year. */
  sameUnitYear: (first: string, second: string, year: number) => string;
  /** `collect`: the unit whose figures to check follow, and its reports. */
  unitHeader: (unit: string, files: string) => string;
  /** How a list of files is joined in a line. */
  comma: string;
  /** `collect`: what was written. */
  collected: (file: string, units: number, folder: string) => string;
  /** `validate`: a unit whose dataset cannot be read, where, and why in words (`why`); `collect --index`: the same, left out of the index. */
  unitBroken: (unit: string, where: string, why: string) => string;
  unitLeftOut: (unit: string, where: string, why: string) => string;
  /** Why a unit's dataset cannot be read, by the kind of problem: no such file, no JSON, not a dataset… */
  unreadable: (kind: string) => string;
  /** `validate` of a collection: a unit still named （待填写）, and a name two units share. */
  unnamedUnit: (file: string, path: string) => string;
  sameName: (file: string, name: string, ids: string) => string;
  /** `collect --index`: the index written. */
  indexed: (file: string, folder: string, units: number) => string;
  /** `validate` of a collection: a unit's dataset at an address the command does not fetch. */
  notFetched: (unit: string, address: string) => string;
  /** `validate` of a collection's index: a figure file that disagrees with the datasets, or is missing. */
  indexStale: (file: string, what: string) => string;
  /** What of the index's list is stale: a figure named otherwise than the datasets name it now. */
  staleName: (key: string, listed: string, named: string) => string;
  /** A collection that is valid, with its units, and the units whose datasets were checked. */
  validCollection: (file: string, units: number, checked: number) => string;
  /** Files written by `npm run schema` and `npm run docs`. */
  wrote: (files: readonly string[]) => string;
  /** Anything the tools did not foresee: one line, the stack only with `--debug`. */
  unexpected: (message: string) => string;
}

const s = (count: number) => (count === 1 ? '' : 's');

const readReasons: Record<string, { 'zh-CN': string; en: string }> = {
  ENOENT: { 'zh-CN': '没有这个文件，请检查文件名和所在文件夹', en: 'there is no such file; check its name and folder' },
  ENOTDIR: { 'zh-CN': '路径中有一段不是文件夹，请检查路径', en: 'a part of the path is not a folder; check the path' },
  EACCES: { 'zh-CN': '没有读取权限，请让文件的所有者开放读取权限', en: 'you have no permission to read it; ask its owner to let you' },
  EPERM: { 'zh-CN': '没有读取权限，请让文件的所有者开放读取权限', en: 'you have no permission to read it; ask its owner to let you' },
  EISDIR: { 'zh-CN': '这是一个文件夹，请指定其中的文件', en: 'it is a folder; name a file in it' },
};

const writeReasons: Record<string, { 'zh-CN': string; en: string }> = {
  'read-only': {
    'zh-CN': '文件是只读的。如要写入，请先取消只读（chmod u+w），或写入它的副本',
    en: 'it is read-only. Make it writable first (chmod u+w), or write to a copy',
  },
  EACCES: {
    'zh-CN': '没有写入这个文件或其所在文件夹的权限，请换一个可写的位置',
    en: 'you have no permission to write it or its folder; use a place you can write to',
  },
  EPERM: {
    'zh-CN': '没有写入这个文件或其所在文件夹的权限，请换一个可写的位置',
    en: 'you have no permission to write it or its folder; use a place you can write to',
  },
  EROFS: { 'zh-CN': '它所在的磁盘是只读的，请写到其他位置', en: 'its disk is read-only; write it somewhere else' },
  ENOSPC: { 'zh-CN': '磁盘已满，请腾出空间后再运行', en: 'the disk is full; free some space and run again' },
  EDQUOT: { 'zh-CN': '磁盘配额已用完，请腾出空间后再运行', en: 'your disk quota is used up; free some space and run again' },
  EISDIR: { 'zh-CN': '这是一个文件夹，请指定一个 .json 文件', en: 'it is a folder; name a .json file' },
  ENOENT: { 'zh-CN': '它所在的文件夹不存在，请检查路径', en: 'its folder does not exist; check the path' },
  ENOTDIR: { 'zh-CN': '路径中有一段不是文件夹，请检查路径', en: 'a part of the path is not a folder; check the path' },
};

/** Why a unit's dataset cannot be read, by the kind of its problem, in plain words. */
const unreadable: Record<string, { 'zh-CN': string; en: string }> = {
  missing: { 'zh-CN': '文件不存在', en: 'there is no such file' },
  json: { 'zh-CN': '不是有效的 JSON', en: 'it is no valid JSON' },
  invalid: { 'zh-CN': '不符合数据集格式', en: 'it is not a dataset in the expected format' },
  network: { 'zh-CN': '是网址，命令行不下载', en: 'it is a web address, which the command does not download' },
  http: { 'zh-CN': '服务器没有返回数据', en: 'the server gave no data' },
  timeout: { 'zh-CN': '读取超时', en: 'it took too long to load' },
  html: { 'zh-CN': '是网页，不是数据集', en: 'it is a web page, not a dataset' },
  unexpected: { 'zh-CN': '读取时出错', en: 'it could not be read' },
};

export const cliMessages: Record<Lang, CliMessages> = {
  'zh-CN': {
    usage: {
      extract: '用法：npm run extract -- 报告.txt [--year 2024] [--unit-id 单位代码] [--into 数据集.json [--replace]] [--json] [--debug]',
      validate: '用法：npm run validate -- 数据集.json|集合.json [更多.json …] [--debug]',
      collect:
        '用法：npm run collect -- 报告.txt [更多报告 …] --out 集合.json [--year 2024] [--name 名称] [--parent 上级] [--replace]，或 npm run collect -- --index 集合.json',
      slides:
        '用法：npm run slides -- 数据集.json --out 演示.html [--year 2024] [--compare previous] [--lang en] [--theme red] [--meeting 会议名称] [--reporting-unit 汇报单位] [--reporter 汇报人] [--meeting-date 2025-03-10] [--emblem 徽标.png] [--collection 合集.json] [--debug]',
      static:
        '用法：npm run static -- 数据集.json [--year 2024] [--compare previous] [--lang zh-CN|en] [--element fz-petitions …] [--src 数据地址] [--script 脚本地址] [--width 360] [--theme dark] [--large-text] [--embed | --plain] [--out 文件.html] [--debug]',
    },
    badTheme: (value) => `--theme 应为 light、dark、contrast、red 或 auto（现在是“${value}”）。`,
    badCompare: (value) => `--compare 应为 previous 或四位数的年份（现在是“${value}”）。`,
    invalidDataset: (file, count) => `${file}：数据集有 ${count} 处问题，未生成演示。请先运行 npm run validate -- ${file} 查看并改正。`,
    invalidCollection: (file, count) =>
      `${file}：不是可用的合集（有 ${count} 处问题），未生成演示。请先运行 npm run validate -- ${file} 查看并改正。`,
    noSuchYear: (file, year, years) => `${file}：数据集中没有 ${year} 年；现有年份：${years}。`,
    badEmblem: (file) => `${file}：徽标应为 PNG、JPEG、GIF、SVG 或 WebP 图片。`,
    wroteSlides: (file, year) => `已写入 ${file}（${year} 年的离线演示：用浏览器打开即可演示，无需网络）`,
    badLang: (value) => `--lang 只能是 zh-CN 或 en（现在是“${value}”）。`,
    unknownElement: (value, tags) => `没有 ${value} 这个图表元素。可用的有：${tags}。`,
    sectionMissing: (file, year, tag) => `${file}：${year} 年的报告没有 ${tag} 的数据，请换一个年份或元素。`,
    badWidth: (value) => `--width 应为 240 到 1920 之间的像素数，例如 --width 360（现在是“${value}”）。`,
    notPlain: (option) => `--plain 只写文字、数字、数据表和来源，不写图表元素、图和脚本，因此不能同时使用 ${option}。`,
    unknownOption: (option, usage) => `没有 ${option} 这个选项。${usage}`,
    missingValue: (option, usage) => `${option} 后面缺少取值。${usage}`,
    badYear: (value) => `--year 应为 1949 到 2100 之间的四位数年份，例如 --year 2024（现在是“${value}”）。`,
    cannotRead: (file, code) => `${file}：无法读取（${code}）：${readReasons[code]?.['zh-CN'] ?? '请检查文件后再试'}。`,
    tooLarge: (file, size, limit) =>
      `${file}：文件有 ${size}，超过 ${limit} 的上限，未读取。一年的报告通常只有几十 KB：请确认选对了文件，或只保留报告正文。`,
    size: (bytes) => `${Number((bytes / 1024 / 1024).toFixed(1))} MB`,
    big5: (file) => `${file}：文件是繁体中文的 Big5 编码，无法正确读取。请用文本编辑器另存为 UTF-8 编码后再试。`,
    binary: (file) =>
      `${file}：这不是文本文件（可能是 PDF、Word 文档或图片）。请另存为纯文本（.txt）或网页（.html），或复制报告全文保存为 .txt 后再试。`,
    noYear: (file) => `${file}：报告的标题、开头、日期和网址中都找不到年份。请用 --year 指定年度，例如 --year 2024。`,
    emptyReport: (file) => `${file}：报告是空的，没有可以提取的文字。请确认选对了文件，或把报告全文复制进去后再试。`,
    emptyDataset: (file) => `${file}：数据文件是空的，不是数据集。`,
    datasetNotText: (file) => `${file}：这不是文本格式的数据文件（.json），无法读取。`,
    otherUnit: (file, reportUnit, datasetUnit, unitId) =>
      `${file}：报告的单位是${reportUnit}，数据集的单位是${datasetUnit}（${unitId}），未合并。如确要加入这个数据集，请加上 --unit-id ${unitId}。`,
    started: (file, year) => `${file}：文件不存在，已新建数据集，加入 ${year} 年（标为 draft: true，待有人逐项核对后删除这一行）。`,
    yearGiven: (file, year, stated) =>
      `${file}：按 --year 定为${year}年度${stated === undefined ? '（报告中找不到年份）' : `（报告中写的是${stated}年度）`}`,
    nameFromFile: (name) => `单位名称“${name}”取自文件名（报告中找不到单位名称），请核对后改为单位的正式名称`,
    nameFromText: (name) => `单位名称“${name}”取自报告正文或页面信息（标题中没有），请核对`,
    dropped: (file, count) => `${file}：报告中有 ${count} 个不可见的控制字符（如 NUL），已删除。`,
    toCheck: (field, text, reason) => `待核${field} ${text || '—'}：${reason}`,
    toCheckCount: (count) => `共 ${count} 项待核对`,
    yearExists: (file, year) => `${file}：数据集中已有 ${year} 年。如要替换，请加上 --replace。`,
    added: (file, year) => `${file}：已加入 ${year} 年（标为 draft: true，待有人逐项核对后删除这一行）。`,
    cannotWrite: (file, code) =>
      `${file}：无法写入（${code === 'read-only' ? '只读' : code}），文件保持原样：${writeReasons[code]?.['zh-CN'] ?? '请检查文件和磁盘后再试'}。`,
    problem: (file, path, text) => `${file}：${path}：${text}`,
    ofFile: (file, text) => `${file}：${text}`,
    warning: (file, path, text) => `${file}：${path}：提示：${text}`,
    valid: (file, years, warnings) => `${file}：有效，${years} 个年度${warnings ? `，${warnings} 条提示` : ''}`,
    problems: (file, count) => `${file}：${count} 处问题`,
    notInQuote: (value) => `引用的报告原文中没有这个数字（${value}）：数据只能取原文写明的数字`,
    collectionExists: (file) => `${file}：文件已存在。如要覆盖，请加上 --replace。`,
    sameUnitYear: (first, second, year) => `${first} 和 ${second} 是同一单位 ${year} 年的报告，请只保留一份。`,
    unitHeader: (unit, files) => `${unit}（${files}）：`,
    comma: '、',
    collected: (file, units, folder) =>
      `已写入 ${file}（${units} 个单位，标为 draft: true）、${folder}/ 中各单位的数据集草稿和索引。请逐项核对上面列出的待核数据，并补上人口数。`,
    unitBroken: (unit, where, why) => `${unit}：${where}：数据无法读取：${why}。`,
    unitLeftOut: (unit, where, why) => `${unit}：${where}：数据无法读取：${why}，未列入索引。`,
    unreadable: (kind) => unreadable[kind]?.['zh-CN'] ?? '读取时出错',
    unnamedUnit: (file, path) => `${file}：${path}：提示：单位名称还是“（待填写）”，请填写单位的正式名称，否则排名中无法区分各单位`,
    sameName: (file, name, ids) => `${file}：提示：${ids} 用了同一个单位名称“${name}”，排名中无法区分，请改用各自的正式名称`,
    indexed: (file, folder, units) => `已按 ${file} 中 ${units} 个单位的数据重写索引 ${folder}。`,
    notFetched: (unit, address) => `${unit}：数据集 ${address} 是网址，命令行不下载，未检查。`,
    indexStale: (file, what) => `${file}：索引与数据集不一致：${what}。请运行 npm run collect -- --index 重写索引。`,
    staleName: (key, listed, named) => `${key}（名称为“${listed}”，应为“${named}”）`,
    validCollection: (file, units, checked) => `${file}：有效，${units} 个单位，已检查 ${checked} 个单位的数据集`,
    wrote: (files) => `已写入 ${files.join('、')}`,
    unexpected: (message) => `意外错误：${message}。加上 --debug 重新运行可看到详细信息，请把它附在问题报告中。`,
  },
  en: {
    usage: {
      extract: 'usage: npm run extract -- report.txt [--year 2024] [--unit-id id] [--into dataset.json [--replace]] [--json] [--debug]',
      validate: 'usage: npm run validate -- dataset.json|collection.json [more.json …] [--debug]',
      collect:
        'usage: npm run collect -- report.txt [more reports …] --out collection.json [--year 2024] [--name name] [--parent parent] [--replace], or npm run collect -- --index collection.json',
      slides:
        'usage: npm run slides -- dataset.json --out slides.html [--year 2024] [--compare previous] [--lang en] [--theme red] [--meeting name] [--reporting-unit unit] [--reporter name] [--meeting-date 2025-03-10] [--emblem emblem.png] [--collection district.json] [--debug]',
      static:
        'usage: npm run static -- dataset.json [--year 2024] [--compare previous] [--lang zh-CN|en] [--element fz-petitions …] [--src url] [--script url] [--width 360] [--theme dark] [--large-text] [--embed | --plain] [--out file.html] [--debug]',
    },
    badTheme: (value) => `--theme takes light, dark, contrast, red or auto (not "${value}").`,
    badCompare: (value) => `--compare takes previous or a four-digit year (not "${value}").`,
    invalidDataset: (file, count) =>
      `${file}: the dataset has ${count} problem${s(count)}; no presentation was written. Run npm run validate -- ${file} to see and fix them.`,
    invalidCollection: (file, count) =>
      `${file}: no collection to use (${count} problem${s(count)}); no presentation was written. Run npm run validate -- ${file} to see and fix them.`,
    noSuchYear: (file, year, years) => `${file}: the dataset has no year ${year}; it has: ${years}.`,
    badEmblem: (file) => `${file}: the emblem must be a PNG, JPEG, GIF, SVG or WebP picture.`,
    wroteSlides: (file, year) => `wrote ${file} (an offline presentation of ${year}: open it in a browser to present, no network needed)`,
    badLang: (value) => `--lang takes zh-CN or en (not "${value}").`,
    unknownElement: (value, tags) => `There is no chart element ${value}. There are: ${tags}.`,
    sectionMissing: (file, year, tag) => `${file}: the ${year} report gives no figures for ${tag}; choose another year or element.`,
    badWidth: (value) => `--width takes a width in pixels from 240 to 1920, e.g. --width 360 (not "${value}").`,
    notPlain: (option) =>
      `--plain writes the words, figures, tables and sources only, with no element, chart or script: ${option} does not go with it.`,
    unknownOption: (option, usage) => `There is no option ${option}. ${usage}`,
    missingValue: (option, usage) => `${option} needs a value. ${usage}`,
    badYear: (value) => `--year takes a four-digit year from 1949 to 2100, e.g. --year 2024 (not "${value}").`,
    cannotRead: (file, code) => `${file}: cannot be read (${code}): ${readReasons[code]?.en ?? 'check the file and try again'}.`,
    tooLarge: (file, size, limit) =>
      `${file}: the file is ${size}, over the limit of ${limit}; it was not read. A year's report is tens of kilobytes: check that this is the right file, or keep only the report's text.`,
    size: (bytes) => `${Number((bytes / 1024 / 1024).toFixed(1))} MB`,
    big5: (file) =>
      `${file}: the file is in Big5 (traditional Chinese), which is not read. Save it as UTF-8 in a text editor and try again.`,
    binary: (file) =>
      `${file}: this is not a text file (a PDF, a Word document or a picture?). Save it as plain text (.txt) or a web page (.html), or copy the report's text into a .txt file, and try again.`,
    noYear: (file) =>
      `${file}: the report names its year nowhere (not in its title, first lines, dates or address). Give the year with --year, e.g. --year 2024.`,
    emptyReport: (file) =>
      `${file}: the report is empty: it holds no words to extract. Check that this is the right file, or copy the report's text into it, and try again.`,
    emptyDataset: (file) => `${file}: the data file is empty: it is no dataset.`,
    datasetNotText: (file) => `${file}: this is no data file in text (.json); it cannot be read.`,
    otherUnit: (file, reportUnit, datasetUnit, unitId) =>
      `${file}: the report is ${reportUnit}'s, the dataset ${datasetUnit}'s (${unitId}); nothing was merged. To add it to this dataset anyway, add --unit-id ${unitId}.`,
    started: (file, year) =>
      `${file}: there was no such file; a new dataset was written, holding ${year} (draft: true until a person has checked every figure and removed that line).`,
    yearGiven: (file, year, stated) =>
      `${file}: taken as the report of ${year}, as --year says${stated === undefined ? ' (the report names no year)' : ` (the report says ${stated})`}`,
    nameFromFile: (name) =>
      `the unit's name "${name}" is taken from the file's name (the report names no unit): check it and give the unit's own name`,
    nameFromText: (name) => `the unit's name "${name}" is taken from the report's text or page (its title names none): check it`,
    dropped: (file, count) => `${file}: ${count} invisible control character${s(count)} (such as NUL) dropped from the report.`,
    toCheck: (field, text, reason) => `To check${field} ${text || '—'}: ${reason}`,
    toCheckCount: (count) => `${count} item${s(count)} to check`,
    yearExists: (file, year) => `${file}: the dataset has ${year} already; --replace replaces it.`,
    added: (file, year) => `${file}: ${year} added (draft: true until a person has checked every figure and removed that line).`,
    cannotWrite: (file, code) =>
      `${file}: cannot be written (${code}); the file is as it was: ${writeReasons[code]?.en ?? 'check the file and the disk and try again'}.`,
    problem: (file, path, text) => `${file}: ${path}: ${text}`,
    ofFile: (file, text) => `${file}: ${text}`,
    warning: (file, path, text) => `${file}: ${path}: warning: ${text}`,
    valid: (file, years, warnings) => `${file}: valid — ${years} year(s)${warnings ? `, ${warnings} warning(s)` : ''}`,
    problems: (file, count) => `${file}: ${count} problem(s)`,
    notInQuote: (value) => `the quoted words do not hold this number (${value}): a figure is only ever a number its report writes`,
    collectionExists: (file) => `${file}: there is such a file already; --replace replaces it.`,
    sameUnitYear: (first, second, year) => `${first} and ${second} are both reports of one unit for ${year}; keep one of them.`,
    unitHeader: (unit, files) => `${unit} (${files}):`,
    comma: ', ',
    collected: (file, units, folder) =>
      `wrote ${file} (${units} unit${s(units)}, draft: true), and each unit's draft dataset and the index in ${folder}/. Check every figure listed above, and give each unit's population.`,
    unitBroken: (unit, where, why) => `${unit}: ${where}: its data cannot be read: ${why}.`,
    unitLeftOut: (unit, where, why) => `${unit}: ${where}: its data cannot be read: ${why}; left out of the index.`,
    unreadable: (kind) => unreadable[kind]?.en ?? 'it could not be read',
    unnamedUnit: (file, path) =>
      `${file}: ${path}: warning: the unit is still named "（待填写）": give its name, or the ranking cannot tell the units apart`,
    sameName: (file, name, ids) =>
      `${file}: warning: ${ids} are all named "${name}": the ranking cannot tell them apart; give each its own name`,
    indexed: (file, folder, units) => `wrote the index ${folder} again from the data of ${units} unit${s(units)} of ${file}.`,
    notFetched: (unit, address) => `${unit}: its dataset ${address} is a web address, which the command does not download; not checked.`,
    staleName: (key, listed, named) => `${key} (${listed}, not ${named})`,
    indexStale: (file, what) =>
      `${file}: the index disagrees with the datasets: ${what}. Run npm run collect -- --index to write it again.`,
    validCollection: (file, units, checked) => `${file}: valid — ${units} unit(s), the datasets of ${checked} checked`,
    wrote: (files) => `wrote ${files.join(' and ')}`,
    unexpected: (message) => `Unexpected error: ${message}. Run again with --debug to see the details, and add them to a bug report.`,
  },
};
