import type { Lang } from '../../i18n/format.js';
import { type Messages, messages } from '../../i18n/messages.js';

/**
 * Every word of the dataset editor, in each language: its own catalogue, as a section has, so that
 * the bundle portals load carries none of it.
 */
export interface EditorMessages {
  title: string;
  /** What the tool does, and that nothing leaves the browser. */
  intro: string;
  /** Starts over: forgets the text, the figures and the check list. */
  clear: string;
  /** Asked before starting over. */
  clearAsk: string;
  report: {
    /** Asked before extracting again over figures a person may have edited. */
    again: string;
    heading: string;
    paste: string;
    /** The file input: a `.txt` or `.html` report. */
    file: string;
    /** The optional year, for a report whose title names none. */
    year: string;
    /** The unit's id, used in the file name: "dongcheng-street". */
    unitId: string;
    extract: string;
    /** Nothing to extract from. */
    empty: string;
    /** The extractor gave up, with its reason. */
    failed: (reason: string) => string;
    fileFailed: (name: string) => string;
    /** A file or a pasted text over the limit: refused before it is read. Sizes as `size` writes them. */
    tooLarge: (name: string, size: string, limit: string) => string;
    pasteTooLarge: (size: string, limit: string) => string;
    /** A size in bytes, for people: "52.4 MB". */
    size: (bytes: number) => string;
    /** A file in Big5, or no text at all: refused before extraction. */
    big5: (name: string) => string;
    binary: (name: string) => string;
    /** Nothing in the report names its year, and none was typed. */
    noYear: string;
    /** The report holds no words once read (blanks, control characters, markup only), or the file opened none. */
    emptyText: string;
    emptyFile: (name: string) => string;
    /** A dataset file (the extractor's draft, a town's dataset) opened as the report. */
    datasetFile: (name: string) => string;
    /** A JSON file that is neither a work file nor a dataset, opened as the report. */
    jsonFile: (name: string) => string;
    /** Stray characters (NUL and other controls…) the report's text had: dropped. */
    dropped: (count: number) => string;
    /** Asked before a work file opened replaces the work on the page. */
    openWorkAsk: string;
    /** Above the report as read, its figures' words marked. */
    text: string;
    /** How the marks and the quotes lead to each other. */
    hint: string;
  };
  figures: {
    heading: string;
    /** Column heads. */
    item: string;
    value: string;
    quote: string;
    /** Headings of the table's first groups (each report section's heading is its own). */
    groups: { unit: string; source: string };
    /** The names of the fixed rows. */
    rows: {
      unitId: string;
      unitName: string;
      year: string;
      title: string;
      publisher: string;
      date: string;
      indexNo: string;
      /** The page's address. */
      url: string;
    };
    /** The fields of a row, naming where a problem is: its value, the report's words, its name, its id. */
    fields: { value: string; quote: string; label: string; id: string };
    /** An item of a list, naming where a problem is: by its label, else by its place (第1个渠道); `note` is its kind (渠道). */
    itemAt: (place: number, label: string, note?: string) => string;
    /** Said in a section's rows when the report gave none of its figures. */
    sectionNone: string;
    /** Adding a figure to a section by hand: the select's label, its first choice, and the button. */
    addField: string;
    addChoose: string;
    add: string;
    /** Takes a row out (a figure or an item added, or read). */
    remove: string;
    removeOf: (name: string) => string;
    /** The label of a quote's field (a figure added by hand): "报告原文：信访总量". */
    quoteOf: (name: string) => string;
    /** Where the year was read, beside it: the title, the opening, the page's date or address, the figures, or given when extracting. */
    yearRead: (from: 'title' | 'first-lines' | 'field' | 'url' | 'figures' | 'option', words: string) => string;
    /** The label of an item's name field for assistive technology: "名称：人民建议征集". */
    nameOf: (name: string) => string;
    /** The label of a value field: "数值：信访总量". */
    valueOf: (name: string) => string;
    /** After a rate's field. */
    percent: string;
    /** A row's quote that is not in the report's text. */
    notInText: string;
    /** A figure whose value its quoted words do not hold: no figure of the report. */
    notInQuote: (value: string) => string;
    /** Said on a quote's button: shows it in the report. */
    showQuote: string;
    /** The button beside a quote found in the report, to type it anew. */
    editQuote: string;
    editQuoteOf: (name: string) => string;
    /** Nothing extracted yet. */
    none: string;
  };
  /** The check list (待核): the numbers a person decides on. */
  toCheck: {
    heading: string;
    /** Nothing left to check. */
    empty: string;
    sentence: string;
    /** Where an item goes: the select's label, and its first choice. */
    target: string;
    choose: string;
    /** The name of a new item. */
    newName: string;
    /** Under 采用 while a new kind has no name. */
    nameFirst: string;
    accept: string;
    dismiss: string;
    /** 忽略 for the year or the unit's name the extractor inferred: the person checked it. */
    confirmed: string;
    /** A number that is no whole count or percentage: it cannot be a figure. */
    noFigure: string;
    /** An approximate number (20余次), which no figure may hold. */
    approximate: string;
    /** A field with no number (the title, the date): filled in in the table. */
    fillIn: string;
    /** The year inferred: checked, and changed if need be, in the table. */
    checkYear: string;
    /** The unit's name read from the body: checked, and changed if need be, in the table. */
    checkUnit: string;
    /** Taking the number where chosen leaves these problems (a channel with no petitions total): said before it is taken. */
    wouldBreak: (problems: string[]) => string;
    /** Taking it would replace the figure there: its value and its words. */
    wouldReplace: (value: string, quote: string) => string;
    /** A place chosen for a number its reason says may be no such figure: the reason, again, by the 采用 button. */
    doubted: (reason: string) => string;
  };
  preview: {
    heading: string;
    /** Shown in place of the preview while the dataset has problems. */
    invalid: (count: number) => string;
  };
  problems: {
    heading: string;
    none: string;
    /** No problem, but items of the check list not dealt with or fields still to fill in (counts; either may be 0). */
    open: (items: number, unfilled: number) => string;
    /** A value left empty. */
    noValue: string;
  };
  save: {
    heading: string;
    /** The box that removes `draft`: every figure checked against the report. */
    checked: string;
    /** Why it cannot be ticked: fields still hold what the extractor writes where the page gives nothing. */
    unfilled: (names: string[]) => string;
    /** The year or unit name inferred and not yet confirmed, said where 已逐项核对 is refused for it. */
    unconfirmed: (names: string[]) => string;
    /** Numbers of the check list not dealt with yet, said beside 已逐项核对 (which they do not refuse). */
    openItems: (count: number) => string;
    download: string;
    /** Why the buttons are off. */
    blocked: string;
    merge: string;
    mergeFile: string;
    replace: string;
    /** The dataset opened has the year already, and replacing is not ticked. */
    yearExists: (year: number) => string;
    /** The dataset opened is no dataset. */
    mergeInvalid: string;
    /** The file opened is no JSON at all. */
    notJson: string;
    /** The report is another unit's than the dataset opened: asked before merging, and said when told no. */
    otherUnitAsk: (reportUnit: string, datasetUnit: string) => string;
    otherUnit: (reportUnit: string, datasetUnit: string) => string;
    /** Once a file is saved: its name. */
    saved: (name: string) => string;
  };
  /** Where the work is kept between visits: shown once it has been kept. */
  kept: string;
  /** Keeping the work in this browser, and what to do when it cannot be. */
  storage: {
    /** Storage is full: the last change was not kept; `copies`: copies kept below may be deleted to make room. */
    full: (copies: boolean) => string;
    /** The page may not keep anything (a private window, a setting). */
    refused: string;
    /** Saves the work as a file, which the report's file field opens again. */
    downloadWork: string;
    /** Another tab saved work since this page last loaded or saved it. */
    conflict: string;
    loadTheirs: string;
    keepCopy: string;
    /** Said after a choice, or when an empty page took another tab's work. */
    loadedTheirs: string;
    copyKept: string;
    copyFailed: string;
    /** Copies of work kept aside in this browser. */
    copies: string;
    /** A copy's name: when it was kept, and its unit and year where it has them. */
    copyName: (time: Date, what: string) => string;
    loadCopy: string;
    downloadCopy: string;
    removeCopy: string;
    removeCopyAsk: string;
    /** Stored work this version could not read (wholly or in part), kept aside. */
    setAside: string;
    downloadSetAside: string;
    removeSetAside: string;
  };
}

