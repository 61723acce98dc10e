import { parseNumber } from '../../data/numerals.js';
import type { Extracted, Reading } from '../../extract/found.js';
import { idOf } from '../../extract/words.js';
import type { Platform } from './schema.js';

/**
 * The grassroots governance platforms where the report lists them after naming them (基层智治“四平台”,
 * 即综治工作、市场监管、综合执法、便民服务; 四个平台：…): each platform by its name, all quoted by the
 * words from the naming to the end of the list. The first list counts; the same list for next year's
 * plans does not.
 */
export function extract({ text, plain, clauses }: Reading): Extracted<Platform[]> {
  for (let i = 0; i < clauses.length; i++) {
    const clause = clauses[i];
    const naming = plain.slice(clause.start, clause.end);
    const named = /[“"]?(?<count>[一二三四五六七八九十\d]+)(?:个)?平台/.exec(naming);
    if (!named?.groups) continue;
    // The list follows: 即A、B、C、D (clauses split at 、), in this sentence.
    const list: string[] = [];
    let end = clause.end;
    for (let j = i + 1; j < clauses.length && clauses[j].sentence.start === clause.sentence.start; j++) {
      const written = plain.slice(clauses[j].start, clauses[j].end);
      // The list is announced (即、包括、分别为, or a colon after the naming), never any words that follow.
      if (j === i + 1 && !/^.*?(?:即|包括|分别为|分别是)/.test(written) && plain[clause.end] !== ':') break;
      const name = written.replace(/^.*?(?:即|包括|分别为|分别是)/, '');
      if (!/^[\u4e00-\u9fa5]{2,8}$/.test(name)) break;
      list.push(text.slice(clauses[j].end - name.length, clauses[j].end));
      end = clauses[j].end;
      if (plain[clauses[j].end] !== '、') break;
    }
    // As many as the naming says.
    if (list.length < 2 || list.length !== parseNumber(named.groups.count)) continue;
    const quote = text.slice(clause.start, end);
    return { data: list.map((label) => ({ id: idOf(label), label, quote })), placed: [], toCheck: [] };
  }
  return { placed: [], toCheck: [] };
}
