/**
 * The editor's kept work read back: this version keeps its check list as `toCheck`; earlier ones
 * kept it as `review`, and what they kept is read the same.
 */
import { describe, expect, it } from 'vitest';
import { emptyWork, readWork, workFileText, workOfFile } from '../../src/elements/fz-editor/work.js';
import type { ToCheckItem } from '../../src/extract/extract.js';

const item: ToCheckItem = {
  kind: 'unplaced',
  text: '四个',
  why: 'unplaced',
  sentence: '四个平台建设',
  quote: '四个平台建设',
  at: [3, 5],
  value: 4,
};

describe('readWork', () => {
  it('reads the check list kept as toCheck', () => {
    const read = readWork({ ...emptyWork(), report: '某镇', toCheck: [item] });
    expect(read).toEqual({ work: { ...emptyWork(), report: '某镇', toCheck: [item] }, whole: true });
  });

  it('reads work an earlier version kept, its check list under the old name review', () => {
    const read = readWork({ report: '某镇', year: '', unitId: '', text: '', review: [item], checked: false });
    expect(read?.work.toCheck).toEqual([item]);
    expect(read?.whole).toBe(true);
    expect(read?.work).not.toHaveProperty('review');
  });

  it('reads the choices not yet taken: none in work kept before they were kept, and says so of choices it cannot read', () => {
    const choices = { [`${item.kind}:3`]: { target: 'years[0].platforms', name: '平台' } };
    const adding = { petitions: { target: 'new:petitions.channels', name: '微信' } };
    expect(readWork({ ...emptyWork(), choices, adding })).toEqual({ work: { ...emptyWork(), choices, adding }, whole: true });
    const earlier = readWork({ report: '某镇', year: '', unitId: '', text: '', toCheck: [item], checked: false });
    expect(earlier).toEqual({ work: { ...emptyWork(), report: '某镇', toCheck: [item] }, whole: true });
    const unreadable = readWork({ ...emptyWork(), choices: { a: { target: 3 } }, adding: [] });
    expect(unreadable?.work.choices).toEqual({});
    expect(unreadable?.work.adding).toEqual({});
    expect(unreadable?.whole).toBe(false);
  });

  it('says what it could not read of an old check list', () => {
    const read = readWork({ report: '某镇', review: [item, { kind: 'note' }] });
    expect(read?.work.toCheck).toEqual([item]);
    expect(read?.whole).toBe(false);
  });

  it('writes toCheck, and opens a work file of either version', () => {
    const work = { ...emptyWork(), report: '某镇', toCheck: [item] };
    expect(JSON.parse(workFileText(work))).toHaveProperty('toCheck');
    expect(workOfFile(workFileText(work))?.toCheck).toEqual([item]);
    const old = JSON.stringify({ fazhiEditorWork: 1, report: '某镇', year: '', unitId: '', text: '', review: [item], checked: false });
    expect(workOfFile(old)?.toCheck).toEqual([item]);
  });
});
