import { PUBLISHER_FIELDS } from './source.js';

/**
 * The unit a report is of, as the report names it: its title (某镇2024年法治政府建设年度报告), else the
 * page's field naming who published it or is responsible for it (发布机构、责任部门), else the body
 * where the unit speaks of itself (2022年，东海镇在市委、市政府的正确领导下，坚持…). A name is kept as the
 * unit is called among its neighbours: 人民政府, 办事处 and the like are not part of it, nor are the
 * city and district a town or a street office lies in (眉山市彭山区公义镇人民政府 → 公义镇).
 */

/** Where the name was read: a person checks one read from the body. */
export type UnitFrom = 'title' | 'field' | 'text';

/** A unit's name as read, where from, and where it stands in the text when read from the body. */
export interface UnitRead {
  name: string;
  from: UnitFrom;
  at?: [number, number];
}

/** What a unit's name ends with: its level (a street office, a town, a township, a county or district) or a department's kind. */
const LEVEL = '(?:街道|镇|乡|区|县|市|局|办|委|中心|所)';
/** Words for the unit's body around its name, which are no part of it. */
const BODY = /(?:人民政府|政府|党委|党工委|办事处)$/;
/**
 * A name that is only a level, a pronoun or a place's generic word (县人民政府, 县委, 区司法局, 我局, 本镇, 全区, 县城区,
 * 城区) names no unit; one that begins with a level's character and goes on to a place of its own (市桥街道, 市中区,
 * 区庄镇) does.
 */
const NO_NAME = /^(?:[县区市镇乡省](?![^县区市镇乡省]+(?:街道|镇|乡|街|区|县)$)|我|本|全|该|各|街道|(?:县城|城|辖|市辖)区$)/;
/**
 * Words of a sentence, which no unit's name holds (二是全面贯彻省市…, 紧紧围绕某区…, 及时调整某镇…): not
 * 和, 与, 为, 对 or 将 alone, which place names hold (仁和镇, 和平镇, 中和街道, 将乐县).
 */
const SENTENCE =
  /[是的及把我]|按照|围绕|调整|完善|贯彻|落实|坚持|推进|推动|促进|助推|助力|带动|切实|扎实|有效|进一步|着力|全面|紧紧|及时|持续|深入|认真|加强|关于|根据|通过|二十大/;
/** 办 after a verb's first character is the verb (高规格举办…, 承办, 督办, 转办), not an office (综治办, 党政办). */
const VERB_BAN = /(?:举|承|主|协|督|交|转|领|代|帮|查|开|创|包|筹|试|合|申|催|分|会|联|接|兴)办$/;

/**
 * The name without the places above it (眉山市彭山区 | 公义镇, 杭州市 | 余杭区): cut after the last place above
 * a town or a street office (or after 人民政府), above a county or district only after a province or city, that
 * leaves two characters or more before the level — 白云区 | 新市街道, 番禺区 | 市桥街道, 济南市 | 市中区, never
 * 新市 | 街道, 番禺区市 | 桥街道 or 济南市市 | 中区.
 */
function ownName(name: string): string {
  const bare = name.replace(BODY, '');
  const town = /(?:街道|镇|乡|街)$/.exec(bare);
  const level = town ?? /[区县]$/.exec(bare);
  if (!level) return bare;
  let own = bare;
  for (const above of bare.matchAll(town ? /人民政府|[省市区县]/g : /[省市]/g)) {
    const rest = bare.slice(above.index + above[0].length);
    if (rest.length - level[0].length >= 2) own = rest;
  }
  return own;
}

/** The unit's name as its neighbours call it, from the words a report names it with; undefined for words that name no unit. */
export function unitName(words: string): string | undefined {
  const name = ownName(words.trim());
  const named = name.length >= 2 && name.length <= 14 && /^[\u4e00-\u9fff]+$/.test(name);
  return named && !NO_NAME.test(name) && !SENTENCE.test(name) && !VERB_BAN.test(name) ? name : undefined;
}

/**
 * The unit a title names, from its words before the year (中共黄湾镇委员会黄湾镇人民政府关于报送 → 黄湾镇,
 * 冷水镇党委冷水镇人民政府关于 → 冷水镇):
 * without what the title does (关于报送, 关于印发…) and without the party committee that sends it
 * with the government; a department as the report calls itself (区司法局); undefined where they
 * name no unit (关于报送我单位).
 */
