/** Ids for the words reports use, so that a draft's items keep the ids of the datasets they join. */
const KNOWN: Record<string, string> = {
  '12345热线': 'hotline-12345',
  '8890热线': 'hotline-8890',
  来访: 'visits',
  来信: 'letters',
  网信: 'online',
  网上信访: 'online',
  人民建议征集: 'suggestions',
  省级来信: 'provincial-letters',
  市级来访: 'municipal-visits',
  重复件: 'repeat-cases',
  集中学习: 'central-study',
  理论学习中心组学习: 'theory-study-group',
  执法业务培训: 'law-enforcement-training',
  党建统领: 'party-building',
  经济生态: 'economy-ecology',
  平安法治: 'safety-rule-of-law',
  公共服务: 'public-services',
};

const made = new Map<string, string>();

/** The id of an item named `label`: a known one, or one made from the label's characters (`item-6765-8bbf`). */
export function idOf(label: string): string {
  const known = KNOWN[label];
  if (known) return known;
  const hotline = /^(\d{4,5})热线$/.exec(label);
  if (hotline) return `hotline-${hotline[1]}`;
  let id = made.get(label);
  if (!id) {
    id = `item-${[...label].map((char) => char.codePointAt(0)?.toString(16)).join('-')}`.slice(0, 60);
    made.set(label, id);
  }
  return id;
}
