// Embargo: cut off a bloc and further countries from the supplier graph of the shipped example
// bills, and see what stops on a date, the value at risk over time against a wider cut (adding
// China), and the parts that have no usable substitute.

import { getJson, query } from '../api.js';
import { checks, filterBar, select } from '../filters.js';
import { PALETTE, draw, fail, panel } from '../panel.js';

const DATES = ['2025-01-01', '2026-01-01', '2026-03-01', '2026-07-01', '2026-09-01', '2027-01-01',
  '2027-07-01'];
const EXTRA = ['TWN', 'CHN', 'KOR', 'IND', 'TUR'];

export default {
  id: 'embargo',
  title: 'Embargo',

  defaults() {
    return { bloc: 'COALITION', country: 'TWN', date: '2026-03-01' };
  },

  async render(root, params, ctx, setParams) {
    const h = document.createElement('h1');
    h.textContent = 'Embargo what-if over the example bills of materials';
    root.append(h);
    const bar = filterBar(root);
    const blocs = [{ value: 'none', label: 'no bloc' }].concat(
      ctx.blocs.map((b) => ({ value: b.id, label: b.id })));
    select(bar, 'bloc', 'Bloc cut off', blocs, params.bloc,
      (v) => setParams({ ...params, bloc: v }));
    const extra = params.country && params.country !== 'none' ? params.country.split(',') : [];
    checks(bar, 'country', 'Also cut off', EXTRA.map((c) => ({ value: c, label: c })), extra,
      (v) => setParams({ ...params, country: v.length ? v.join(',') : 'none' }));
    select(bar, 'date', 'Date', DATES.map((d) => ({ value: d, label: d })), params.date,
      (v) => setParams({ ...params, date: v }));
    const summary = document.createElement('p');
    summary.className = 'summary';
    root.append(summary);
    const grid = document.createElement('div');
    grid.className = 'grid';
    root.append(grid);
    const products = panel(grid, 'embargo-blocked', 'Blocked products on ' + params.date);
    const timeline = panel(grid, 'embargo-timeline', 'Value at risk over time, and with China too');
    const parts = document.createElement('section');
    parts.className = 'panel wide';
    parts.dataset.table = 'embargo-parts';
    grid.append(parts);
    try {
      const r = await getJson('/api/embargo' +
        query({ bloc: params.bloc, country: params.country, date: params.date }));
      summary.textContent = 'Cutting off ' + r.countries.length + ' countries (' + r.scenario +
        ') stops ' + r.blockedProducts.length + ' of the example products on ' + r.date + ': ' +
        (100 * r.shareAtRisk).toFixed(1) + '% of their value; ' + r.partsWithoutSubstitute.length +
        ' parts have no usable substitute.';
      productsChart(products, r);
      timelineChart(timeline, r, params.date);
      partsTable(parts, r);
    } catch (e) {
      fail(products, e);
      fail(timeline, e);
    }
  },
};

function productsChart(p, r) {
  const rows = r.blockedProducts;
  draw(p, {
    tooltip: {
      trigger: 'item',
      formatter: (i) => rows[i.dataIndex].label + '<br>' + rows[i.dataIndex].causes.slice(0, 4).join('<br>'),
    },
    grid: { left: 230, right: 50, top: 20, bottom: 30 },
    xAxis: { type: 'log', name: 'value', axisLabel: { formatter: compact } },
    yAxis: { type: 'category', data: rows.map((x) => x.label), inverse: true },
    series: [{ type: 'bar', color: PALETTE[1], data: rows.map((x) => x.value) }],
  }, r.reproduce, Math.max(rows.length, r.timeline.length));
}

function timelineChart(p, r, date) {
  draw(p, {
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 60, right: 30, top: 40, bottom: 30 },
    xAxis: { type: 'category', data: r.timeline.map((x) => x.date) },
    yAxis: { type: 'value', name: 'value at risk', axisLabel: { formatter: compact } },
    series: [
      {
        name: r.scenario, type: 'line', step: 'end', color: PALETTE[0],
        data: r.timeline.map((x) => x.valueAtRisk),
        markLine: { symbol: 'none', data: [{ xAxis: date }], lineStyle: { color: '#999' }, label: { formatter: date } },
      },
      {
        name: r.scenario + '+CHN', type: 'line', step: 'end', color: PALETTE[1], lineStyle: { type: 'dashed' },
        data: r.widerTimeline.map((x) => x.valueAtRisk),
      },
    ],
  }, r.reproduce, r.timeline.length);
}

function compact(v) {
  const a = Math.abs(v);
  if (a >= 1e9) return (v / 1e9) + ' bn';
  if (a >= 1e6) return (v / 1e6) + ' m';
  if (a >= 1e3) return (v / 1e3) + ' k';
  return String(v);
}

function partsTable(box, r) {
  box.textContent = '';
  const h = document.createElement('h2');
  h.textContent = 'Parts without a usable substitute on ' + r.date;
  const t = document.createElement('table');
  t.className = 'explanation';
  const head = document.createElement('tr');
  for (const c of ['part', 'value', 'why']) {
    const th = document.createElement('th');
    th.textContent = c;
    head.append(th);
  }
  t.append(head);
  for (const part of r.partsWithoutSubstitute) {
    const tr = document.createElement('tr');
    for (const v of [part.label, part.value.toFixed(2), part.causes.join('; ')]) {
      const td = document.createElement('td');
      td.textContent = v;
      tr.append(td);
    }
    t.append(tr);
  }
  const how = document.createElement('div');
  how.className = 'how';
  const csv = document.createElement('a');
  csv.href = r.reproduce.csv;
  csv.textContent = 'Download CSV';
  csv.className = 'csv';
  how.append(csv);
  box.append(h, t, how);
}
