import axe from 'axe-core';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import beiyang from '../../data/beiyang.json';
import report from '../../data/reports/beiyang-2024.txt?raw';
import { datasetProblems } from '../../src/data/validate.js';
import '../../src/elements/fz-editor/fz-editor.js';
import type { FzEditor } from '../../src/elements/fz-editor/fz-editor.js';
import { WORK_KEY } from '../../src/elements/fz-editor/work.js';
import { cleanup, inShadow, mount } from './helpers.js';

afterEach(() => {
  localStorage.removeItem(WORK_KEY);
  cleanup();
});

/** Catches the files the page saves (`<a download>` clicked), with what they hold. */
function catchDownloads(): { files: { name: string; href: string }[]; restore: () => void } {
  const files: { name: string; href: string }[] = [];
  const click = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    if (this.download) files.push({ name: this.download, href: this.href });
    else click.call(this);
  };
  return { files, restore: () => (HTMLAnchorElement.prototype.click = click) };
}

const row = (editor: Element, key: string) => inShadow<HTMLTableRowElement>(editor, `tr[data-key="${key}"]`);
const valueInput = (editor: Element, key: string) => row(editor, key)?.querySelector<HTMLInputElement>('td.value input') ?? null;
const button = (editor: Element, selector: string) => inShadow<HTMLButtonElement>(editor, selector)!;
const problems = (editor: Element) =>
  [...editor.shadowRoot!.querySelectorAll('.check .problem-list li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());

/** The preview's training chart: each point's name for assistive technology ("集中学习，12次，…"). */
function trainingPoints(editor: Element): string[] {
  const dashboard = inShadow(editor, '.preview fz-dashboard');
  const training = dashboard?.shadowRoot?.querySelector('fz-training');
  return [...(training?.shadowRoot?.querySelectorAll('.fz-point') ?? [])].map((point) => point.getAttribute('aria-label') ?? '');
}

/** A new editor, the report pasted into its text box (unit id `beiyang`) and its figures extracted. */
async function extracted(): Promise<FzEditor> {
  const editor = mount<FzEditor>('fz-editor', {}, 1280);
  await editor.updateComplete;
  await userEvent.fill(inShadow<HTMLTextAreaElement>(editor, 'textarea.paste')!, report);
  await userEvent.fill(inShadow<HTMLInputElement>(editor, 'input.unit-id')!, 'beiyang');
  await userEvent.click(button(editor, 'button.extract'));
  await expect.poll(() => valueInput(editor, 'years[0].petitions.total')?.value).toBe('393');
  return editor;
}

describe('<fz-editor>', () => {
  it('turns the pasted 2024 report into figures with their words marked, edits, accepts, keeps them on reload and downloads a valid dataset', async () => {
    const editor = await extracted();

    // The petitions total, with its quote marked in the report's text; a mark leads to its row, a row's quote to its mark.
    const total = row(editor, 'years[0].petitions.total')!;
    expect(total.querySelector('.quote')!.textContent!.trim()).toBe('全年信访总量393条');
    const marks = [...editor.shadowRoot!.querySelectorAll<HTMLElement>('.report-text mark')];
    const totalMark = marks.find((mark) => mark.textContent === '全年信访总量393条')!;
    expect(totalMark).toBeDefined();
    // The report is shown as read, word for word, its figures' words marked in it.
    expect(inShadow(editor, '.report-text')!.textContent).toBe(report);
    expect(marks.map((mark) => mark.textContent)).toContain('其中12345热线354件');
    await userEvent.click(totalMark);
    await expect.poll(() => total.classList.contains('selected')).toBe(true);
    const trainingKey = 'years[0].training[0]';
    await userEvent.click(row(editor, trainingKey)!.querySelector('.quote-button')!);
    await expect.poll(() => inShadow(editor, 'mark.flash')?.textContent).toBe('开展集中学习12次');
    // A rate is shown as a percentage.
    expect(valueInput(editor, 'years[0].mediation.statedRate')!.value).toBe('99');

    // The preview draws the dataset; editing a cell redraws it.
    await expect.poll(() => trainingPoints(editor)[0] ?? '').toMatch(/^集中学习，12次/);
    const kindName = row(editor, trainingKey)!.querySelector<HTMLInputElement>('.name input')!;
    await userEvent.fill(kindName, '集中学法');
    await expect.poll(() => trainingPoints(editor)[0] ?? '').toMatch(/^集中学法，12次/);
    // A value its words do not hold is no figure of the report: said, and never saved.
    await userEvent.fill(valueInput(editor, trainingKey)!, '11');
    await expect
      .poll(() => problems(editor))
      .toEqual(['years[0].training[0]: 引用的报告原文中没有这个数字（11）：数据只能取原文写明的数字']);
    expect(button(editor, 'button.download').disabled).toBe(true);
    await userEvent.fill(valueInput(editor, trainingKey)!, '12');
    await expect.poll(() => problems(editor)).toEqual([]);

    // The one number left for review ("四个" platforms) goes into a new kind of training, named here, quoted by its clause.
    const entries = () => [...editor.shadowRoot!.querySelectorAll('.review-list .entry')];
    expect(entries()).toHaveLength(1);
    expect(entries()[0].querySelector('.review-text')!.textContent).toBe('四个');
    const accept = entries()[0].querySelector<HTMLButtonElement>('button.accept')!;
    expect(accept.disabled).toBe(true);
    await userEvent.selectOptions(entries()[0].querySelector('select.target')!, 'new:training');
    await userEvent.fill(entries()[0].querySelector<HTMLInputElement>('input.new-name')!, '平台建设');
    await userEvent.click(entries()[0].querySelector<HTMLButtonElement>('button.accept')!);
    await expect.poll(() => entries().length).toBe(0);
    const added = row(editor, 'years[0].training[3]')!;
    expect(added.querySelector<HTMLInputElement>('.name input')!.value).toBe('平台建设');
    expect(valueInput(editor, 'years[0].training[3]')!.value).toBe('4');
    expect(added.querySelector('.quote')!.textContent!.trim()).toBe('公共服务”四个平台建设');
    await expect.poll(() => trainingPoints(editor).length).toBe(4);
    expect(problems(editor)).toEqual([]);

    // A reload: a new editor restores the work from localStorage.
    editor.remove();
    const again = mount<FzEditor>('fz-editor', {}, 1280);
    await again.updateComplete;
    expect(inShadow<HTMLTextAreaElement>(again, 'textarea.paste')!.value).toBe(report);
    expect(row(again, trainingKey)!.querySelector<HTMLInputElement>('.name input')!.value).toBe('集中学法');
    expect(valueInput(again, 'years[0].training[3]')!.value).toBe('4');
    expect(again.shadowRoot!.querySelectorAll('.review-list .entry')).toHaveLength(0);
    await expect.poll(() => trainingPoints(again)[0] ?? '').toMatch(/^集中学法，12次/);

    // 下载数据集: a draft the schema accepts, named after the unit and year; ticking 已逐项核对 removes `draft`.
    const downloads = catchDownloads();
    try {
      const download = button(again, 'button.download');
      expect(download.disabled).toBe(false);
      await userEvent.click(download);
      await userEvent.click(inShadow<HTMLInputElement>(again, 'input.checked')!);
      await userEvent.click(download);
      expect(downloads.files.map((file) => file.name)).toEqual(['beiyang-2024.json', 'beiyang-2024.json']);
      const [draft, checked] = await Promise.all(downloads.files.map(async (file) => (await fetch(file.href)).text()));
      expect(draft).toMatch(/^\{\n {2}"schemaVersion": 1,/);
      const dataset = JSON.parse(draft);
      expect(datasetProblems(dataset)).toEqual([]);
      expect(dataset.draft).toBe(true);
      expect(dataset.unit.id).toBe('beiyang');
      expect(dataset.years[0].petitions.total).toEqual({ value: 393, quote: '全年信访总量393条' });
      expect(dataset.years[0].training[0]).toMatchObject({ label: '集中学法', value: 12, quote: '开展集中学习12次' });
      expect(dataset.years[0].training[3]).toMatchObject({ label: '平台建设', value: 4, quote: '公共服务”四个平台建设' });
      // Every quote is the report's own words.
      for (const quote of JSON.stringify(dataset.years[0]).match(/"quote":"[^"]*(?:\\.[^"]*)*"/g) ?? [])
        expect(report).toContain(JSON.parse(`{${quote}}`).quote);
      const confirmed = JSON.parse(checked);
      expect(datasetProblems(confirmed)).toEqual([]);
      expect('draft' in confirmed).toBe(false);
    } finally {
      downloads.restore();
    }
  });

  it('shows a negative count as a problem at its path, shows no preview, and will not download', async () => {
    const editor = await extracted();
    await expect.poll(() => inShadow(editor, '.preview fz-dashboard')).not.toBeNull();
    const input = valueInput(editor, 'years[0].petitions.channels[1]')!;
    await userEvent.fill(input, '-8');
    await expect
      .poll(() => problems(editor))
      .toEqual([
        'years[0].petitions.channels[1].value: 不能小于 0（实际为 -8）',
        'years[0].petitions.channels[1]: 引用的报告原文中没有这个数字（-8）：数据只能取原文写明的数字',
      ]);
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(inShadow(editor, '.preview fz-dashboard')).toBeNull();
    expect(inShadow(editor, '.preview-problems')!.textContent).toContain('数据有 2 处问题');
    const downloads = catchDownloads();
    try {
      const download = button(editor, 'button.download');
      expect(download.disabled).toBe(true);
      download.click();
      expect(downloads.files).toEqual([]);
    } finally {
      downloads.restore();
    }
    // Put right, it can be saved again.
    await userEvent.fill(input, '8');
    await expect.poll(() => button(editor, 'button.download').disabled).toBe(false);
    expect(problems(editor)).toEqual([]);
  });

  it('takes an unsure figure into its own field with one click, making the section it needs', async () => {
    const editor = mount<FzEditor>('fz-editor', {}, 1280);
    await editor.updateComplete;
    const text = '某镇2024年度法治政府建设年度报告\n全年受理矛盾纠纷约100起，成功调解98起。';
    await userEvent.fill(inShadow<HTMLTextAreaElement>(editor, 'textarea.paste')!, text);
    await userEvent.click(button(editor, 'button.extract'));
    const entries = () => [...editor.shadowRoot!.querySelectorAll('.review-list .entry')];
    await expect.poll(() => entries().length).toBeGreaterThan(0);
    const resolved = entries().find((entry) => entry.querySelector('.review-text')!.textContent === '成功调解98起')!;
    expect(row(editor, 'years[0].mediation.resolved')).toBeNull();
    await userEvent.click(resolved.querySelector<HTMLButtonElement>('button.accept')!);
    await expect.poll(() => valueInput(editor, 'years[0].mediation.resolved')?.value).toBe('98');
    expect(row(editor, 'years[0].mediation.resolved')!.querySelector('.quote')!.textContent!.trim()).toBe('成功调解98起');
    // The section lacks its accepted cases: a problem with its path, until a person gives them.
    expect(problems(editor)).toContain('years[0].mediation.accepted: 缺少必填字段');
  });

  it('has nothing axe-core finds wrong (WCAG 2.1 A and AA), with figures, marks and the review list shown, in both languages', async () => {
    const editor = await extracted();
    const run = async () => {
      const result = await axe.run(editor, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
      return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    };
    expect(await run()).toEqual([]);
    editor.setAttribute('lang', 'en');
    await editor.updateComplete;
    expect(inShadow(editor, 'h2')?.textContent).toContain('dataset');
    // The review list's reasons speak the editor's language too.
    expect(inShadow(editor, '.review-list .reason')?.textContent).toBe('A number not used in the data');
    expect(await run()).toEqual([]);
  });

  it('asks before extracting again or starting over, and drops no edit when told no', async () => {
    const editor = await extracted();
    const name = () => row(editor, 'years[0].training[0]')!.querySelector<HTMLInputElement>('.name input')!;
    await userEvent.fill(name(), '集中学法');
    const asked: string[] = [];
    const confirm = window.confirm;
    try {
      window.confirm = (question) => {
        asked.push(String(question));
        return false;
      };
      await userEvent.click(button(editor, 'button.extract'));
      await userEvent.click(button(editor, 'button.clear'));
      await editor.updateComplete;
      expect(name().value).toBe('集中学法');
      expect(asked).toEqual([
        '重新提取会替换表格中的数据和已作的修改，继续吗？',
        '清空后，报告、数据和所作的修改都会从本页和本浏览器中删除，继续吗？',
      ]);
      window.confirm = () => true;
      await userEvent.click(button(editor, 'button.extract'));
      await expect.poll(() => name().value).toBe('集中学习');
      await userEvent.click(button(editor, 'button.clear'));
      await expect.poll(() => row(editor, 'years[0].training[0]')).toBeNull();
    } finally {
      window.confirm = confirm;
    }
  });

  it('merges the year into a dataset opened, refusing its year unless told to replace it, and says what is wrong with a file that is no dataset', async () => {
    const editor = await extracted();
    const note = () => inShadow(editor, '.save-note')?.textContent?.trim() ?? '';
    const merge = () => userEvent.click(button(editor, 'button.merge-button'));
    const fileInput = inShadow<HTMLInputElement>(editor, 'input.merge-file')!;
    const downloads = catchDownloads();
    try {
      await userEvent.upload(fileInput, new File([JSON.stringify(beiyang)], 'beiyang.json', { type: 'application/json' }));
      await merge();
      await expect.poll(note).toContain('2024');
      expect(downloads.files).toEqual([]);
      await userEvent.click(inShadow<HTMLInputElement>(editor, 'input.replace')!);
      await merge();
      await expect.poll(() => downloads.files.map((file) => file.name)).toEqual(['beiyang.json']);
      const merged = JSON.parse(await (await fetch(downloads.files[0].href)).text());
      expect(datasetProblems(merged)).toEqual([]);
      expect(merged.draft).toBe(true);
      expect(merged.years.map((entry: { year: number }) => entry.year)).toEqual([2024]);
      expect(merged.years[0].petitions.total).toEqual({ value: 393, quote: '全年信访总量393条' });
      await userEvent.upload(fileInput, new File(['{"schemaVersion":1}'], 'broken.json', { type: 'application/json' }));
      await merge();
      await expect.poll(() => inShadow(editor, '.save-note .alert li')?.textContent ?? '').not.toBe('');
      expect(downloads.files).toHaveLength(1);
    } finally {
      downloads.restore();
    }
  });
});
