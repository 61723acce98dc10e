import axe from 'axe-core';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import beiyang from '../../data/beiyang.json';
import report from '../../data/reports/beiyang-2024.txt?raw';
import { datasetProblems } from '../../src/data/validate.js';
import { extractReport } from '../../src/extract/extract.js';
import '../../src/elements/fz-editor/fz-editor.js';
import type { FzEditor } from '../../src/elements/fz-editor/fz-editor.js';
import { WORK_KEY } from '../../src/elements/fz-editor/work.js';
import { box, catchDownloads, cleanup, inShadow, mount } from './helpers.js';

afterEach(() => {
  // The work, the copies kept aside and any work set aside.
  for (const key of Object.keys(localStorage)) if (key.startsWith(WORK_KEY)) localStorage.removeItem(key);
  cleanup();
});

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

/** A new editor with `text` pasted into its text box (and `unitId` given), 提取数据 clicked. */
async function pasted(text: string, unitId?: string): Promise<FzEditor> {
  const editor = mount<FzEditor>('fz-editor', {}, 1280);
  await editor.updateComplete;
  await userEvent.fill(inShadow<HTMLTextAreaElement>(editor, 'textarea.paste')!, text);
  if (unitId) await userEvent.fill(inShadow<HTMLInputElement>(editor, 'input.unit-id')!, unitId);
  await userEvent.click(button(editor, 'button.extract'));
  return editor;
}

/** A new editor, the report pasted into its text box (unit id `beiyang`) and its figures extracted. */
async function extracted(): Promise<FzEditor> {
  const editor = await pasted(report, 'beiyang');
  await expect.poll(() => valueInput(editor, 'years[0].petitions.total')?.value).toBe('393');
  return editor;
}

/** An editor with `text` pasted and extracted, and the item of its check list whose words are `words`. */
async function checking(text: string): Promise<{ editor: FzEditor; entry: (words: string) => Element }> {
  const editor = await pasted(text);
  const entries = () => [...editor.shadowRoot!.querySelectorAll('.to-check-list .entry')];
  await expect.poll(() => entries().length).toBeGreaterThan(0);
  const entry = (words: string) => entries().find((each) => each.querySelector('.to-check-text')!.textContent === words)!;
  return { editor, entry };
}

