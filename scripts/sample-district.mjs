// An invented district (示例区) of units with reports over several years, for the demo and the
// benchmark: every figure made up (seeded, so the same every time), marked "sample": true, every
// quote saying 示例. Twelve units over 2022–2024 make demo/data/sample-district.json; the benchmark
// makes 100 and 1 000. What a real district has is in it on purpose: a unit with no report of the
// first year, a report without mediation figures, two units with equal petitions, units whose
// population is not given, reports published after 1 April and titles that do not name their year.
//
//   node scripts/sample-district.mjs        writes demo/data/sample-district.json, its units' datasets
//                                           and its index (through npm run collect -- --index)
import { execFileSync } from 'node:child_process';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

const NAMES = [
  ['dongxi', '东溪镇', 'town'],
  ['xiling', '西岭镇', 'town'],
  ['nantang', '南塘镇', 'town'],
  ['beiao', '北岙镇', 'town'],
  ['qingshi', '青石镇', 'town'],
  ['yunfeng', '云峰乡', 'township'],
  ['taowan', '桃湾镇', 'town'],
  ['shiqiao', '石桥镇', 'town'],
  ['bailu', '白鹭街道', 'street'],
  ['hongqiao', '红桥街道', 'street'],
  ['jinsha', '金沙街道', 'street'],
  ['liuan', '柳岸街道', 'street'],
];

/** A seeded generator of numbers from 0 to 1 (mulberry32). */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let x = Math.imul(state ^ (state >>> 15), 1 | state);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

const label = (zh, en) => ({ 'zh-CN': zh, en });
const CHANNELS = [
  ['hotline-12345', label('12345热线', '12345 hotline')],
  ['visits', label('来访', 'Visits')],
  ['letters', label('来信', 'Letters')],
  ['online', label('网信', 'Online')],
];
const TRAINING = [
  ['central-study', label('集中学习', 'Group study sessions')],
  ['theory-study-group', label('理论学习中心组学习', 'Theory study group sessions')],
  ['law-enforcement-training', label('执法业务培训', 'Law-enforcement training')],
];