const plural = (count: number, word: string) => `${word}${count === 1 ? '' : 's'}`;

export const editorMessages: Record<Lang, EditorMessages> = {
  'zh-CN': {
    title: '从年度报告生成数据集',
    intro: '粘贴报告全文或打开报告文件，提取数据后逐项与原文核对，再下载数据集。所有内容只保存在本浏览器中，不会发送到任何地方。',
    clear: '清空',
    clearAsk: '清空后，报告、数据和所作的修改都会从本页和本浏览器中删除，继续吗？',
    report: {
      again: '重新提取会替换表格中的数据和已作的修改，继续吗？',
      heading: '报告原文',
      paste: '粘贴报告全文',
      file: '或打开报告文件（.txt、.html）或进度文件（.json）',
      year: '年度（报告标题未写明年份时填写）',
      unitId: '单位代码（小写字母、数字和连字符，用于文件名，例如 dongcheng-street）',
      extract: '提取数据',
      empty: '请先粘贴报告全文或打开报告文件。',
      failed: (reason) => `无法提取数据：${reason}`,
      fileFailed: (name) => `无法读取文件“${name}”。`,
      tooLarge: (name, size, limit) =>
        `文件“${name}”有 ${size}，超过 ${limit} 的上限，未读取。一年的报告通常只有几十 KB：请确认选对了文件，或只保留报告正文。`,
      pasteTooLarge: (size, limit) => `粘贴的内容有 ${size}，超过 ${limit} 的上限，未提取。请只粘贴报告正文。`,
      size: (bytes) => `${Number((bytes / 1024 / 1024).toFixed(1))} MB`,
      big5: (name) => `文件“${name}”是繁体中文的 Big5 编码，无法正确读取。请用文本编辑器另存为 UTF-8 编码，或复制全文粘贴到上面。`,
      binary: (name) =>
        `文件“${name}”不是文本文件（可能是 PDF、Word 文档或图片）。请另存为纯文本（.txt）或网页（.html），或复制报告全文粘贴到上面。`,
      noYear: '报告的标题、开头、日期和网址中都找不到年份。请在“年度”中填写后再提取。',
      emptyText: '报告是空的，没有可以提取的文字。请粘贴报告全文，或打开报告文件。',
      emptyFile: (name) => `文件“${name}”是空的，没有可以提取的文字。请确认选对了文件。`,
      datasetFile: (name) =>
        `“${name}”是数据集文件，不是报告：请打开报告本身（.txt、.html）或粘贴报告全文；提取后，可在“保存”一步把这一年度合并到这个数据集。`,
      jsonFile: (name) => `“${name}”是 JSON 文件，不是报告，也不是本编辑器保存的进度文件：请打开报告本身（.txt、.html）或粘贴报告全文。`,
      dropped: (count) => `报告中有 ${count} 个不可见的控制字符（如 NUL），已删除。`,
      openWorkAsk: '打开进度文件会替换本页当前的报告和数据，继续吗？',
      text: '报告原文（已提取数据的原文已标出）',
      hint: '点击原文中标出的文字，可找到对应的数据行；点击数据行中的原文，可在报告中找到它。',
    },
    figures: {
      heading: '提取的数据',
      item: '项目',
      value: '数值',
      quote: '报告原文',
      groups: { unit: '单位', source: '报告来源' },
      rows: {
        unitId: '单位代码',
        unitName: '单位名称',
        year: '年度',
        title: '报告标题',
        publisher: '发布机构',
        date: '成文日期（YYYY-MM-DD）',
        indexNo: '索引号',
        url: '网址',
      },
      fields: { value: '数值', quote: '报告原文', label: '名称', id: '代码' },
      itemAt: (place, label, note) => (label ? `${note ?? ''}“${label}”` : `第${place}个${note ?? '项目'}`),
      sectionNone: '报告未列出这一部分的数据。',
      addField: '添加数据',
      addChoose: '选择要添加的数据…',
      add: '添加',
      remove: '删除',
      removeOf: (name) => `删除：${name}`,
      quoteOf: (name) => `报告原文：${name}`,
      yearRead: (from, words) =>
        ({
          title: '读自报告标题',
          'first-lines': `按报告开头推断：${words}`,
          field: `按页面日期推断：${words}`,
          url: `按页面网址推断：${words}`,
          figures: `按多数数字所属的年份推断：${words}`,
          option: '提取时填写',
        })[from],
      nameOf: (name) => `名称：${name}`,
      valueOf: (name) => `数值：${name}`,
      percent: '%',
      notInText: '报告原文中找不到这段文字',
      notInQuote: (value) => `引用的报告原文中没有这个数字（${value}）：数据只能取原文写明的数字`,
      showQuote: '在报告中找到这段文字',
      editQuote: '修改',
      editQuoteOf: (name) => `修改“${name}”的报告原文`,
      none: '尚未提取数据。',
    },
    toCheck: {
      heading: '待核对的数字',
      empty: '没有待核对的数字。',
      sentence: '所在句子',
      target: '放入',
      choose: '选择放入位置…',
      newName: '名称',
      nameFirst: '填写名称后才能采用。',
      accept: '采用',
      dismiss: '忽略',
      confirmed: '核对无误',
      noFigure: '这不是整数件数或百分比，不能作为数据，只能忽略。',
      approximate: '约数不是确切的数字，不能放入数据，只能忽略；报告如另有确切数字，请按那一句填写。',
      fillIn: '请在上面的数据表中填写。',
      checkYear: '请在上面的数据表中核对年度，需要时修改。',
      checkUnit: '请在上面的数据表中核对单位名称，需要时修改。',
      wouldBreak: (problems) => `采用后数据还会有问题：${problems.join('；')}。可以在上面的数据表中补上，或删除这一行。`,
      wouldReplace: (value, quote) => `采用将替换这里已有的数字 ${value}（“${quote}”）。`,
      doubted: (reason) => `请先对照原文确认：${reason}。只有确是本单位本年度的这一项，才采用。`,
    },
    preview: {
      heading: '预览',
      invalid: (count) => `数据有 ${count} 处问题，改正后显示预览。`,
    },
    problems: {
      heading: '检查',
      none: '未发现问题。',
      open: (items, unfilled) =>
        `数据本身未发现问题。${[items ? `核对清单上还有 ${items} 项未处理` : '', unfilled ? `还有 ${unfilled} 项待填写` : ''].filter(Boolean).join('，')}。`,
      noValue: '缺少数值',
    },
    save: {
      heading: '保存',
      checked: '已逐项核对：每个数字都已与报告原文对照',
      unfilled: (names) => `还有待填写的项目（${names.join('、')}），填写后才能标为已逐项核对。`,
      unconfirmed: (names) => `${names.join('、')}是推断的：请先在数据表中核对，再在核对清单上点“核对无误”，才能标为已逐项核对。`,
      openItems: (count) => `核对清单上还有 ${count} 项未处理。可以勾选“已逐项核对”，但未处理的数字不会放入数据：需要的，请先放入。`,
      download: '下载数据集',
      blocked: '数据有问题，改正后才能下载。',
      merge: '合并到已有数据集',
      mergeFile: '已有数据集（.json）',
      replace: '替换已有的同一年度',
      yearExists: (year) => `已有数据集中已有 ${year} 年；如要替换，请勾选“替换已有的同一年度”。`,
      mergeInvalid: '所选文件不是有效的数据集：',
      notJson: '所选文件不是数据集：它不是 JSON 格式的数据文件，请选择下载的数据集（.json）。',
      otherUnitAsk: (reportUnit, datasetUnit) =>
        `报告的单位是${reportUnit}，所选数据集的单位是${datasetUnit}。仍要把这一年度合并到${datasetUnit}的数据集吗？`,
      otherUnit: (reportUnit, datasetUnit) => `未合并：报告的单位是${reportUnit}，所选数据集的单位是${datasetUnit}。`,
      saved: (name) => `已下载 ${name}。`,
    },
    kept: '进度自动保存在本浏览器中，刷新页面不会丢失。',
    storage: {
      full: (copies) =>
        `本浏览器中本网站的存储空间已满（本网站的其他页面也使用这部分空间），刚才的修改没有保存，刷新页面会丢失。请先下载进度文件保存到电脑上；${copies ? '删除下方另存的副本，或' : ''}在浏览器设置中清除本网站的数据后，会继续自动保存。`,
      refused: '本浏览器不允许本页保存内容（可能是无痕窗口或浏览器设置），刷新页面会丢失修改。请下载进度文件保存到电脑上。',
      downloadWork: '下载进度文件',
      conflict: '另一个标签页保存了新的内容。为免互相覆盖，本页的修改暂不保存。请选择：',
      loadTheirs: '载入另一个标签页的内容（放弃本页的修改）',
      keepCopy: '把本页内容另存为副本，再载入另一个标签页的内容',
      loadedTheirs: '已载入另一个标签页保存的内容。',
      copyKept: '本页原来的内容已另存为副本，见下方“本浏览器中另存的副本”。',
      copyFailed: '存储空间已满，无法另存副本。请先下载进度文件。',
      copies: '本浏览器中另存的副本',
      copyName: (time, what) => `${time.toLocaleString('zh-CN')} 另存${what ? `（${what}）` : ''}`,
      loadCopy: '载入',
      downloadCopy: '下载',
      removeCopy: '删除',
      removeCopyAsk: '删除这份副本？删除后无法恢复。',
      setAside: '本浏览器中保存的进度有无法读取的内容（可能来自其他版本的编辑器）：能读取的部分已载入，原来的内容另外保存着。',
      downloadSetAside: '下载原来的内容',
      removeSetAside: '删除原来的内容',
    },
  },
  en: {
    title: 'From an annual report to a dataset',
    intro:
      'Paste the report or open its file, extract the figures, check each against the report, then download the dataset. Everything stays in this browser; nothing is sent anywhere.',
    clear: 'Start over',
    clearAsk: 'Start over? The report, the figures and your edits are forgotten, here and in this browser.',
    report: {
      again: 'Extracting again replaces the figures in the table and your edits. Go on?',
      heading: 'The report',
      paste: 'Paste the whole report',
      file: 'or open the report file (.txt, .html) or a work file (.json)',
      year: 'Year (when the report’s title names none)',
      unitId: 'Unit id (lower-case letters, digits and hyphens, for the file name, e.g. dongcheng-street)',
      extract: 'Extract the figures',
      empty: 'Paste the report or open its file first.',
      failed: (reason) => `The figures could not be extracted: ${reason}`,
      fileFailed: (name) => `The file "${name}" could not be read.`,
      tooLarge: (name, size, limit) =>
        `The file "${name}" is ${size}, over the limit of ${limit}; it was not read. A year's report is tens of kilobytes: check that this is the right file, or keep only the report's text.`,
      pasteTooLarge: (size, limit) =>
        `What is pasted is ${size}, over the limit of ${limit}; nothing was extracted. Paste only the report's text.`,
      size: (bytes) => `${Number((bytes / 1024 / 1024).toFixed(1))} MB`,
      big5: (name) =>
        `The file "${name}" is in Big5 (traditional Chinese), which is not read. Save it as UTF-8 in a text editor, or paste its text above.`,
      binary: (name) =>
        `The file "${name}" is not a text file (a PDF, a Word document or a picture?). Save it as plain text (.txt) or a web page (.html), or paste the report's text above.`,
      noYear: 'The report names its year nowhere (not in its title, first lines, dates or address). Fill in the year, then extract.',
      emptyText: 'The report is empty: it holds no words to extract. Paste the whole report, or open its file.',
      emptyFile: (name) => `The file "${name}" is empty: it holds no words to extract. Check that this is the right file.`,
      datasetFile: (name) =>
        `"${name}" is a dataset file, not a report: open the report itself (.txt, .html) or paste its text; once it is extracted, the Save step can add the year to this dataset.`,
      jsonFile: (name) =>
        `"${name}" is a JSON file, neither a report nor a work file this editor saved: open the report itself (.txt, .html) or paste its text.`,
      dropped: (count) => `${count} invisible control character${count === 1 ? '' : 's'} (such as NUL) dropped from the report.`,
      openWorkAsk: 'Opening the work file replaces the report and the figures on this page. Go on?',
      text: 'The report (the words of each figure are marked)',
      hint: 'Click marked words in the report to find their row; click the words in a row to find them in the report.',
    },
    figures: {
      heading: 'The figures',
      item: 'Item',
      value: 'Value',
      quote: 'Report’s words',
      groups: { unit: 'Unit', source: 'Source' },
      rows: {
        unitId: 'Unit id',
        unitName: 'Unit name',
        year: 'Year',
        title: 'Report title',
        publisher: 'Publisher',
        date: 'Date (YYYY-MM-DD)',
        indexNo: 'Index number',
        url: 'Address',
      },
      fields: { value: 'value', quote: 'report’s words', label: 'name', id: 'id' },
      itemAt: (place, label, note) => (label ? `${note ? `${note} ` : ''}“${label}”` : `${note ?? 'item'} ${place}`),
      sectionNone: 'The report gives none of these figures.',
      addField: 'Add a figure',
      addChoose: 'Choose a figure to add…',
      add: 'Add',
      remove: 'Remove',
      removeOf: (name) => `Remove: ${name}`,
      quoteOf: (name) => `Report’s words: ${name}`,
      yearRead: (from, words) =>
        ({
          title: 'Read from the title',
          'first-lines': `Inferred from the opening: ${words}`,
          field: `Inferred from the page’s date: ${words}`,
          url: `Inferred from the page’s address: ${words}`,
          figures: `Inferred from the year most figures are for: ${words}`,
          option: 'Given when extracting',
        })[from],
      nameOf: (name) => `Name: ${name}`,
      valueOf: (name) => `Value: ${name}`,
      percent: '%',
      notInText: 'These words are not in the report',
      notInQuote: (value) => `The quoted words do not hold this number (${value}): a figure can only be a number the report writes`,
      showQuote: 'Find these words in the report',
      editQuote: 'Edit',
      editQuoteOf: (name) => `Edit the report’s words for “${name}”`,
      none: 'Nothing extracted yet.',
    },
    toCheck: {
      heading: 'Numbers to check',
      empty: 'No numbers left to check.',
      sentence: 'Sentence',
      target: 'Put into',
      choose: 'Choose where…',
      newName: 'Name',
      nameFirst: 'Fill in a name to accept it.',
      accept: 'Accept',
      dismiss: 'Dismiss',
      confirmed: 'Confirmed',
      noFigure: 'Not a whole count or a percentage: it cannot be a figure, only dismissed.',
      approximate:
        'An approximate number is no exact count: it cannot go into the data, only be dismissed. Where the report gives an exact number, fill it in from that sentence.',
      fillIn: 'Fill it in in the table above.',
      checkYear: 'Check the year in the table above, and change it if need be.',
      checkUnit: 'Check the unit’s name in the table above, and change it if need be.',
      wouldBreak: (problems) =>
        `Taken here, the data would still have problems: ${problems.join('; ')}. Fill them in in the table above, or remove the row.`,
      wouldReplace: (value, quote) => `Taken here, it replaces the number there now, ${value} (“${quote}”).`,
      doubted: (reason) => `Check it against the report first: ${reason}. Take it only if it is this figure of the unit’s, for this year.`,
    },
    preview: {
      heading: 'Preview',
      invalid: (count) => `The data has ${count} ${plural(count, 'problem')}; the preview shows once they are put right.`,
    },
    problems: {
      heading: 'Check',
      none: 'No problems found.',
      open: (items, unfilled) =>
        `No problems in the data itself. ${[items ? `${items} on the check list not dealt with yet` : '', unfilled ? `${unfilled} to fill in` : ''].filter(Boolean).join(', ')}.`,
      noValue: 'no value',
    },
    save: {
      heading: 'Save',
      checked: 'Checked: every figure compared with the report',
      unfilled: (names) => `Fill in ${names.join(', ')} first: a dataset with a field still to fill in cannot be marked checked.`,
      unconfirmed: (names) =>
        `${names.join(', ')} ${names.length > 1 ? 'were' : 'was'} inferred: check in the table, then press Confirmed on the check list, before marking the figures checked.`,
      openItems: (count) =>
        `${count} on the check list not dealt with yet. The figures may be marked checked, but numbers not dealt with stay out of the data: place those needed first.`,
      download: 'Download the dataset',
      blocked: 'The data has problems; put them right to download.',
      merge: 'Merge into an existing dataset',
      mergeFile: 'Existing dataset (.json)',
      replace: 'Replace the same year if it has it',
      yearExists: (year) => `The existing dataset has ${year} already; tick "Replace the same year" to replace it.`,
      mergeInvalid: 'The file chosen is not a valid dataset:',
      notJson: 'The file chosen is no dataset: it is not a JSON data file. Choose a downloaded dataset (.json).',
      otherUnitAsk: (reportUnit, datasetUnit) =>
        `The report is ${reportUnit}'s, the dataset chosen ${datasetUnit}'s. Merge this year into ${datasetUnit}'s dataset all the same?`,
      otherUnit: (reportUnit, datasetUnit) => `Not merged: the report is ${reportUnit}'s, the dataset chosen ${datasetUnit}'s.`,
      saved: (name) => `Downloaded ${name}.`,
    },
    kept: 'Your work is kept in this browser as you go; reloading the page keeps it.',
    storage: {
      full: (copies) =>
        `This site’s storage in this browser is full (the site’s other pages use the same space): your last change was not kept, and reloading the page loses it. Download the work file to keep it on this computer; once ${copies ? 'the copies kept below are deleted, or ' : ''}this site’s data is cleared in the browser’s settings, your work is kept again.`,
      refused:
        'This browser does not let the page keep anything (a private window, or a setting): reloading the page loses your changes. Download the work file to keep it on this computer.',
      downloadWork: 'Download the work file',
      conflict: 'Another tab has saved newer work. So that neither overwrites the other, changes here are not kept for now. Choose:',
      loadTheirs: 'Load the other tab’s work (drop the changes here)',
      keepCopy: 'Keep the work here as a copy, then load the other tab’s work',
      loadedTheirs: 'The work another tab saved is loaded.',
      copyKept: 'The work that was here is kept as a copy: see “Copies kept in this browser” below.',
      copyFailed: 'Storage is full: no copy could be kept. Download the work file first.',
      copies: 'Copies kept in this browser',
      copyName: (time, what) => `Kept ${time.toLocaleString('en')}${what ? ` (${what})` : ''}`,
      loadCopy: 'Load',
      downloadCopy: 'Download',
      removeCopy: 'Delete',
      removeCopyAsk: 'Delete this copy? It cannot be brought back.',
      setAside:
        'The work kept in this browser has parts this version cannot read (from another version of the editor?): what could be read is loaded, and the work as it was is kept aside.',
      downloadSetAside: 'Download the work as it was',
      removeSetAside: 'Delete the work as it was',
    },
  },
};

/** The general catalogue with the editor's words, in one language. */
export type EditorVoice = Messages & { editor: EditorMessages };

const voices = new Map<Lang, EditorVoice>();

/** Made once per language: the editor asks for it on every render. */
export function editorVoice(lang: Lang): EditorVoice {
  let voice = voices.get(lang);
  if (!voice) {
    voice = { ...messages[lang], editor: editorMessages[lang] };
    voices.set(lang, voice);
  }
  return voice;
}
