// Invented datasets of a chosen size, for measuring how the cost grows: `years` years, each with
// `items` petition channels, training kinds and platforms. Marked as samples, valid against the schema.

const quote = (text) => `（示例）${text}`;

function yearOf(year, items, index) {
  const channels = Array.from({ length: items }, (_, i) => {
    const value = 5 + ((i * 37 + index * 11) % 90);
    return { id: `channel-${i + 1}`, label: `渠道${i + 1}`, value, quote: quote(`渠道${i + 1}${value}件`) };
  });
  const total = channels.reduce((sum, channel) => sum + channel.value, 0);
  const accepted = 60 + ((index * 7) % 40);
  const resolved = accepted - 1 - (index % 3);
  return {
    year,
    source: { title: `示例镇${year}年度法治政府建设年度报告（虚构）`, publisher: '示例镇人民政府（虚构）', date: `${year + 1}-02-20` },
    petitions: { total: { value: total, quote: quote(`全年信访总量${total}件`) }, channels },
    mediation: {
      accepted: { value: accepted, quote: quote(`受理案件${accepted}起`) },
      resolved: { value: resolved, quote: quote(`成功化解${resolved}起`) },
    },
    training: Array.from({ length: items }, (_, i) => {
      const value = 3 + ((i * 13 + index * 5) % 20);
      return { id: `kind-${i + 1}`, label: `培训${i + 1}`, value, quote: quote(`培训${i + 1}${value}次`) };
    }),
    platforms: Array.from({ length: items }, (_, i) => ({ id: `platform-${i + 1}`, label: `平台${i + 1}` })),
  };
}

/** A dataset of `years` years ending in 2024, each with `items` channels, kinds and platforms. */
export function scaledDataset({ years, items }) {
  return {
    schemaVersion: 1,
    note: `Invented for the benchmark: ${years} years, ${items} items per section.`,
    unit: { id: 'bench-town', name: '示例镇（虚构）' },
    sample: true,
    years: Array.from({ length: years }, (_, index) => yearOf(2024 - years + 1 + index, items, index)),
  };
}
