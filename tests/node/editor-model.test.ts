import { describe, expect, it } from 'vitest';
import { editorModelOf, NO_MODEL } from '../../src/elements/fz-editor/editor-model.js';
import { editorVoice } from '../../src/elements/fz-editor/messages.js';
import { emptyWork, type Work } from '../../src/elements/fz-editor/work.js';
import { extractReport } from '../../src/extract/extract.js';

const zh = editorVoice('zh-CN');
const REPORT = '青山镇2024年度法治政府建设年度报告\n2024年，青山镇坚持依法行政，开展集中学法12次，出庭应诉率较上年提高20%。';

/** The work once `report` is extracted, as the editor keeps it. */
function extracted(report: string): Work {
  const { draft, toCheck, text } = extractReport(report);
  return { ...emptyWork(), report, text, dataset: draft, toCheck };
}

describe('editorModelOf(work, t)', () => {
  it('shows nothing before a report is read', () => {
    expect(editorModelOf(emptyWork(), zh)).toBe(NO_MODEL);
  });

  it('says what is left: the numbers to check, each offered a place or none, and the fields to fill in', () => {
    const model = editorModelOf(extracted(REPORT), zh);
    expect(model.extracted).toBe(true);
    expect(model.problems).toEqual([]);
    expect(model.unfilled).toEqual(['单位代码', '发布机构', '成文日期（YYYY-MM-DD）']);
    // The publisher and the date are on the check list too, as rows to fill in: counted once, as rows.
    expect(model.toCheck.filter((entry) => entry.fillIn).map((entry) => entry.item.field)).toEqual(['source.publisher', 'source.date']);
    expect(model.openItems).toBe(model.toCheck.length - 2);
    expect(zh.editor.problems.open(model.openItems, model.unfilled.length)).toBe(
      `数据本身未发现问题。核对清单上还有 ${model.toCheck.length - 2} 项未处理，还有 3 项待填写。`,
    );
    // A change is offered no place first.
    const change = model.toCheck.find((entry) => entry.item.why === 'change');
    expect(change?.item.text).toBe('20%');
    expect(change?.chosen).toBe('');
    expect(model.saved?.draft).toBe(true);
    expect(model.fileName).toBe('unit-2024.json');
  });

  it('saves without `draft` only once 已逐项核对 is ticked and nothing is left to fill in', () => {
    const work = extracted(REPORT);
    expect(editorModelOf({ ...work, checked: true }, zh).saved?.draft).toBe(true);
    const filled = {
      ...work,
      checked: true,
      dataset: {
        ...work.dataset!,
        unit: { ...work.dataset!.unit, id: 'qingshan' },
        years: work.dataset!.years.map((year) => ({
          ...year,
          source: { ...year.source, publisher: '青山镇人民政府', date: '2025-03-01' },
        })),
      },
    };
    const model = editorModelOf(filled, zh);
    expect(model.unfilled).toEqual([]);
    expect(model.saved && 'draft' in model.saved).toBe(false);
    expect(model.fileName).toBe('qingshan-2024.json');
  });
});
