import JSZip from 'jszip';
import type { Deck } from './deck-types.js';

/**
 * Puts each bar of 0 back into its chart's workbook as 0. pptxgenjs 4.0.1 fills the workbook
 * embedded with every chart (the table PowerPoint and WPS open under "Edit data", and redraw the
 * chart from after an edit) with `values[idx] || ''` (node_modules/pptxgenjs/dist/pptxgen.es.js,
 * line 3227; upstream gitbrent/PptxGenJS#1331), so a 0 there is an empty cell, the same as a figure
 * the report does not give: once someone edits the chart, 行政复议 0件 becomes a gap. The chart's
 * own cache is right (`value || value === 0`, line 3794) and is left alone.
 *
 * Each chart's workbook is found through the relationships (slide → chart → workbook; the file
 * names count charts across every deck written), and each bar's cell through the chart's own
 * reference to its series, `<c:f>Sheet1!$C$2:$C$5</c:f>`: category i of that series is C(2 + i).
 * Only a cell still written as pptxgenjs writes a blank is touched: a deck without a 0 keeps its
 * workbooks as written.
 */
export async function writeZerosIntoWorkbooks(pptx: JSZip, deck: Deck): Promise<void> {
  // Each bar chart of a slide, in the order the slide adds them (its bars, then its subsets).
  const charts = deck.slides.flatMap((slide, index) =>
    slide.kind === 'chart' && slide.chart.kind === 'bars'
      ? [slide.chart.series, ...(slide.chart.subsets ? [slide.chart.subsets.series] : [])].flatMap((series, chartIndex) =>
          series.some(({ bars }) => bars.some((bar) => bar.value === 0))
            ? [{ slidePath: `ppt/slides/slide${index + 1}.xml`, chartIndex, series }]
            : [],
        )
      : [],
  );
  for (const { slidePath, chartIndex, series } of charts) {
    const chartPath = (await relationshipTargets(pptx, slidePath, 'chart'))[chartIndex];
    const workbookPath = chartPath && (await relationshipTargets(pptx, chartPath, 'package'))[0];
    const chartXml = chartPath && (await pptx.file(chartPath)?.async('string'));
    const workbookFile = workbookPath && pptx.file(workbookPath);
    if (!chartXml || !workbookPath || !workbookFile) continue;
    const workbook = await JSZip.loadAsync(await workbookFile.async('uint8array'));
    // pptxgenjs writes one sheet, the "Sheet1" the chart's references name.
    const sheetPath = 'xl/worksheets/sheet1.xml';
    const sheet = await workbook.file(sheetPath)?.async('string');
    if (!sheet) continue;
    const columns = seriesColumns(chartXml);
    let zeroed = sheet;
    series.forEach(({ bars }, index) => {
      const column = columns[index];
      bars.forEach((bar, category) => {
        if (bar.value !== 0 || !column) return;
        const cell = `${column.letters}${column.firstRow + category}`;
        zeroed = zeroed.replace(`<c r="${cell}"><v></v></c>`, `<c r="${cell}"><v>0</v></c>`);
      });
    });
    if (zeroed === sheet) continue;
    workbook.file(sheetPath, zeroed);
    pptx.file(workbookPath, await workbook.generateAsync({ type: 'uint8array' }));
  }
}

/** Where each series of a chart takes its values from, in series order: the column and its first row. */
function seriesColumns(chartXml: string): ({ letters: string; firstRow: number } | undefined)[] {
  return [...chartXml.matchAll(/<c:ser>(.*?)<\/c:ser>/gs)].map(([, series]) => {
    const range = /<c:val>.*?<c:f>Sheet1!\$([A-Z]+)\$(\d+):\$\1\$\d+<\/c:f>/s.exec(series);
    return range ? { letters: range[1], firstRow: Number(range[2]) } : undefined;
  });
}

/** The parts a package part's relationships of this type (`chart`, `package`) point to, as paths in the zip, in the order they are listed. */
async function relationshipTargets(zip: JSZip, partPath: string, type: string): Promise<string[]> {
  const slash = partPath.lastIndexOf('/');
  const folder = partPath.slice(0, slash);
  const rels = await zip.file(`${folder}/_rels/${partPath.slice(slash + 1)}.rels`)?.async('string');
  const relationships = rels?.match(/<Relationship\b[^>]*>/g)?.filter((tag) => tag.includes(`/relationships/${type}"`)) ?? [];
  return relationships.flatMap((relationship) => {
    const target = /\bTarget="([^"]+)"/.exec(relationship)?.[1];
    if (!target) return [];
    // A target is absolute in the package (`/ppt/charts/chart1.xml`) or relative to the part's folder.
    const segments = target.startsWith('/') ? [] : folder.split('/');
    for (const segment of target.split('/')) {
      if (segment === '..') segments.pop();
      else if (segment && segment !== '.') segments.push(segment);
    }
    return [segments.join('/')];
  });
}
