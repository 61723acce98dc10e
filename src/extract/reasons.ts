import type { Lang } from '../i18n/format.js';

/** Why a number of the report is on the check list (待核) rather than in the draft. */
export type Why =
  | 'approximate'
  | 'change'
  | 'other-year'
  | 'several-years'
  | 'part-of-year'
  | 'court-count'
  | 'unpaired'
  | 'rate-mismatch'
  | 'totals-differ'
  | 'batches'
  | 'no-channels'
  | 'no-total'
  | 'channels-above-total'
  | 'attendance'
  | 'kind-twice'
  | 'not-unit-training'
  | 'political-study'
  | 'quoted-kind'
  | 'names-list'
  | 'kinds-together'
  | 'stated-twice'
  | 'lost-above-decided'
  | 'corrected-above-decided'
  | 'not-unit-review'
  | 'legal-adviser'
  | 'subset'
  | 'handled'
  | 'not-received'
  | 'not-heads'
  | 'heads-unnamed'
  | 'rhythm'
  | 'unplaced'
  | 'replaced'
  | 'removed'
  | 'missing-title'
  | 'missing-publisher'
  | 'missing-date'
  | 'year-from-first-lines'
  | 'year-from-field'
  | 'year-from-url'
  | 'year-from-figures'
  | 'unit-from-text';

/**
 * The reasons that say the number is no figure of the place it was found for (批 is no count of
 * cases, 人次 no count of sessions, a part of the count before it, an approximate, changed or other
 * year's number, another body's), or may not be (a figure stated twice with two numbers): a person
 * may still put it there, but nothing offers it first.
 */
export const NOT_THE_FIGURE: ReadonlySet<Why> = new Set<Why>([
  // Stated twice with two numbers: which (if either) is the unit's is for the person to say.
  'stated-twice',
  'kind-twice',
  'approximate',
  'change',
  'other-year',
  'several-years',
  'part-of-year',
  'court-count',
  'batches',
  'attendance',
  'subset',
  'handled',
  'not-received',
  'not-heads',
  'rhythm',
  'not-unit-training',
  'political-study',
  'quoted-kind',
  'not-unit-review',
  'legal-adviser',
  'rate-mismatch',
]);

/** Whether the words a year was read from state it (2022年, 二〇二二年), rather than give it with a date (一年来, 今年以来). */
const statesYear = (text = '') => /(?:\d{4}|[〇零一二三四五六七八九]{4})\s*年/.test(text);

