import { afterEach, describe, expect, it } from 'vitest';
import { sections } from '../../src/sections/registry.js';
import { allFz, cleanup, deepText, inShadow, mount, settled } from './helpers.js';

afterEach(cleanup);

/** An invented street office whose channels, flags, training and platforms are none of Beiyang's. */
const SECOND = '/demo/data/sample-second-town.json';

const words = {
  'zh-CN': ['松溪街道（虚构）', '8890热线', '人民建议征集', '越级访', '专题研讨', '会前学法', '综合治理', '应急管理', '示例数据'],
  en: [
    'Songxi Street (invented)',
    '8890 hotline',
    "Citizens' suggestions",
    'Petitions beyond the level',
    'Topical seminars',
    'Emergency management',
    'Sample data',
  ],
};

/** The charts of the sections its reports give: not the sections only some reports give (行政复议与应诉, 合法性审查). */
const GIVEN_TAGS = sections.filter((section) => !section.onlyWhenGiven).map((section) => section.tag);

describe('a second unit (an invented street office, two years)', () => {
  it.each(['zh-CN', 'en'] as const)(
    'renders through the dashboard and every chart in %s, with its own words and five platforms',
    async (lang) => {
      const dashboard = mount('fz-dashboard', { src: SECOND, lang, compare: 'previous' }, 1280);
      await settled(dashboard);
      const elements = allFz(dashboard);
      expect(elements.map((element) => element.localName)).toEqual(['fz-dashboard', ...GIVEN_TAGS]);
      for (const element of elements) expect(inShadow(element, '[role="alert"]'), element.localName).toBeNull();
      const text = deepText(dashboard);
      for (const word of words[lang]) expect(text, word).toContain(word);
      const platforms = elements.find((element) => element.localName === 'fz-platforms')!;
      expect(platforms.shadowRoot!.querySelectorAll('.fz-card')).toHaveLength(5);
      // Nothing of the first town leaks in.
      for (const word of ['北洋', 'Beiyang', '12345', '党建统领']) expect(text).not.toContain(word);
    },
  );

  it.each(GIVEN_TAGS)('<%s> alone shows it, comparing 2024 with 2023', async (tag) => {
    const element = mount(tag, { src: SECOND, compare: 'previous', group: tag }, 640);
    await settled(element);
    expect(inShadow(element, '[role="alert"]')).toBeNull();
    expect(deepText(element)).toContain('松溪街道（虚构） · 2024年（对比2023年）');
  });
});
