/**
 * The peer in the benchmark: the same four charts in Apache ECharts, as a portal team would build
 * them — tree-shaken to bars and a tree (the hub of platforms), grid, title and tooltip, drawn by
 * the SVG renderer — with a row of year radios that switches all four. Built by the benchmark
 * only (a dev dependency); never part of the package.
 *
 * The page gives it `<div id="toggle">` and four `<div class="chart">`; it exposes what the
 * benchmark drives: `__switchTo(year)` clicks a year, `__settled()` resolves once the charts
 * have taken the change, `__updated()` gives what says whether those in view have by now,
 * `__drawn()` says whether all four have drawn.
 */
import { BarChart, TreeChart } from 'echarts/charts';
import { GridComponent, TitleComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([BarChart, TreeChart, GridComponent, TitleComponent, TooltipComponent, SVGRenderer]);

type Label = string | { 'zh-CN': string };
interface Item {
  id: string;
  label: Label;
  value?: number;
}
interface Year {
  year: number;
  petitions?: { total: { value: number }; channels: Item[]; flags?: Item[] };
  mediation?: { accepted: { value: number }; resolved: { value: number } };
  training?: Item[];
  platforms?: Item[];
}

const zh = (label: Label) => (typeof label === 'string' ? label : label['zh-CN']);

/** A horizontal bar chart's option: one bar per item, its value (and share) beside it. */
function barsOption(title: string, subtitle: string, items: { name: string; value: number; text: string }[]) {
  return {
    title: { text: title, subtext: subtitle, left: 0 },
    tooltip: { trigger: 'item' },
    grid: { left: 8, right: 96, top: 64, bottom: 8, containLabel: true },
    xAxis: { type: 'value', show: false },
    yAxis: { type: 'category', inverse: true, data: items.map((item) => item.name), axisTick: { show: false } },
    series: [
      {
        type: 'bar',
        data: items.map((item) => ({ value: item.value, label: { formatter: item.text } })),
        label: { show: true, position: 'right' },
        itemStyle: { color: '#1d5fa8' },
        barMaxWidth: 18,
      },
    ],
  };
}

function petitionsOption(year: Year) {
  const petitions = year.petitions;
  if (!petitions) return barsOption('信访件按渠道分布', `${year.year}年 · 本年度报告未列出`, []);
  const total = petitions.total.value;
  const items = [...petitions.channels, ...(petitions.flags ?? [])].map((item) => ({
    name: zh(item.label),
    value: item.value ?? 0,
    text: `${item.value}件 · ${(((item.value ?? 0) / total) * 100).toFixed(1)}%`,
  }));
  return barsOption('信访件按渠道分布', `${year.year}年 · 信访总量${total}件`, items);
}

function mediationOption(year: Year) {
  const mediation = year.mediation;
  if (!mediation) return barsOption('矛盾纠纷调解', `${year.year}年 · 本年度报告未列出`, []);
  const rate = ((mediation.resolved.value / mediation.accepted.value) * 100).toFixed(2);
  return barsOption('矛盾纠纷调解', `${year.year}年 · 按数计算成功率${rate}%`, [
    { name: '受理案件', value: mediation.accepted.value, text: `${mediation.accepted.value}起` },
    { name: '成功化解', value: mediation.resolved.value, text: `${mediation.resolved.value}起` },
  ]);
}

function trainingOption(year: Year) {
  const training = year.training ?? [];
  const total = training.reduce((sum, item) => sum + (item.value ?? 0), 0);
  return barsOption(
    '法治学习与培训',
    `${year.year}年 · 学习培训合计${total}次`,
    training.map((item) => ({
      name: zh(item.label),
      value: item.value ?? 0,
      text: `${item.value}次 · ${(((item.value ?? 0) / total) * 100).toFixed(1)}%`,
    })),
  );
}

function platformsOption(year: Year) {
  const platforms = year.platforms ?? [];
  return {
    title: { text: '基层智治平台', subtext: `${year.year}年 · ${platforms.length}个平台`, left: 0 },
    tooltip: { trigger: 'item' },
    series: [
      {
        type: 'tree',
        top: 64,
        left: 80,
        right: 140,
        bottom: 16,
        symbolSize: 10,
        label: { position: 'left' },
        leaves: { label: { position: 'right' } },
        data: [{ name: '基层智治', children: platforms.map((platform) => ({ name: zh(platform.label) })) }],
      },
    ],
  };
}

const OPTIONS = [petitionsOption, mediationOption, trainingOption, platformsOption];

async function start(): Promise<void> {
  const dataset = (await (await fetch(document.body.dataset.src ?? '')).json()) as { years: Year[] };
  const years = dataset.years;
  const containers = [...document.querySelectorAll<HTMLElement>('.chart')];
  const charts = containers.map((container) => echarts.init(container, undefined, { renderer: 'svg' }));
  const show = (year: Year) => {
    for (const [index, chart] of charts.entries()) chart.setOption(OPTIONS[index](year));
  };
  const toggle = document.getElementById('toggle');
  for (const { year } of years) {
    const label = document.createElement('label');
    const radio = document.createElement('input');
    radio.type = 'radio';
    radio.name = 'year';
    radio.value = String(year);
    radio.addEventListener('change', () => show(years.find((candidate) => candidate.year === year) as Year));
    label.append(radio, `${year}年`);
    toggle?.append(label);
  }
  const latest = years[years.length - 1];
  (toggle?.querySelector(`input[value="${latest.year}"]`) as HTMLInputElement).checked = true;
  show(latest);
  addEventListener('resize', () => {
    for (const chart of charts) chart.resize();
  });
}

Object.assign(window, {
  __switchTo: (year: number) => document.querySelector<HTMLInputElement>(`#toggle input[value="${year}"]`)?.click(),
  // setOption has run by the time the click returns; ECharts paints on its next animation frame.
  __settled: () => Promise.resolve(),
  __updated: () => () => true,
  __drawn: () => [...document.querySelectorAll('.chart')].every((chart) => chart.querySelector('svg path')),
});

void start();