describe('<fz-editor>', () => {
  it('turns the pasted 2024 report into figures with their words marked, edits, accepts, keeps them on reload and downloads a valid dataset', async () => {
    const editor = await extracted();

    // The petitions total, with its quote marked in the report's text; a mark leads to its row, a row's quote to its mark.
    const total = row(editor, 'years[0].petitions.total')!;
    expect(total.querySelector('.quote q')!.textContent!.trim()).toBe('全年信访总量393条');
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
      .toEqual(['法治学习与培训 · “集中学法”：引用的报告原文中没有这个数字（11）：数据只能取原文写明的数字']);
    // Said in its row too, under the value, which names it to assistive technology.
    const said = row(editor, trainingKey)!.querySelector('.row-problem')!;
    expect(said.textContent).toBe('引用的报告原文中没有这个数字（11）：数据只能取原文写明的数字');
    expect(valueInput(editor, trainingKey)!.getAttribute('aria-describedby')).toBe(said.id);
    expect(button(editor, 'button.download').disabled).toBe(true);
    await userEvent.fill(valueInput(editor, trainingKey)!, '12');
    await expect.poll(() => problems(editor)).toEqual([]);
    expect(row(editor, trainingKey)!.querySelector('.row-problem')).toBeNull();
    // A rate is said as it was typed, a percentage (98.5%), not as the fraction kept (0.985).
    await userEvent.fill(valueInput(editor, 'years[0].mediation.statedRate')!, '98.5');
    await expect.poll(() => problems(editor).join()).toContain('引用的报告原文中没有这个数字（98.5%）');
    await userEvent.fill(valueInput(editor, 'years[0].mediation.statedRate')!, '99');
    await expect.poll(() => problems(editor)).toEqual([]);

    // The one number left to check ("四个" platforms) goes into a new kind of training, named here, quoted by its clause.
    const entries = () => [...editor.shadowRoot!.querySelectorAll('.to-check-list .entry')];
    expect(entries()).toHaveLength(1);
    // No problem in the data is not all done: the check says what is left.
    expect(textOf(editor, '.check .ok')).toMatch(/^数据本身未发现问题。核对清单上还有 1 项未处理/);
    expect(entries()[0].querySelector('.to-check-text')!.textContent).toBe('四个');
    // Its sentence shows which words are its number.
    expect(entries()[0].querySelector('.sentence strong.own-number')?.textContent).toBe('四个');
    expect(entries()[0].querySelector('.sentence')!.textContent).toMatch(/^所在句子：.*四个/);
    const accept = entries()[0].querySelector<HTMLButtonElement>('button.accept')!;
    expect(accept.disabled).toBe(true);
    await userEvent.selectOptions(entries()[0].querySelector('select.target')!, 'new:training');
    // A new kind with no name yet: 采用 says why it waits, to a screen reader too.
    const waiting = entries()[0].querySelector<HTMLButtonElement>('button.accept')!;
    expect(waiting.disabled).toBe(true);
    const why = entries()[0].querySelector(`#${waiting.getAttribute('aria-describedby')}`);
    expect(why?.textContent).toBe('填写名称后才能采用。');
    await userEvent.fill(entries()[0].querySelector<HTMLInputElement>('input.new-name')!, '平台建设');
    await expect.poll(() => entries()[0].querySelector('.name-first')).toBeNull();
    await userEvent.click(entries()[0].querySelector<HTMLButtonElement>('button.accept')!);
    await expect.poll(() => entries().length).toBe(0);
    expect(textOf(editor, '.check .ok')).not.toContain('核对清单');
    const added = row(editor, 'years[0].training[3]')!;
    expect(added.querySelector<HTMLInputElement>('.name input')!.value).toBe('平台建设');
    expect(valueInput(editor, 'years[0].training[3]')!.value).toBe('4');
    expect(added.querySelector('.quote q')!.textContent!.trim()).toBe('公共服务”四个平台建设');
    await expect.poll(() => trainingPoints(editor).length).toBe(4);
    expect(problems(editor)).toEqual([]);

    // A reload: a new editor restores the work from localStorage.
    editor.remove();
    const again = mount<FzEditor>('fz-editor', {}, 1280);
    await again.updateComplete;
    expect(inShadow<HTMLTextAreaElement>(again, 'textarea.paste')!.value).toBe(report);
    expect(row(again, trainingKey)!.querySelector<HTMLInputElement>('.name input')!.value).toBe('集中学法');
    expect(valueInput(again, 'years[0].training[3]')!.value).toBe('4');
    expect(again.shadowRoot!.querySelectorAll('.to-check-list .entry')).toHaveLength(0);
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

  it('keeps the report in view beside the table as it scrolls: a quote clicked low in the table lights its words there, its row staying in view', async () => {
    const editor = await extracted();
    const quotes = [...editor.shadowRoot!.querySelectorAll<HTMLButtonElement>('tr[data-key] .quote-button')];
    const last = quotes[quotes.length - 1];
    const lastRow = last.closest('tr')!;
    lastRow.scrollIntoView({ block: 'center' });
    // Scrolled down to the table's last rows, the report's text beside them is on the screen still.
    const reportBox = inShadow(editor, '.report-text')!.getBoundingClientRect();
    expect(reportBox.top).toBeGreaterThanOrEqual(0);
    expect(reportBox.bottom).toBeLessThanOrEqual(innerHeight);
    const rowTop = lastRow.getBoundingClientRect().top;
    await userEvent.click(last);
    const key = lastRow.dataset.key!;
    await expect.poll(() => row(editor, key)?.classList.contains('selected')).toBe(true);
    await expect.poll(() => editor.shadowRoot!.querySelector('mark.flash')).toBeTruthy();
    const mark = editor.shadowRoot!.querySelector('mark.flash')!.getBoundingClientRect();
    expect(mark.top).toBeGreaterThanOrEqual(0);
    expect(mark.bottom).toBeLessThanOrEqual(innerHeight);
    // The row clicked stays where it was.
    expect(Math.abs(row(editor, key)!.getBoundingClientRect().top - rowTop)).toBeLessThan(2);
  });

  it('types a quote found in the report anew with 修改: its field in place of the words, focused; its words found again lead to the report', async () => {
    const editor = await extracted();
    const key = 'years[0].training[0]';
    const quoteCell = () => row(editor, key)!.querySelector('td.quote')!;
    expect(quoteCell().querySelector('.quote-button')?.textContent).toBe('开展集中学习12次');
    await userEvent.click(quoteCell().querySelector<HTMLButtonElement>('button.edit-quote')!);
    const input = () => quoteCell().querySelector<HTMLInputElement>('input.quote-input');
    await expect.poll(() => input()?.value).toBe('开展集中学习12次');
    expect(editor.shadowRoot!.activeElement).toBe(input());
    await userEvent.fill(input()!, '北洋镇开展集中学习12次');
    await userEvent.keyboard('{Tab}');
    // Words the report does not hold stay a field, said so; words it holds lead to it again.
    await expect.poll(() => quoteCell().querySelector('.not-in-text')?.textContent).toBe('报告原文中找不到这段文字');
    await userEvent.fill(input()!, '集中学习12次');
    await userEvent.keyboard('{Tab}');
    await expect.poll(() => quoteCell().querySelector('.quote-button')?.textContent).toBe('集中学习12次');
    // A platform, which has no number, has its words too.
    const platform = () => row(editor, 'years[0].platforms[0]')!.querySelector('td.quote')!;
    await userEvent.click(platform().querySelector<HTMLButtonElement>('button.edit-quote')!);
    await expect.poll(() => platform().querySelector<HTMLInputElement>('input.quote-input')?.value).toContain('党建统领');
    expect(editor.shadowRoot!.activeElement).toBe(platform().querySelector('input.quote-input'));
  });

  it('keeps a keyboard user in place: after 采用 on the next item of the check list, after 删除 on what follows the row, after 添加 on the new row', async () => {
    const { editor, entry } = await checking('某镇2024年度法治政府建设年度报告\n全年受理矛盾纠纷约100起，成功调解98起。');
    const active = () => editor.shadowRoot!.activeElement;
    const resolved = entry('成功调解98起');
    await userEvent.selectOptions(resolved.querySelector('select.target')!, 'years[0].mediation.resolved');
    resolved.querySelector<HTMLButtonElement>('button.accept')!.focus();
    await userEvent.keyboard('{Enter}');
    await expect.poll(() => valueInput(editor, 'years[0].mediation.resolved')?.value).toBe('98');
    // The item left (约100起) has 忽略 only: focus is on it.
    await expect.poll(() => active()?.closest('.entry')?.querySelector('.to-check-text')?.textContent).toBe('全年受理矛盾纠纷约100起');
    // 删除 the row taken: the section's 添加数据 follows it.
    row(editor, 'years[0].mediation.resolved')!.querySelector<HTMLButtonElement>('button.remove')!.focus();
    await userEvent.keyboard('{Enter}');
    await expect.poll(() => row(editor, 'years[0].mediation.resolved')).toBeNull();
    await expect.poll(() => active()?.matches('tbody[data-group="mediation"] select.add-field')).toBe(true);
    // 添加 a figure: focus on its value, to type it.
    const select = active() as HTMLSelectElement;
    const key = select.options[1].value;
    await userEvent.selectOptions(select, key);
    editor.shadowRoot!.querySelector<HTMLButtonElement>('tbody[data-group="mediation"] button.add')!.focus();
    await userEvent.keyboard('{Enter}');
    await expect.poll(() => row(editor, key)).not.toBeNull();
    await expect.poll(() => active() === valueInput(editor, key)).toBe(true);
    // A platform has no number: focus on its name.
    await userEvent.selectOptions(editor.shadowRoot!.querySelector('tbody[data-group="platforms"] select.add-field')!, 'new:platforms');
    const platformName = () => editor.shadowRoot!.querySelector<HTMLInputElement>('tbody[data-group="platforms"] input.add-name');
    await expect.poll(platformName).not.toBeNull();
    await userEvent.fill(platformName()!, '综合指挥');
    editor.shadowRoot!.querySelector<HTMLButtonElement>('tbody[data-group="platforms"] button.add')!.focus();
    await userEvent.keyboard('{Enter}');
    await expect.poll(() => (active() as HTMLInputElement | null)?.value).toBe('综合指挥');
    expect(active()?.closest('tbody')?.getAttribute('data-group')).toBe('platforms');
  });

  it('has one unit code: the one given above the report and the one in the table are the same, whichever is typed in', async () => {
    const editor = await pasted(report);
    await expect.poll(() => valueInput(editor, 'years[0].petitions.total')?.value).toBe('393');
    const above = () => inShadow<HTMLInputElement>(editor, 'input.unit-id')!;
    const inTable = () => row(editor, 'unit.id')!.querySelector<HTMLInputElement>('td.value input')!;
    // None given: the table holds the extractor's placeholder, still to fill in, and the field above is empty.
    expect(inTable().value).toBe('unit');
    expect(above().value).toBe('');
    await userEvent.fill(above(), 'beiyang');
    await expect.poll(() => inTable().value).toBe('beiyang');
    await userEvent.fill(inTable(), 'beiyang-town');
    await expect.poll(() => above().value).toBe('beiyang-town');
    expect(textOf(editor, '.unfilled') ?? '').not.toContain('单位代码');
  });

  it('keeps what a person chose but has not taken yet through a reload: a place on the check list, a figure being added and its name', async () => {
    const { editor, entry } = await checking('某镇2024年度法治政府建设年度报告\n全年受理矛盾纠纷约100起，成功调解98起。');
    await userEvent.selectOptions(entry('成功调解98起').querySelector('select.target')!, 'years[0].mediation.resolved');
    // A new channel for petitions, named.
    const adding = (root: FzEditor, selector: string) =>
      root.shadowRoot!.querySelector<HTMLInputElement & HTMLSelectElement>(`tbody[data-group="petitions"] ${selector}`);
    await userEvent.selectOptions(adding(editor, 'select.add-field')!, 'new:petitions.channels');
    await expect.poll(() => adding(editor, 'input.add-name')).not.toBeNull();
    await userEvent.fill(adding(editor, 'input.add-name')!, '微信');
    // A reload: a new editor restores the work from localStorage.
    editor.remove();
    const again = mount<FzEditor>('fz-editor', {}, 1280);
    await again.updateComplete;
    const againEntry = () =>
      [...again.shadowRoot!.querySelectorAll('.to-check-list .entry')].find(
        (each) => each.querySelector('.to-check-text')!.textContent === '成功调解98起',
      );
    await expect.poll(() => againEntry()?.querySelector<HTMLSelectElement>('select.target')?.value).toBe('years[0].mediation.resolved');
    expect(adding(again, 'select.add-field')!.value).toBe('new:petitions.channels');
    expect(adding(again, 'input.add-name')!.value).toBe('微信');
  });

  it('shows a negative count as a problem of its row, named in words, shows no preview, and will not download', async () => {
    const editor = await extracted();
    await expect.poll(() => inShadow(editor, '.preview fz-dashboard')).not.toBeNull();
    const input = valueInput(editor, 'years[0].petitions.channels[1]')!;
    await userEvent.fill(input, '-8');
    await expect
      .poll(() => problems(editor))
      .toEqual([
        '信访 · 渠道“来访” · 数值：不能小于 0（实际为 -8）',
        '信访 · 渠道“来访”：引用的报告原文中没有这个数字（-8）：数据只能取原文写明的数字',
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

  it('offers no place first for a figure whose reason doubts it, warns of what taking it leaves to fill in, and takes it into the section it makes', async () => {
    const { editor, entry } = await checking('某镇2024年度法治政府建设年度报告\n全年受理矛盾纠纷约100起，成功调解98起。');
    const resolved = entry('成功调解98起');
    expect(row(editor, 'years[0].mediation.resolved')).toBeNull();
    // 约100起 is no count: it goes nowhere in the data, and the entry says why.
    const accepted = entry('全年受理矛盾纠纷约100起');
    expect(accepted.querySelector('select.target')).toBeNull();
    expect(accepted.querySelector('.actions')?.textContent).toContain('约数不是确切的数字，不能放入数据');
    // Its reason (约数) doubts the pair, and taken alone it leaves the cases accepted to fill in: a person chooses.
    expect(resolved.querySelector<HTMLSelectElement>('select.target')!.value).toBe('');
    await userEvent.selectOptions(resolved.querySelector('select.target')!, 'years[0].mediation.resolved');
    await expect
      .poll(() => resolved.querySelector('.would-break')?.textContent)
      .toBe('采用后数据还会有问题：矛盾纠纷调解 · 受理案件：缺少必填字段。可以在上面的数据表中补上，或删除这一行。');
    // 忽略 stays beside 采用, the warning under both.
    const box = (selector: string) => resolved.querySelector(selector)!.getBoundingClientRect();
    const middle = (selector: string) => box(selector).top + box(selector).height / 2;
    expect(Math.abs(middle('button.dismiss') - middle('button.accept'))).toBeLessThan(box('button.accept').height / 2);
    expect(box('.would-break').top).toBeGreaterThanOrEqual(box('button.accept').bottom);
    await userEvent.click(resolved.querySelector<HTMLButtonElement>('button.accept')!);
    await expect.poll(() => valueInput(editor, 'years[0].mediation.resolved')?.value).toBe('98');
    expect(row(editor, 'years[0].mediation.resolved')!.querySelector('.quote q')!.textContent!.trim()).toBe('成功调解98起');
    // The section lacks its accepted cases: a problem named in words, until a person gives them.
    expect(problems(editor)).toContain('矛盾纠纷调解 · 受理案件：缺少必填字段');
  });

  it('says, before 采用, which figure of the table a number would replace', async () => {
    const { editor, entry } = await checking('某镇2024年度法治政府建设年度报告\n2024年合法性审核规范性文件10件。清理规范性文件100件。');
    const cleaned = entry('100件');
    expect(cleaned.querySelector('.would-replace')).toBeNull();
    await userEvent.selectOptions(cleaned.querySelector('select.target')!, 'years[0].legality.documents');
    await expect
      .poll(() => cleaned.querySelector('.would-replace')?.textContent)
      .toBe('采用将替换这里已有的数字 10（“2024年合法性审核规范性文件10件”）。');
    // Said with the 采用 button to a screen reader too.
    const described = cleaned.querySelector('button.accept')!.getAttribute('aria-describedby')!;
    expect(editor.shadowRoot!.getElementById(described)?.textContent).toContain('采用将替换这里已有的数字 10');
    // Taken, the number it replaced is not lost: it is on the list in its place, with its words, to put elsewhere or dismiss.
    await userEvent.click(cleaned.querySelector<HTMLButtonElement>('button.accept')!);
    await expect.poll(() => valueInput(editor, 'years[0].legality.documents')?.value).toBe('100');
    const back = entry('10');
    expect(back.querySelector('.reason')?.textContent).toBe(
      '采用时被替换下来的数字（原在“合法性审查 · 行政规范性文件”），可放到别处或忽略',
    );
    expect(back.querySelector('.sentence')?.textContent).toContain('2024年合法性审核规范性文件10件');
    expect(back.querySelector('select.target')).not.toBeNull();
  });

  it('puts the number of a row 删除 took out back on the check list, with its words, to put back, elsewhere or dismiss', async () => {
    const { editor, entry } = await checking('某镇2024年度法治政府建设年度报告\n2024年合法性审核规范性文件10件。清理规范性文件100件。');
    await expect.poll(() => valueInput(editor, 'years[0].legality.documents')?.value).toBe('10');
    await userEvent.click(row(editor, 'years[0].legality.documents')!.querySelector<HTMLButtonElement>('button.remove')!);
    await expect.poll(() => row(editor, 'years[0].legality.documents')).toBeNull();
    await expect
      .poll(() => entry('10')?.querySelector('.reason')?.textContent)
      .toBe('删除的数字（原在“行政规范性文件”），可放回、放到别处或忽略');
    const back = entry('10');
    expect(back.querySelector('.sentence')?.textContent).toContain('2024年合法性审核规范性文件10件');
    // Put back where it was, with its words: its place is chosen first.
    expect(back.querySelector<HTMLSelectElement>('select.target')!.value).toBe('years[0].legality.documents');
    await userEvent.click(back.querySelector<HTMLButtonElement>('button.accept')!);
    await expect.poll(() => valueInput(editor, 'years[0].legality.documents')?.value).toBe('10');
    expect(row(editor, 'years[0].legality.documents')!.querySelector('.quote q')!.textContent!.trim()).toBe(
      '2024年合法性审核规范性文件10件',
    );
  });

  it('has nothing axe-core finds wrong (WCAG 2.1 A and AA), with figures, marks and the check list shown, in both languages', async () => {
    const editor = await extracted();
    const run = async () => {
      const result = await axe.run(editor, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
      return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    };
    expect(await run()).toEqual([]);
    editor.setAttribute('lang', 'en');
    await editor.updateComplete;
    expect(inShadow(editor, 'h2')?.textContent).toContain('dataset');
    // The check list's reasons speak the editor's language too.
    expect(inShadow(editor, '.to-check-list .reason')?.textContent).toBe('A number not used in the data');
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
      // A district's collection is another kind of file, and said so.
      const collection = { schemaVersion: 1, name: { 'zh-CN': '某区' }, units: [] };
      await userEvent.upload(fileInput, new File([JSON.stringify(collection)], 'district.json', { type: 'application/json' }));
      await merge();
      await expect.poll(() => textOf(editor, '.save-note')).toContain('这是列出多个单位的汇编文件，不是一个单位的数据集');
      expect(downloads.files).toHaveLength(1);
    } finally {
      downloads.restore();
    }
  });
});

/** The text of an element in the editor's shadow root, spaces tidied; '' when there is none. */
const textOf = (editor: Element, selector: string) => inShadow(editor, selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** What the downloaded file at `href` holds. */
const fileText = async (href: string) => (await fetch(href)).text();

describe('<fz-editor> never loses work and never claims a save it did not make', () => {
  it('keeps saying the work is not kept at the top of the window while the person edits a figure further down', async () => {
    const editor = await extracted();
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    try {
      const total = valueInput(editor, 'years[0].petitions.total')!;
      await userEvent.fill(total, '394');
      await expect.poll(() => inShadow(editor, '.not-kept')).not.toBeNull();
      // The table's last rows, far below the alert's place at the top of the editor.
      const last = [...editor.shadowRoot!.querySelectorAll('.figures-table tr, table tr')].at(-1)!;
      last.scrollIntoView({ block: 'end' });
      await expect.poll(() => editor.getBoundingClientRect().top).toBeLessThan(-400);
      const alert = inShadow(editor, '.not-kept')!.getBoundingClientRect();
      expect(alert.top).toBeGreaterThanOrEqual(0);
      expect(alert.bottom).toBeLessThanOrEqual(innerHeight);
      expect(alert.height).toBeGreaterThan(20);
    } finally {
      Storage.prototype.setItem = setItem;
    }
  });

  it('says at once when storage is full, in the page’s language, offers the work as a file, and says “kept” only after a save that worked', async () => {
    const editor = mount<FzEditor>('fz-editor', {}, 1280);
    await editor.updateComplete;
    // Nothing typed, nothing kept: nothing claimed.
    expect(textOf(editor, '.storage')).toBe('');
    const setItem = Storage.prototype.setItem;
    const downloads = catchDownloads();
    Storage.prototype.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    try {
      await userEvent.fill(inShadow<HTMLTextAreaElement>(editor, 'textarea.paste')!, report);
      await expect
        .poll(() => textOf(editor, '.not-kept'))
        .toBe(
          // No copy kept aside here: none to delete is named.
          '本浏览器中本网站的存储空间已满（本网站的其他页面也使用这部分空间），刚才的修改没有保存，刷新页面会丢失。请先下载进度文件保存到电脑上；在浏览器设置中清除本网站的数据后，会继续自动保存。 下载进度文件',
        );
      expect(inShadow(editor, '.not-kept')!.getAttribute('role')).toBe('alert');
      expect(editor.shadowRoot!.textContent).not.toContain('进度自动保存在本浏览器中');
      expect(localStorage.getItem(WORK_KEY)).toBeNull();
      await userEvent.click(button(editor, '.not-kept button.download-work'));
      expect(downloads.files.map((file) => file.name)).toEqual(['report-work.json']);
      expect(JSON.parse(await fileText(downloads.files[0].href)).report).toBe(report);
      editor.setAttribute('lang', 'en');
      await expect
        .poll(() => textOf(editor, '.not-kept'))
        .toMatch(
          /^This site’s storage in this browser is full \(the site’s other pages use the same space\): your last change was not kept/,
        );
      editor.setAttribute('lang', 'zh-CN');
      await editor.updateComplete;
    } finally {
      Storage.prototype.setItem = setItem;
      downloads.restore();
    }
    // Room again: the next change is kept, and only now said to be.
    await userEvent.fill(inShadow<HTMLInputElement>(editor, 'input.unit-id')!, 'dongcheng');
    await expect.poll(() => textOf(editor, '.keeping')).toBe('进度自动保存在本浏览器中，刷新页面不会丢失。');
    expect(inShadow(editor, '.not-kept')).toBeNull();
    expect(JSON.parse(localStorage.getItem(WORK_KEY)!)).toMatchObject({ report, unitId: 'dongcheng', revision: 1 });
  });

  it('opens the downloaded work file again, with its report, figures and check list', async () => {
    const editor = await extracted();
    const setItem = Storage.prototype.setItem;
    const downloads = catchDownloads();
    Storage.prototype.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    let saved: string;
    try {
      await userEvent.fill(row(editor, 'years[0].training[0]')!.querySelector<HTMLInputElement>('.name input')!, '集中学法');
      await expect.poll(() => inShadow(editor, '.not-kept button.download-work')).not.toBeNull();
      await userEvent.click(button(editor, '.not-kept button.download-work'));
      expect(downloads.files.map((file) => file.name)).toEqual(['beiyang-2024-work.json']);
      saved = await fileText(downloads.files[0].href);
    } finally {
      Storage.prototype.setItem = setItem;
      downloads.restore();
    }
    editor.remove();
    localStorage.removeItem(WORK_KEY);
    const again = mount<FzEditor>('fz-editor', {}, 1280);
    await again.updateComplete;
    await userEvent.upload(inShadow<HTMLInputElement>(again, 'input.report-file')!, new File([saved], 'beiyang-2024-work.json'));
    await expect.poll(() => inShadow<HTMLTextAreaElement>(again, 'textarea.paste')?.value).toBe(report);
    expect(row(again, 'years[0].training[0]')!.querySelector<HTMLInputElement>('.name input')!.value).toBe('集中学法');
    expect(again.shadowRoot!.querySelectorAll('.to-check-list .entry')).toHaveLength(1);
    // It is this page's work now, and kept.
    expect(JSON.parse(localStorage.getItem(WORK_KEY)!)).toMatchObject({ unitId: 'beiyang', revision: 1 });
    expect(textOf(again, '.keeping')).toBe('进度自动保存在本浏览器中，刷新页面不会丢失。');
  });
});

describe('<fz-editor> in two tabs', () => {
  /** The editor page in a frame of its own: another document of the same origin, sharing this browser's storage as another tab does. */
  async function tab(): Promise<FzEditor> {
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width: 1000px; height: 400px; border: 0';
    frame.srcdoc = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">
      <script type="module" src="/src/elements/fz-editor/fz-editor.ts"></script></head><body><fz-editor></fz-editor></body></html>`;
    box(1000).append(frame);
    await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    const page = frame.contentWindow!;
    await page.customElements.whenDefined('fz-editor');
    const editor = page.document.querySelector('fz-editor') as FzEditor;
    await editor.updateComplete;
    return editor;
  }

  /** Types `value` into a field of `editor` as a person's typing does: the value, then its input event (handled at once). */
  function type(editor: FzEditor, selector: string, value: string): void {
    const field = inShadow<HTMLInputElement | HTMLTextAreaElement>(editor, selector)!;
    field.value = value;
    field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  }

  const stored = () => JSON.parse(localStorage.getItem(WORK_KEY) ?? 'null');
  const copies = () => Object.keys(localStorage).filter((key) => key.startsWith(`${WORK_KEY}.copy.`));
  const field = (editor: FzEditor, selector: string) => inShadow<HTMLInputElement | HTMLTextAreaElement>(editor, selector)?.value;

  it('never overwrites another tab’s work: a tab takes a newer save only when all its own work is kept, and otherwise asks', async () => {
    const a = await tab();
    const b = await tab();
    // A's work is kept; B, open and still empty, takes it as soon as it is kept, and says so.
    type(a, 'textarea.paste', report);
    expect(stored()).toMatchObject({ report, revision: 1 });
    await expect.poll(() => field(b, 'textarea.paste')).toBe(report);
    expect(textOf(b, '.keeping-note')).toBe('已载入另一个标签页保存的内容。');
    // B's edit is kept over the work it took; A, all of whose work that is, takes B's.
    type(b, 'input.unit-id', 'dongcheng');
    expect(stored()).toMatchObject({ report, unitId: 'dongcheng', revision: 2 });
    await expect.poll(() => field(a, 'input.unit-id')).toBe('dongcheng');

    // Both type at once, before either hears of the other: B's save is first; A's would replace it, and is refused.
    type(b, 'input.year', '2024');
    type(a, 'input.year', '2023');
    expect(stored()).toMatchObject({ unitId: 'dongcheng', year: '2024', revision: 3 });
    await a.updateComplete;
    expect(textOf(a, '.conflict')).toMatch(/^另一个标签页保存了新的内容。为免互相覆盖，本页的修改暂不保存。请选择：/);
    expect(inShadow(a, '.conflict')!.getAttribute('role')).toBe('alert');
    expect(textOf(a, '.keeping')).toBe('');
    // Hearing of B's save leaves A asking, its own year on the page.
    await new Promise((resolve) => a.ownerDocument.defaultView!.addEventListener('storage', resolve, { once: true }));
    expect(field(a, 'input.year')).toBe('2023');
    expect(stored()).toMatchObject({ year: '2024', revision: 3 });

    // A keeps its work as a copy and goes on with B's; B hears of the copy.
    await userEvent.click(button(a, '.conflict button.keep-copy'));
    await expect.poll(() => field(a, 'input.year')).toBe('2024');
    expect(textOf(a, '.keeping-note')).toBe('本页原来的内容已另存为副本，见下方“本浏览器中另存的副本”。');
    expect(inShadow(a, '.conflict')).toBeNull();
    expect(copies()).toHaveLength(1);
    expect(JSON.parse(localStorage.getItem(copies()[0])!)).toMatchObject({ report, unitId: 'dongcheng', year: '2023' });
    await expect.poll(() => b.shadowRoot!.querySelectorAll('.copy-list li').length).toBe(1);

    // B loads the copy back: the work B had is kept as a copy in its place, and A takes the copy's work.
    await userEvent.click(button(b, '.copy-list button.load-copy'));
    await expect.poll(() => field(b, 'input.year')).toBe('2023');
    expect(stored()).toMatchObject({ year: '2023', revision: 4 });
    expect(copies().map((key) => JSON.parse(localStorage.getItem(key)!).year)).toEqual(['2024']);
    await expect.poll(() => field(a, 'input.year')).toBe('2023');

    // B's storage fills up: its change is not kept, and when A then saves, B is asked, not overwritten; it can download its work.
    const pageB = b.ownerDocument.defaultView as Window & typeof globalThis;
    pageB.Storage.prototype.setItem = () => {
      throw new pageB.DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    type(b, 'input.unit-id', 'xishan');
    await b.updateComplete;
    expect(inShadow(b, '.not-kept')).not.toBeNull();
    // A copy is kept aside: deleting it makes room, and the alert says so.
    expect(textOf(b, '.not-kept')).toContain('删除下方另存的副本，或在浏览器设置中清除本网站的数据后');
    type(a, 'input.year', '2022');
    expect(stored()).toMatchObject({ unitId: 'dongcheng', year: '2022', revision: 5 });
    await expect.poll(() => inShadow(b, '.conflict')).not.toBeNull();
    expect(field(b, 'input.unit-id')).toBe('xishan');
    let downloaded = '';
    pageB.HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      downloaded = this.href;
    };
    await userEvent.click(button(b, '.conflict button.download-work'));
    expect(JSON.parse(await fileText(downloaded))).toMatchObject({ unitId: 'xishan', year: '2023' });
  });
});

describe('<fz-editor> with work kept by another version', () => {
  it('loads work an earlier version kept (its check list called `review`, a reason it does not know), wording it', async () => {
    const { draft, text } = extractReport(report, { unitId: 'beiyang' });
    const at = report.indexOf('四个');
    const item = {
      kind: 'unplaced',
      text: '四个',
      why: 'from-a-later-version',
      sentence: '四个平台建设',
      quote: '四个平台建设',
      at: [at, at + 2],
      value: 4,
    };
    localStorage.setItem(
      WORK_KEY,
      JSON.stringify({ revision: 7, report, year: '', unitId: 'beiyang', text, dataset: draft, review: [item], checked: false }),
    );
    const editor = mount<FzEditor>('fz-editor', {}, 1280);
    await editor.updateComplete;
    expect(valueInput(editor, 'years[0].petitions.total')?.value).toBe('393');
    expect(textOf(editor, '.to-check-list .entry .reason')).toBe('需要核对');
    expect(textOf(editor, '.keeping')).toBe('进度自动保存在本浏览器中，刷新页面不会丢失。');
    expect(inShadow(editor, '.set-aside')).toBeNull();
    // Its next save replaces the revision it loaded.
    await userEvent.fill(inShadow<HTMLInputElement>(editor, 'input.year')!, '2024');
    expect(JSON.parse(localStorage.getItem(WORK_KEY)!)).toMatchObject({ revision: 8, year: '2024' });
  });

  it('sets aside stored work it cannot read, offers it as a file, and can start over', async () => {
    const unreadable = '{"report": "某镇2024年度法治政府建设年度报告", "dataset": ';
    localStorage.setItem(WORK_KEY, unreadable);
    const editor = mount<FzEditor>('fz-editor', {}, 1280);
    await editor.updateComplete;
    expect(textOf(editor, '.set-aside')).toMatch(/^本浏览器中保存的进度有无法读取的内容（可能来自其他版本的编辑器）/);
    expect(localStorage.getItem(`${WORK_KEY}.set-aside`)).toBe(unreadable);
    const downloads = catchDownloads();
    try {
      await userEvent.click(button(editor, '.set-aside button.download-set-aside'));
      expect(await fileText(downloads.files[0].href)).toBe(unreadable);
    } finally {
      downloads.restore();
    }
    // Start over is there, and works.
    await userEvent.fill(inShadow<HTMLTextAreaElement>(editor, 'textarea.paste')!, report);
    expect(JSON.parse(localStorage.getItem(WORK_KEY)!).report).toBe(report);
    await userEvent.click(button(editor, 'button.clear'));
    await expect.poll(() => inShadow<HTMLTextAreaElement>(editor, 'textarea.paste')?.value).toBe('');
    expect(localStorage.getItem(WORK_KEY)).toBeNull();
    await userEvent.click(button(editor, '.set-aside button.forget-set-aside'));
    await expect.poll(() => inShadow(editor, '.set-aside')).toBeNull();
    expect(localStorage.getItem(`${WORK_KEY}.set-aside`)).toBeNull();
  });

  it('loads what it can read of work of another shape, and sets the rest aside', async () => {
    const kept = {
      report: '某镇2024年度法治政府建设年度报告',
      year: '2024',
      unitId: 'x',
      text: '',
      review: [{ kind: 'note', words: '?' }],
      dataset: 'v3',
    };
    localStorage.setItem(WORK_KEY, JSON.stringify(kept));
    const editor = mount<FzEditor>('fz-editor', {}, 1280);
    await editor.updateComplete;
    expect(inShadow<HTMLInputElement>(editor, 'input.year')!.value).toBe('2024');
    expect(inShadow(editor, '.set-aside')).not.toBeNull();
    expect(JSON.parse(localStorage.getItem(`${WORK_KEY}.set-aside`)!)).toEqual(kept);
  });
});

describe('<fz-editor> reads report files as they come', () => {
  const open = async (editor: FzEditor, file: File) => {
    await userEvent.upload(inShadow<HTMLInputElement>(editor, 'input.report-file')!, file);
  };

  it('reads a report saved as UTF-16, with or without a BOM', async () => {
    const units = new Uint16Array([...report].flatMap((char) => [...char].map((_, i) => char.charCodeAt(i))));
    for (const bytes of [new Uint8Array([0xff, 0xfe, ...new Uint8Array(units.buffer)]), new Uint8Array(units.buffer)]) {
      const editor = mount<FzEditor>('fz-editor', {}, 1280);
      await editor.updateComplete;
      await open(editor, new File([bytes], 'report-utf16.txt'));
      await expect.poll(() => inShadow<HTMLTextAreaElement>(editor, 'textarea.paste')?.value).toBe(report);
      editor.clear();
      editor.remove();
    }
  });

  it('refuses Big5, a binary file and a file over 20 MB before extraction, in words', async () => {
    const editor = mount<FzEditor>('fz-editor', {}, 1280);
    await editor.updateComplete;
    const alert = () => textOf(editor, '.report .alert');
    const big5 = await (await fetch('/tests/fixtures/encodings/invented-report-big5.txt')).arrayBuffer();
    await open(editor, new File([big5], 'report-big5.txt'));
    await expect
      .poll(alert)
      .toBe('文件“report-big5.txt”是繁体中文的 Big5 编码，无法正确读取。请用文本编辑器另存为 UTF-8 编码，或复制全文粘贴到上面。');
    const png = await (await fetch('/docs/screenshots/dashboard-360.png')).arrayBuffer();
    await open(editor, new File([png], 'report.txt'));
    await expect.poll(alert).toMatch(/^文件“report\.txt”不是文本文件（可能是 PDF、Word 文档或图片）。/);
    // Chosen as a person chooses it (the file's 21 MB are not sent through the test's driver).
    const input = inShadow<HTMLInputElement>(editor, 'input.report-file')!;
    const chosen = new DataTransfer();
    chosen.items.add(new File([new Uint8Array(21 * 1024 * 1024)], 'huge.txt'));
    input.files = chosen.files;
    input.dispatchEvent(new Event('change'));
    await expect.poll(alert).toMatch(/^文件“huge\.txt”有 21 MB，超过 20 MB 的上限，未读取。/);
    expect(inShadow<HTMLTextAreaElement>(editor, 'textarea.paste')!.value).toBe('');
  });

  // Its 20 MB paste alone takes seconds on a loaded machine: this test has a minute, not the default 15 s.
  it('refuses a pasted text over 20 MB, asks for the year a title does not name, and says how many stray characters it dropped', async () => {
    const editor = mount<FzEditor>('fz-editor', {}, 1280);
    await editor.updateComplete;
    const alert = () => textOf(editor, '.report .alert');
    editor.clear();
    const textarea = inShadow<HTMLTextAreaElement>(editor, 'textarea.paste')!;
    // 7 Mi characters of three bytes each in UTF-8: 21 MB.
    textarea.value = '法'.repeat(7 * 1024 * 1024);
    textarea.dispatchEvent(new Event('input'));
    await userEvent.click(button(editor, 'button.extract'));
    await expect.poll(alert).toBe('粘贴的内容有 21 MB，超过 20 MB 的上限，未提取。请只粘贴报告正文。');
    await userEvent.fill(textarea, '全年信访总量400件，其中来信200件。');
    await userEvent.click(button(editor, 'button.extract'));
    await expect.poll(alert).toBe('报告的标题、开头、日期和网址中都找不到年份。请在“年度”中填写后再提取。');
    const at = report.indexOf('全年信访总量393条') + 3;
    await userEvent.fill(textarea, `${report.slice(0, at)}\0${report.slice(at)}`);
    await userEvent.click(button(editor, 'button.extract'));
    await expect.poll(() => valueInput(editor, 'years[0].petitions.total')?.value).toBe('393');
    expect(textOf(editor, '.dropped')).toBe('报告中有 1 个不可见的控制字符（如 NUL），已删除。');
    expect(inShadow(editor, '.report .alert')).toBeNull();
  }, 60_000);
});

/** A report of 青山镇 with its title, publisher and date, and `body`: nothing to fill in but the unit's code. */
const qingshanReport = (body: string) =>
  ['青山镇2024年度法治政府建设年度报告', '发布机构：青山镇人民政府 成文日期：2025-03-01', body].join('\n');

describe('<fz-editor>’s check list, a place chosen for a number its reason doubts', () => {
  it('says the reason again by 采用, and to the screen reader with it: a village’s contracts chosen for the town’s', async () => {
    const report = qingshanReport('指导各村审查村级合同56份。');
    const editor = await pasted(report, 'qingshan-town');
    const entry = () =>
      [...editor.shadowRoot!.querySelectorAll<HTMLElement>('.to-check-list .entry')].find((each) => each.textContent?.includes('56'))!;
    await expect.poll(() => entry()?.querySelector('select.target')).not.toBeNull();
    // Nothing chosen for it first, and nothing said.
    expect(entry().querySelector('.doubted')).toBeNull();
    const select = entry().querySelector<HTMLSelectElement>('select.target')!;
    const contracts = [...select.options].find((option) => option.value.endsWith('legality.contracts'))!;
    await userEvent.selectOptions(select, contracts.value);
    await expect
      .poll(() => entry().querySelector('.doubted')?.textContent?.trim())
      .toBe('请先对照原文确认：这是村（社区）的审查，不是本单位的合法性审查。只有确是本单位本年度的这一项，才采用。');
    const note = entry().querySelector('.doubted')!.id;
    expect(entry().querySelector('button.accept')!.getAttribute('aria-describedby')?.split(' ')).toContain(note);
  });
});

describe('<fz-editor>’s 已逐项核对 beside a check list not dealt with', () => {
  it('says how many numbers of the check list are left, and goes once each is placed or dismissed', async () => {
    const report = qingshanReport('全年开展集中学法12次，开展普法宣传约30场。');
    const editor = await pasted(report, 'qingshan-town');
    const checked = () => inShadow<HTMLInputElement>(editor, 'input.checked')!;
    await expect
      .poll(() => textOf(editor, '.open-items'))
      .toBe('核对清单上还有 1 项未处理。可以勾选“已逐项核对”，但未处理的数字不会放入数据：需要的，请先放入。');
    // Said, not refused: the person decides.
    expect(checked().disabled).toBe(false);
    expect(checked().getAttribute('aria-describedby')).toBe('open-items');
    for (const dismiss of editor.shadowRoot!.querySelectorAll<HTMLButtonElement>('.to-check-list button.dismiss'))
      await userEvent.click(dismiss);
    await expect.poll(() => inShadow(editor, '.open-items')).toBeNull();
    expect(checked().hasAttribute('aria-describedby')).toBe(false);
  });
});

describe('<fz-editor> with a street’s report as its portal shows it: no title line, 行政复议/应诉 and 合法性审查', () => {
  const street = [
    '2024年，青山街道坚持以习近平新时代中国特色社会主义思想为指导，扎实推进法治政府建设。现将2024年法治政府建设工作报告如下：',
    '一、主要举措和成效',
    '全年共收到行政复议申请12件，审结10件；发生行政诉讼案件5件，审结4件，败诉1件。主要负责人出庭应诉比例达100%。',
    '今年组织行政决策合法性审查13次，审查监督合同文书43份。',
  ].join('\n');

  it('lists every section’s figures, shows the year it inferred and where from, and takes a percentage into reviews’ rate', async () => {
    const editor = await pasted(street);
    await expect.poll(() => valueInput(editor, 'years[0].year')?.value).toBe('2024');
    // The year is inferred: shown with what it was read from, editable, and on the check list to check.
    expect(row(editor, 'years[0].year')!.querySelector('.note')!.textContent).toBe('按报告开头推断：2024年');
    const yearEntry = [...editor.shadowRoot!.querySelectorAll('.to-check-list .entry')].find((entry) =>
      entry.querySelector('.reason')?.textContent?.startsWith('未从标题读到年度'),
    )!;
    expect(yearEntry.textContent).toContain('请在上面的数据表中核对年度');
    // Its button says what pressing it means: the year was checked, not a number ignored.
    expect(yearEntry.querySelector('button.dismiss')!.textContent!.trim()).toBe('核对无误');
    // So is the unit's name, read from the body: on the check list with the sentence it was read from.
    const unitEntry = [...editor.shadowRoot!.querySelectorAll('.to-check-list .entry')].find(
      (entry) => entry.querySelector('.reason')?.textContent === '标题未写单位：按正文的“青山街道”填写了单位名称，请核对',
    )!;
    expect(unitEntry.textContent).toContain('请在上面的数据表中核对单位名称');
    expect(unitEntry.querySelector('button.dismiss')!.textContent!.trim()).toBe('核对无误');
    expect(row(editor, 'unit.name')!.querySelector<HTMLInputElement>('td.value input')!.value).toBe('青山街道');
    // Every section of the registry, under its heading, each figure the report gives editable.
    const headings = [...editor.shadowRoot!.querySelectorAll('.figures .group th')].map((th) => th.textContent);
    expect(headings).toEqual([
      '单位',
      '报告来源',
      '信访',
      '矛盾纠纷调解',
      '法治学习与培训',
      '基层智治平台',
      '行政复议与行政应诉',
      '合法性审查',
    ]);
    expect(valueInput(editor, 'years[0].reviews.reconsideration.received')!.value).toBe('12');
    expect(valueInput(editor, 'years[0].reviews.litigation.lost')!.value).toBe('1');
    expect(row(editor, 'years[0].reviews.litigation.lost')!.querySelector('.name')!.textContent).toBe('行政应诉败诉');
    expect(valueInput(editor, 'years[0].legality.contracts')!.value).toBe('43');
    await userEvent.fill(valueInput(editor, 'years[0].legality.decisions')!, '31');
    await expect
      .poll(() => problems(editor))
      .toEqual(['合法性审查 · 重大行政决策：引用的报告原文中没有这个数字（31）：数据只能取原文写明的数字']);
    await userEvent.fill(valueInput(editor, 'years[0].legality.decisions')!, '13');
    await expect.poll(() => problems(editor)).toEqual([]);
    // A percentage the rules left: any section's rate may take it, the one its words name (出庭应诉) first.
    const entry = [...editor.shadowRoot!.querySelectorAll('.to-check-list .entry')].find(
      (each) => each.querySelector('.to-check-text')?.textContent === '100%',
    )!;
    const options = [...entry.querySelectorAll('select.target option')].map((option) => option.getAttribute('value'));
    expect(options).toEqual(['', 'years[0].reviews.litigation.headAppearanceRate', 'years[0].mediation.statedRate']);
    await userEvent.selectOptions(entry.querySelector('select.target')!, 'years[0].reviews.litigation.headAppearanceRate');
    await userEvent.click(entry.querySelector<HTMLButtonElement>('button.accept')!);
    await expect.poll(() => valueInput(editor, 'years[0].reviews.litigation.headAppearanceRate')?.value).toBe('100');
    expect(row(editor, 'years[0].reviews.litigation.headAppearanceRate')!.querySelector('.quote q')!.textContent!.trim()).toBe(
      '主要负责人出庭应诉比例达100%',
    );
    expect(problems(editor)).toEqual([]);
    // The preview charts them.
    await expect
      .poll(() => inShadow(editor, '.preview fz-dashboard')?.shadowRoot?.querySelector('fz-legality')?.shadowRoot?.querySelector('svg'))
      .not.toBeFalsy();
  });

  it('refuses 已逐项核对 while the date is 0001-01-01 or a field says （待填写）, and takes it once they are filled in; the check list’s 请填写 items go as they are', async () => {
    const editor = await pasted(street);
    await expect.poll(() => valueInput(editor, 'years[0].year')?.value).toBe('2024');
    const checked = () => inShadow<HTMLInputElement>(editor, 'input.checked')!;
    expect(checked().disabled).toBe(true);
    // The report names its unit where it speaks of itself (2024年，青山街道坚持…): its name is filled in already.
    expect(row(editor, 'unit.name')!.querySelector<HTMLInputElement>('td.value input')!.value).toBe('青山街道');
    expect(textOf(editor, '.unfilled')).toBe(
      '还有待填写的项目（单位代码、报告标题、发布机构、成文日期（YYYY-MM-DD）），填写后才能标为已逐项核对。',
    );
    // Both reasons said at once: what is to fill in, and what was inferred and waits for 核对无误.
    expect(textOf(editor, '.unconfirmed')).toBe(
      '单位名称、年度是推断的：请先在数据表中核对，再在核对清单上点“核对无误”，才能标为已逐项核对。',
    );
    expect(checked().getAttribute('aria-describedby')).toBe('unfilled unconfirmed');
    // Refused, and said, in a way assistive technology reads too.
    const axeRun = await axe.run(editor, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    expect(axeRun.violations.map((violation) => violation.id)).toEqual([]);
    const text = (key: string) => row(editor, key)!.querySelector<HTMLInputElement>('td.value input')!;
    // The check list asks for each: an item filled in in the table leaves it.
    const toFill = () =>
      [...editor.shadowRoot!.querySelectorAll('.to-check-list .entry')]
        .filter((entry) => entry.querySelector('.actions p.secondary')?.textContent === '请在上面的数据表中填写。')
        .map((entry) => entry.querySelector('.to-check-text')!.textContent);
    expect(toFill()).toHaveLength(3);
    await userEvent.fill(text('unit.name'), '青山街道');
    // The code the extractor writes for a unit (unit) is no unit's: a person gives one.
    await userEvent.fill(text('unit.id'), 'qingshan-street');
    await userEvent.fill(text('years[0].source.title'), '青山街道2024年法治政府建设工作报告');
    await userEvent.fill(text('years[0].source.publisher'), '青山街道办事处');
    await expect.poll(() => textOf(editor, '.unfilled')).toBe('还有待填写的项目（成文日期（YYYY-MM-DD）），填写后才能标为已逐项核对。');
    expect(toFill()).toHaveLength(1);
    expect(checked().disabled).toBe(true);
    await userEvent.fill(text('years[0].source.date'), '2025-03-01');
    expect(toFill()).toEqual([]);
    // The year and the unit's name were inferred: refused until a person says each is right (核对无误).
    await expect.poll(() => inShadow(editor, '.unfilled')).toBeNull();
    await expect
      .poll(() => textOf(editor, '.unconfirmed'))
      .toBe('单位名称、年度是推断的：请先在数据表中核对，再在核对清单上点“核对无误”，才能标为已逐项核对。');
    expect(checked().disabled).toBe(true);
    const confirm = () =>
      [...editor.shadowRoot!.querySelectorAll<HTMLButtonElement>('.to-check-list button.dismiss')].find(
        (each) => each.textContent?.trim() === '核对无误',
      );
    const yearEntry = [...editor.shadowRoot!.querySelectorAll('.to-check-list .entry')].find((entry) =>
      entry.querySelector('.reason')?.textContent?.startsWith('未从标题读到年度'),
    )!;
    await userEvent.click(yearEntry.querySelector<HTMLButtonElement>('button.dismiss')!);
    await expect
      .poll(() => textOf(editor, '.unconfirmed'))
      .toBe('单位名称是推断的：请先在数据表中核对，再在核对清单上点“核对无误”，才能标为已逐项核对。');
    await userEvent.click(confirm()!);
    await expect.poll(() => checked().disabled).toBe(false);
    expect(confirm()).toBeUndefined();
    // Emptied, a row is to fill in again, and its item is back.
    await userEvent.fill(text('years[0].source.title'), '');
    await expect.poll(() => toFill()).toEqual(['未找到标题，请填写']);
    await userEvent.fill(text('years[0].source.title'), '青山街道2024年法治政府建设工作报告');
    await expect.poll(() => checked().disabled).toBe(false);
    expect(inShadow(editor, '.unfilled')).toBeNull();
    await userEvent.click(checked());
    const downloads = catchDownloads();
    try {
      await userEvent.click(button(editor, 'button.download'));
      const dataset = JSON.parse(await fileText(downloads.files[0].href));
      expect('draft' in dataset).toBe(false);
      expect(datasetProblems(dataset)).toEqual([]);
      // Put back to the placeholder, the dataset is a draft again, whatever was ticked.
      await userEvent.fill(text('years[0].source.date'), '0001-01-01');
      await expect.poll(() => checked().disabled).toBe(true);
      expect(toFill()).toHaveLength(1);
      expect(checked().checked).toBe(false);
      await userEvent.click(button(editor, 'button.download'));
      expect(JSON.parse(await fileText(downloads.files[1].href)).draft).toBe(true);
    } finally {
      downloads.restore();
    }
  });
});

describe('<fz-editor> as a town’s clerk uses it', () => {
  /** A new editor, `text` pasted and its figures extracted. */
  async function read(text: string): Promise<FzEditor> {
    const editor = await pasted(text);
    await expect.poll(() => inShadow(editor, 'table.figures')).not.toBeNull();
    return editor;
  }
  const fixture = async (path: string) => (await fetch(path)).text();
  /** The text of an element under `element` (itself in the editor's shadow root), spaces tidied. */
  const textIn = (element: Element, selector: string) => element.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  const entries = (editor: Element) => [...editor.shadowRoot!.querySelectorAll<HTMLElement>('.to-check-list .entry')];
  const entryOf = (editor: Element, words: string) =>
    entries(editor).find((entry) => entry.querySelector('.to-check-text')?.textContent === words)!;

  it('pre-selects no place that would leave the data with a problem, warns of what taking it needs, and removes a row it added', async () => {
    const address = 'https://www.jindong.gov.cn/art/2024/1/31/art_1229180047_4123456.html';
    const editor = await read(`${address}\n${await fixture('/tests/fixtures/real-reports/town-lipu-2023.txt')}`);
    const hotline = entryOf(editor, '受理答复8890诉求655件');
    // A channel with no petitions total would leave 信访 without its total: chosen by a person only.
    expect(hotline.querySelector<HTMLSelectElement>('select.target')!.value).toBe('');
    expect(hotline.querySelector<HTMLButtonElement>('button.accept')!.disabled).toBe(true);
    await userEvent.selectOptions(hotline.querySelector('select.target')!, 'new:petitions.channels');
    await expect
      .poll(() => textIn(hotline, '.would-break'))
      .toBe('采用后数据还会有问题：信访 · 信访总量：缺少必填字段。可以在上面的数据表中补上，或删除这一行。');
    await userEvent.click(hotline.querySelector<HTMLButtonElement>('button.accept')!);
    await expect.poll(() => problems(editor)).toEqual(['信访 · 信访总量：缺少必填字段']);
    expect(button(editor, 'button.download').disabled).toBe(true);
    // Every row added can be removed: the data is as it was, valid again.
    const added = row(editor, 'years[0].petitions.channels[0]')!;
    expect(added.querySelector<HTMLInputElement>('.name input')!.value).toBe('8890热线');
    await userEvent.click(added.querySelector<HTMLButtonElement>('button.remove')!);
    await expect.poll(() => problems(editor)).toEqual([]);
    expect(row(editor, 'years[0].petitions.channels[0]')).toBeNull();
    expect(button(editor, 'button.download').disabled).toBe(false);
    // The page's address is the source's, shown and editable.
    const url = row(editor, 'years[0].source.url')!.querySelector<HTMLInputElement>('td.value input')!;
    expect(url.value).toBe(address);
    await userEvent.fill(url, 'https://www.jindong.gov.cn/art/2024/1/31/art_1.html');
    await expect
      .poll(() => JSON.parse(localStorage.getItem(WORK_KEY)!).dataset.years[0].source.url)
      .toBe('https://www.jindong.gov.cn/art/2024/1/31/art_1.html');
  });

  it('never pre-selects a place the item’s own reason says it is not (批 is no count of cases)', async () => {
    const editor = await read(await fixture('/tests/fixtures/real-reports/department-heyang-xinfang-2022.txt'));
    const batches = entries(editor).find((entry) => entry.querySelector('.reason')?.textContent === '“批”计的是批次，不是件数')!;
    expect(batches).toBeDefined();
    expect(batches.querySelector<HTMLSelectElement>('select.target')!.value).toBe('');
    // No entry is pre-selected where taking it would leave a problem.
    for (const entry of entries(editor)) {
      const select = entry.querySelector<HTMLSelectElement>('select.target');
      if (select?.value) expect(entry.querySelector('.would-break'), entry.textContent ?? '').toBeNull();
    }
  });

  it('lists every section of the registry, one with no figures saying so, and adds a figure to it, named in words when it has a problem', async () => {
    const editor = await read(await fixture('/tests/fixtures/real-reports/town-lipu-2023.txt'));
    const headings = [...editor.shadowRoot!.querySelectorAll('.figures .group th')].map((th) => th.textContent);
    expect(headings).toEqual([
      '单位',
      '报告来源',
      '信访',
      '矛盾纠纷调解',
      '法治学习与培训',
      '基层智治平台',
      '行政复议与行政应诉',
      '合法性审查',
    ]);
    const mediation = inShadow(editor, 'tbody[data-group="mediation"]')!;
    expect(textIn(mediation, '.none')).toBe('报告未列出这一部分的数据。');
    await userEvent.selectOptions(mediation.querySelector('select.add-field')!, 'years[0].mediation.accepted');
    await userEvent.click(mediation.querySelector<HTMLButtonElement>('button.add')!);
    await expect.poll(() => row(editor, 'years[0].mediation.accepted')).not.toBeNull();
    await expect
      .poll(() => problems(editor))
      .toEqual([
        '矛盾纠纷调解 · 成功化解：缺少必填字段',
        '矛盾纠纷调解 · 受理案件 · 数值：缺少数值',
        '矛盾纠纷调解 · 受理案件 · 报告原文：不能为空',
      ]);
    expect(problems(editor).join('\n')).not.toMatch(/null|years\[/);
    // The quote of a figure added by hand is typed, from the report's words.
    const accepted = row(editor, 'years[0].mediation.accepted')!;
    await userEvent.fill(accepted.querySelector<HTMLInputElement>('td.value input')!, '13');
    await userEvent.fill(accepted.querySelector<HTMLInputElement>('td.quote input')!, '今年组织行政决策合法性审查13次');
    await expect.poll(() => problems(editor)).toEqual(['矛盾纠纷调解 · 成功化解：缺少必填字段']);
    await userEvent.click(accepted.querySelector<HTMLButtonElement>('button.remove')!);
    await expect.poll(() => problems(editor)).toEqual([]);
    expect(textIn(inShadow(editor, 'tbody[data-group="mediation"]')!, '.none')).toBe('报告未列出这一部分的数据。');
  });

  it('says what is wrong with a file that is no JSON in Chinese words, and asks before merging a year of another unit, naming both', async () => {
    const editor = await read(await fixture('/tests/fixtures/real-reports/town-lipu-2023.txt'));
    const note = () => textOf(editor, '.save-note');
    const fileInput = inShadow<HTMLInputElement>(editor, 'input.merge-file')!;
    const downloads = catchDownloads();
    const confirm = window.confirm;
    const asked: string[] = [];
    try {
      await userEvent.upload(fileInput, new File(['待核 一项：未放入数据的数字'], 'lipu.err', { type: 'text/plain' }));
      await userEvent.click(button(editor, 'button.merge-button'));
      await expect.poll(note).toBe('所选文件不是数据集：它不是 JSON 格式的数据文件，请选择下载的数据集（.json）。');
      await userEvent.upload(fileInput, new File([JSON.stringify(beiyang)], 'beiyang.json', { type: 'application/json' }));
      window.confirm = (question) => {
        asked.push(String(question));
        return false;
      };
      await userEvent.click(button(editor, 'button.merge-button'));
      await expect.poll(note).toBe('未合并：报告的单位是澧浦镇，所选数据集的单位是北洋镇。');
      expect(asked).toEqual(['报告的单位是澧浦镇，所选数据集的单位是北洋镇。仍要把这一年度合并到北洋镇的数据集吗？']);
      expect(downloads.files).toEqual([]);
      window.confirm = () => true;
      await userEvent.click(button(editor, 'button.merge-button'));
      await expect.poll(() => downloads.files.map((file) => file.name)).toEqual(['beiyang.json']);
    } finally {
      window.confirm = confirm;
      downloads.restore();
    }
  });

  it('opens a report with Word’s line breaks (U+000B) and reads its sentences whole: 集中学法, not 学法', async () => {
    const editor = mount<FzEditor>('fz-editor', {}, 1280);
    await editor.updateComplete;
    const bytes = await (await fetch('/tests/fixtures/clerk/vt.txt')).arrayBuffer();
    await userEvent.upload(inShadow<HTMLInputElement>(editor, 'input.report-file')!, new File([bytes], 'vt.txt'));
    await expect.poll(() => inShadow<HTMLTextAreaElement>(editor, 'textarea.paste')?.value ?? '').toContain('集中\v学法');
    await userEvent.click(button(editor, 'button.extract'));
    await expect.poll(() => row(editor, 'years[0].training[0]')?.querySelector<HTMLInputElement>('.name input')?.value).toBe('集中学法');
    expect(valueInput(editor, 'years[0].petitions.total')!.value).toBe('120');
    expect(textOf(editor, '.dropped')).toBe('报告中有 4 个不可见的控制字符（如 NUL），已删除。');
  });

  it('refuses an empty report, opened or pasted, in words', async () => {
    const editor = mount<FzEditor>('fz-editor', {}, 1280);
    await editor.updateComplete;
    const alert = () => textOf(editor, '.report .alert');
    await userEvent.upload(inShadow<HTMLInputElement>(editor, 'input.report-file')!, new File([''], 'empty.txt'));
    await expect.poll(alert).toBe('文件“empty.txt”是空的，没有可以提取的文字。请确认选对了文件。');
    await userEvent.fill(inShadow<HTMLTextAreaElement>(editor, 'textarea.paste')!, '\u0001\u0002');
    await userEvent.fill(inShadow<HTMLInputElement>(editor, 'input.year')!, '2025');
    await userEvent.click(button(editor, 'button.extract'));
    await expect.poll(alert).toBe('报告是空的，没有可以提取的文字。请粘贴报告全文，或打开报告文件。');
    expect(inShadow(editor, 'table.figures')).toBeNull();
  });

  it('says a dataset file opened as the report is one (npm run extract’s draft), and leaves the report box as it was', async () => {
    const editor = mount<FzEditor>('fz-editor', {}, 1280);
    await editor.updateComplete;
    const draft = JSON.stringify({ schemaVersion: 1, unit: { id: 'x' }, draft: true, years: [{ year: 2024 }] }, null, 2);
    await userEvent.upload(inShadow<HTMLInputElement>(editor, 'input.report-file')!, new File([draft], 'x.draft.json'));
    await expect
      .poll(() => textOf(editor, '.report .alert'))
      .toBe(
        '“x.draft.json”是数据集文件，不是报告：请打开报告本身（.txt、.html）或粘贴报告全文；提取后，可在“保存”一步把这一年度合并到这个数据集。',
      );
    expect(inShadow<HTMLTextAreaElement>(editor, 'textarea.paste')!.value).toBe('');
    // Other JSON, neither a dataset nor a work file: said so too.
    await userEvent.upload(inShadow<HTMLInputElement>(editor, 'input.report-file')!, new File(['{"foo": 1}'], 'other.json'));
    await expect
      .poll(() => textOf(editor, '.report .alert'))
      .toBe('“other.json”是 JSON 文件，不是报告，也不是本编辑器保存的进度文件：请打开报告本身（.txt、.html）或粘贴报告全文。');
    expect(inShadow<HTMLTextAreaElement>(editor, 'textarea.paste')!.value).toBe('');
    // The file field offers the .json files its label names (a work file).
    expect(inShadow<HTMLInputElement>(editor, 'input.report-file')!.accept).toContain('.json');
  });

  it('reads a title with no year, and previews the date still to fill in as 待填写', async () => {
    const editor = await read(await fixture('/tests/fixtures/clerk/url-only.txt'));
    expect(row(editor, 'years[0].source.title')!.querySelector<HTMLInputElement>('td.value input')!.value).toBe(
      '某某街道法治政府建设情况报告',
    );
    expect(entries(editor).map((entry) => entry.querySelector('.reason')?.textContent ?? '')).not.toContain('未找到标题，请填写');
    const source = () =>
      inShadow(editor, '.preview fz-dashboard')?.shadowRoot?.querySelector('fz-petitions')?.shadowRoot?.querySelector('.source')
        ?.textContent ?? '';
    await expect.poll(source).toContain('待填写');
    expect(source()).not.toContain('1年1月1日');
  });

  it('says the storage is this site’s, shared by its pages, and what to do when it is full', async () => {
    const editor = mount<FzEditor>('fz-editor', {}, 1280);
    await editor.updateComplete;
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    try {
      await userEvent.fill(inShadow<HTMLTextAreaElement>(editor, 'textarea.paste')!, report);
      await expect.poll(() => textOf(editor, '.not-kept')).toMatch(/^本浏览器中本网站的存储空间已满/);
      expect(textOf(editor, '.not-kept')).not.toContain('其他网站');
      expect(textOf(editor, '.not-kept')).toContain('本网站的其他页面');
    } finally {
      Storage.prototype.setItem = setItem;
    }
  });
});