/** The reasons in words, in each language (`label`: the kind of session counted twice, the year inferred; `text`: the words it was read from). */
const words: Record<Lang, Record<Why, (label?: string, text?: string) => string>> = {
  'zh-CN': {
    approximate: () => '约数（约、近、超过、余…）不是确切的数字，未放入数据',
    change: () => '这是变化量（同比、较上年…），不是当年的数字',
    'other-year': () => '这是另一年度的数字',
    'several-years': () => '这是几年合计或跨年度时段的数字（近三年、2022—2024年…），不是本年度的',
    'part-of-year': () => '这是年内部分时段的数字（截至某月、截至目前、上半年…），不是全年的',
    'court-count': () => '这是法院受理、审结的全部行政诉讼案件（以各级机关为被告），不是本单位的应诉数',
    unpaired: () => '受理与化解的件数不成对（缺一，或化解多于受理）',
    'rate-mismatch': () => '所述成功率与受理、化解的件数对不上',
    'totals-differ': () => '信访总量出现了不同的数字',
    batches: () => '“批”计的是批次，不是件数',
    'no-channels': () => '信访总量之后没有找到各渠道的件数',
    'no-total': () => '报告没有写信访总量：这个渠道的件数请核对后再放入',
    'channels-above-total': () => '各渠道的件数加起来多于信访总量',
    attendance: () => '人次是参加人数，不是学习培训的次数',
    'kind-twice': (label) => `“${label}”出现两次，不知取哪一个`,
    'not-unit-training': () => '这不是本单位的学习培训：基层、村（社区）的学习，或面向群众的普法宣传',
    'political-study': () => '这是主题教育、学习教育或“第一议题”的学习，不一定是法治学习，请核对',
    'quoted-kind': (label) => `“${label}”是引号里的名称，可能是活动、口号或面向群众的培训，不一定是本单位的学习培训，请核对`,
    'names-list': () => '学习培训的名称接在一串单位名称之后，可能只写了其中一个，请核对',
    'kinds-together': () => '这个数字是几类合在一起的，报告没有分开写各类各有多少',
    'stated-twice': () => '同一项数字出现了两个不同的值，不知取哪一个',
    'lost-above-decided': () => '败诉的件数多于审结的件数，请核对',
    'corrected-above-decided': () => '纠错的件数多于审结的件数，请核对',
    'not-unit-review': () => '这是村（社区）的审查，不是本单位的合法性审查',
    'legal-adviser': () => '这是法律顾问审查的件数，不一定是本单位的合法性审查，请核对',
    subset: () => '这是前一个数字中的一部分（其中、内含、包括…），不另算一项',
    handled: () => '办理的案件包括上年结转的，不是当年收到的申请或案件数，未放入数据',
    'not-received': () => '数字前的动词（化解、调解…）说的不是收到或审结的案件数，未放入数据',
    'not-heads': () => '这是律师、法律顾问或工作人员的出庭率，不是行政机关负责人出庭应诉率',
    'heads-unnamed': () => '报告没有写明这是谁的出庭应诉率：确是行政机关负责人的，才放入“行政机关负责人出庭应诉率”',
    rhythm: () => '这是频次（每周、每月…），不是全年的次数，未放入数据',
    unplaced: () => '未放入数据的数字',
    replaced: (label) => `采用时被替换下来的数字（原在“${label}”），可放到别处或忽略`,
    removed: (label) => `删除的数字（原在“${label}”），可放回、放到别处或忽略`,
    'missing-title': () => '未找到标题，请填写',
    'missing-publisher': () => '未找到发布机构，请填写',
    'missing-date': () => '未找到成文日期，请填写',
    'year-from-first-lines': (year, text) =>
      statesYear(text)
        ? `未从标题读到年度：按报告开头的“${text}”定为${year}年度，请核对`
        : `未从标题读到年度：按报告开头的“${text}”和页面的日期推断为${year}年度，请核对`,
    'year-from-field': (year) => `标题和开头都未写年度：按页面的日期推断为${year}年度（上半年发布的，为上一年度），请核对`,
    'year-from-url': (year) => `报告未写年度：按页面网址中的日期推断为${year}年度（上半年发布的，为上一年度），请核对`,
    'year-from-figures': (year) => `报告未写年度：按多数数字所属的年份推断为${year}年度，请核对`,
    'unit-from-text': (_, text) => `标题未写单位：按正文的“${text}”填写了单位名称，请核对`,
  },
  en: {
    approximate: () => 'An approximate figure (约, 近, 超过, 余…) is no exact count: left out',
    change: () => 'A change (同比, 较上年…), not the year’s figure',
    'other-year': () => 'A figure of another year',
    'several-years': () => 'A count of several years, or of a span across two (近三年, 2022—2024年…): not the year’s',
    'part-of-year': () => 'A count for part of the year only (截至…月, 目前, 上半年…), not the whole year’s',
    'court-count': () => 'The courts’ count of every lawsuit against government bodies, not the unit’s own lawsuits',
    unpaired: () => 'Cases accepted and resolved do not pair (one is missing, or more resolved than accepted)',
    'rate-mismatch': () => 'The stated rate does not match the cases accepted and resolved',
    'totals-differ': () => 'The petitions total is given with different numbers',
    batches: () => 'Batches (批) count groups of visitors, not cases',
    'no-channels': () => 'No channel counts follow the petitions total',
    'no-total': () => 'The report states no petitions total: check this channel’s count before putting it in',
    'channels-above-total': () => 'The channels add up to more than the total',
    attendance: () => 'Attendance (人次) counts people, not sessions',
    'kind-twice': (label) => `“${label}” is counted twice: which count is the year’s?`,
    'not-unit-training': () => 'Not the unit’s own study or training: grass-roots or village sessions, or publicity for the public',
    'political-study': () =>
      'Study for a campaign of political education (主题教育, 学习教育, 第一议题): perhaps no study of the law; check it',
    'quoted-kind': (label) =>
      `“${label}” is a name in quotes: perhaps a campaign, a slogan or training held for the public, not the unit’s own; check it`,
    'names-list': () => 'The session’s name follows a list of names and may carry only one of them: check it',
    'kinds-together': () => 'Several kinds counted together: the report does not say how many of each',
    'stated-twice': () => 'The same figure is given with two different numbers: which is it?',
    'lost-above-decided': () => 'More lawsuits lost than decided: check them',
    'corrected-above-decided': () => 'More reconsiderations corrected than decided: check them',
    'not-unit-review': () => 'A village’s or community’s review, not the unit’s own legality review',
    'legal-adviser': () => 'Reviewed by the legal adviser: perhaps not the unit’s own legality review; check it',
    subset: () => 'Part of the count before it (其中, 内含, 包括…): not a count of its own',
    handled: () => 'Cases handled (办理) include those carried over from the year before: not those received; left out',
    'not-received': () => 'The verb before it (化解, 调解…) counts no cases received or decided: left out',
    'not-heads': () => 'The rate of lawyers, legal advisers or staff in court, not of agency heads',
    'heads-unnamed': () => 'The report does not say whose rate in court this is: put it in as the agency heads’ rate only if it is theirs',
    rhythm: () => 'A rhythm (每周, 每月…: every week, every month), not the year’s count; left out',
    unplaced: () => 'A number not used in the data',
    replaced: (label) => `Taken out of “${label}” when another number was put there: put it elsewhere or dismiss it`,
    removed: (label) => `Removed from “${label}”: put it back, elsewhere, or dismiss it`,
    'missing-title': () => 'No title found: fill it in',
    'missing-publisher': () => 'No publisher found: fill it in',
    'missing-date': () => 'No date found: fill it in',
    'year-from-first-lines': (year, text) =>
      statesYear(text)
        ? `No year read from a title: ${year} is taken from the report’s opening words (“${text}”): check it`
        : `No year read from a title: ${year} is inferred from the report’s opening words (“${text}”) and the page’s date: check it`,
    'year-from-field': (year) =>
      `Neither the title nor the opening names the year: ${year} is inferred from the page’s date (published in the first half of a year: the year before): check it`,
    'year-from-url': (year) =>
      `The report names no year: ${year} is inferred from the date in the page’s address (published in the first half of a year: the year before): check it`,
    'year-from-figures': (year) => `The report names no year: ${year} is the year most of its figures are stated for: check it`,
    'unit-from-text': (_, text) => `No unit read from a title: “${text}” is taken from the report’s text: check it`,
  },
};

/** Said for a reason code this version does not know (an item kept by another version of the editor). */
const unknown: Record<Lang, string> = { 'zh-CN': '需要核对', en: 'To be checked' };

/** Why an item is on the check list, in `lang`. */
export const reasonText = ({ why, label, text }: { why: Why; label?: string; text?: string }, lang: Lang): string =>
  Object.hasOwn(words[lang], why) ? words[lang][why](label, text) : unknown[lang];