export function unitOfTitle(words: string): string | undefined {
  const named = words
    .replace(/\s/g, '')
    .replace(/关于(?:报送|上报|呈报|印发|提交)?$/, '')
    .replace(/^(?:中共.+?(?:委员会|党委|党工委)|[\u4e00-\u9fff]{2,16}?(?:党委|党工委))(?=.{2,}(?:人民政府|政府|办事处)$)/, '');
  return unitName(named) ?? (/^[\u4e00-\u9fff]{2,14}(?:局|办|委|中心|所)$/.test(named) && !SENTENCE.test(named) ? named : undefined);
}

/** The page's fields that name the unit. */
const FIELD = new RegExp(`(?:${PUBLISHER_FIELDS}|责任部门|来源)\\s*[:：|]?\\s*\\|?\\s*([\\u4e00-\\u9fff]{2,30})`, 'g');

/**
 * The unit speaking of itself at the start of a sentence: its name (after the year, or after who
 * leads it: 在县委、县政府的正确领导下，; or after what it does to itself: 有效推动) followed by what it did
 * (坚持、深入、认真…) or by the report's subject (法治政府建设).
 */
const SELF = new RegExp(
  `(?:^|[\\n，,。；;：:、\\s])(?:\\d{4}年度?[，,]?\\s*)?(?:在[^，,。\\n]{0,30}[，,]\\s*)?` +
    // What it does to itself goes before its name (有效推动岩山镇法治政府建设…): no part of it.
    '(?:(?:有效|切实|扎实|进一步|持续|不断|全力|着力|大力|积极)?(?:推动|推进|促进|助推|助力|带动))?' +
    `([\\u4e00-\\u9fff]{2,16}?${LEVEL}(?:人民政府|政府|党委|党工委|办事处)?|[\\u4e00-\\u9fff]{2,6}街)` +
    '(?=在|坚持|以|深入|认真|紧紧|全面|始终|围绕|立足|积极|扎实|聚焦|持续|高度|牢固|严格|不断|按照|结合|法治政府建设)',
  'g',
);

/** A line of names that ends in a colon, with no comma: the addressee (中共某县委、某县人民政府：). */
const ADDRESSED = /^[^\n。，,；;]{2,40}[：:][ \t]*$/;

/** The text with the addressee's lines above its first sentence blanked (each place where it was): whom the report is to is not who reports. */
function withoutAddressee(plain: string): string {
  const lines = plain.split('\n');
  const first = lines.findIndex((line) => /[，,。]/.test(line));
  return lines.map((line, i) => (i < first && ADDRESSED.test(line) ? ' '.repeat(line.length) : line)).join('\n');
}

/** A line that is only a government body's name (眉山市彭山区公义镇人民政府), as a page sets its publisher above or below the title. */
const PUBLISHER_LINE = /^[ \t]*([\u4e00-\u9fff]{2,30}(?:人民政府|办事处))[ \t]*$/gm;

/**
 * The unit the body and fields name, and where: a field first, then the name the body speaks of
 * itself with most often, and only where it never does, a line naming the body that publishes the
 * report (the last: a portal's banner, 某区人民政府, stands above a town's report; its signature below).
 */
export function unitInText(plain: string): UnitRead | undefined {
  for (const [, words] of plain.matchAll(FIELD)) {
    const name = /[街道镇乡区县局办委]$/.test(words.replace(BODY, '')) ? unitName(words) : undefined;
    if (name) return { name, from: 'field' };
  }
  // 城中区委全面依法治区委员会： addresses the report, above its first sentence: never the unit speaking.
  const body = withoutAddressee(plain);
  const read = new Map<string, { count: number; at: [number, number] }>();
  for (const match of body.matchAll(SELF)) {
    const name = unitName(match[1]);
    if (!name) continue;
    const start = match.index + match[0].lastIndexOf(match[1]) + match[1].indexOf(name);
    const seen = read.get(name);
    read.set(name, { count: (seen?.count ?? 0) + 1, at: seen?.at ?? [start, start + name.length] });
  }
  let best: [string, { count: number; at: [number, number] }] | undefined;
  for (const entry of read) if (best === undefined || entry[1].count > best[1].count) best = entry;
  if (best) return { name: best[0], from: 'text', at: best[1].at };
  const publisher = [...body.matchAll(PUBLISHER_LINE)]
    .flatMap(({ 0: line, 1: words, index }) => {
      const name = unitName(words);
      // Where the name stands in its line: its words less the places above it and the body's word (人民政府).
      const start = name === undefined ? -1 : index + line.indexOf(name);
      return name === undefined || start < index ? [] : [{ name, at: [start, start + name.length] as [number, number] }];
    })
    .at(-1);
  return publisher && { ...publisher, from: 'text' };
}