/** One year's report of a unit: its figures, each quoted as a sample's words. */
function yearOf(unit, year, index, rand, { noMediation }) {
  const int = (low, high) => low + Math.floor(rand() * (high - low + 1));
  const q = (words) => `（示例）${words}`;
  const total = unit.total(year);
  const hotline = Math.round(total * (0.7 + rand() * 0.2));
  const rest = total - hotline;
  const visits = Math.round(rest * (0.2 + rand() * 0.2));
  const letters = Math.round(rest * (0.05 + rand() * 0.15));
  const online = rest - visits - letters;
  const values = [hotline, visits, letters, online];
  const late = index % 5 === 3 && year === 2024;
  const month = late ? 4 : 1 + ((index + year) % 3);
  const day = late ? 10 + (index % 15) : 10 + ((index * 7 + year) % 18);
  const titled = index % 6 !== 4;
  const entry = {
    year,
    source: {
      title: titled ? `${unit.name}${year}年度法治政府建设年度报告（示例）` : `${unit.name}关于法治政府建设工作情况的报告（示例）`,
      publisher: `${unit.name}人民政府（示例）`,
      date: `${year + 1}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
    },
    petitions: {
      total: { value: total, quote: q(`全年信访总量${total}件`) },
      channels: CHANNELS.map(([id, name], i) => ({ id, label: name, value: values[i], quote: q(`${name['zh-CN']}${values[i]}件`) })),
    },
    training: TRAINING.map(([id, name]) => {
      const value = int(4, 20);
      return { id, label: name, value, quote: q(`${name['zh-CN']}${value}次`) };
    }),
  };
  if (!noMediation) {
    const accepted = int(40, 160);
    const resolved = accepted - int(0, 4);
    const stated = Math.round((resolved / accepted) * 100) / 100;
    entry.mediation = {
      accepted: { value: accepted, quote: q(`受理矛盾纠纷${accepted}起`) },
      resolved: { value: resolved, quote: q(`成功化解${resolved}起`) },
      ...(index % 4 !== 1 ? { statedRate: { value: stated, quote: q(`调解成功率${Math.round(stated * 100)}%`) } } : {}),
    };
  }
  if (index % 3 !== 2) {
    const received = int(0, 9);
    const decided = Math.max(0, received - int(0, 1));
    const lawsuits = int(1, 12);
    entry.reviews = {
      reconsideration: {
        received: { value: received, quote: q(`收到行政复议申请${received}件`) },
        decided: { value: decided, quote: q(`审结${decided}件`) },
      },
      litigation: {
        received: { value: lawsuits, quote: q(`办理行政应诉案件${lawsuits}件`) },
        headAppearanceRate: { value: 1, quote: q('行政机关负责人出庭应诉率100%') },
      },
    };
  }
  if (index % 4 !== 3) {
    const decisions = int(2, 15);
    const contracts = int(15, 90);
    entry.legality = {
      decisions: { value: decisions, quote: q(`对${decisions}项重大行政决策进行合法性审查`) },
      contracts: { value: contracts, quote: q(`审查各类合同${contracts}份`) },
    };
  }
  return entry;
}

/**
 * A district of `units` invented units over `years`: the collection (its datasets named by address,
 * `folder/<id>.json`) and each unit's dataset.
 */
export function sampleDistrict({ units = 12, years = [2022, 2023, 2024], seed = 20240401, folder = 'sample-district' } = {}) {
  const rand = random(seed);
  const list = Array.from({ length: units }, (_, i) => {
    const [id, name, kind] =
      units <= NAMES.length ? NAMES[i] : [`unit-${String(i + 1).padStart(4, '0')}`, `示例单位${String(i + 1).padStart(4, '0')}`, 'town'];
    const base = 150 + Math.floor(rand() * 550);
    const slope = 0.85 + rand() * 0.25;
    return {
      id,
      name,
      kind,
      total: (year) => Math.round(base * slope ** (year - years[0])),
      population: 18_000 + Math.floor(rand() * 70_000),
    };
  });
  // Two units with equal petitions in the last year: they share a place.
  // Two units with equal petitions in the last year (the two nearest): they share a place.
  const last = years[years.length - 1];
  const pairs = list.flatMap((a, i) => list.slice(i + 1).map((b) => [a, b]));
  const [first, second] =
    pairs.sort(([a, b], [c, d]) => Math.abs(a.total(last) - b.total(last)) - Math.abs(c.total(last) - d.total(last)))[0] ?? [];
  if (first) {
    const own = second.total;
    second.total = (year) => (year === last ? first.total(year) : own(year));
  }
  const datasets = new Map();
  const collectionUnits = [];
  list.forEach((unit, i) => {
    const unitYears = i === 5 ? years.slice(1) : years;
    const dataset = {
      schemaVersion: 1,
      unit: { id: unit.id, name: { 'zh-CN': unit.name } },
      sample: true,
      years: unitYears.map((year) => yearOf(unit, year, i, rand, { noMediation: i === 2 && year === years[1] })),
    };
    datasets.set(unit.id, dataset);
    collectionUnits.push({
      id: unit.id,
      name: { 'zh-CN': unit.name },
      kind: unit.kind,
      parent: label('示例区', 'Sample District'),
      ...(i % 6 === 5 ? {} : { population: { value: unit.population, year: 2020, source: '第七次全国人口普查（示例）' } }),
      dataset: `${folder}/${unit.id}.json`,
    });
  });
  const collection = {
    $schema: '../../data/collection-schema.json',
    schemaVersion: 1,
    name: label('示例区（虚构）', 'Sample District (invented)'),
    sample: true,
    index: `${folder}/index/`,
    units: collectionUnits,
  };
  return { collection, datasets };
}

/** Writes a district's collection to `file`, its units' datasets into the folder beside it, and its index (npm run collect -- --index). */
export async function writeDistrict(file, { collection, datasets }, env = process.env) {
  const folder = join(dirname(file), collection.index.replace(/\/index\/$/, ''));
  await rm(folder, { recursive: true, force: true });
  await mkdir(folder, { recursive: true });
  await Promise.all([...datasets].map(([id, dataset]) => writeFile(join(folder, `${id}.json`), `${JSON.stringify(dataset, null, 2)}\n`)));
  await writeFile(file, `${JSON.stringify(collection, null, 2)}\n`);
  execFileSync(process.execPath, [join(root, 'scripts/collect.mjs'), '--index', file], { cwd: root, env, stdio: 'inherit' });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await writeDistrict(join(root, 'demo/data/sample-district.json'), sampleDistrict());
}
