// Localisation: a shipped bill of materials as a tree coloured by origin (inside or outside the
// rule set's territory), scored under a shipped rule set, with every point awarded or refused.

import { getJson, query } from '../api.js';
import { filterBar, select } from '../filters.js';
import { PALETTE, draw, fail, panel } from '../panel.js';

let catalogue = null;
const DOMESTIC = PALETTE[3];
const FOREIGN = PALETTE[1];

export default {
  id: 'localisation',
  title: 'Localisation',

  defaults() {
    return { bom: 'microcontroller', rules: 'ru-719-microchips', date: '2026-01-01' };
  },

  async render(root, params, ctx, setParams) {
    if (!catalogue) catalogue = await getJson('/api/localisation');
    const h = document.createElement('h1');
    h.textContent = 'Localisation of a bill of materials';
    root.append(h);
    const bar = filterBar(root);
    const change = (key) => (value) => setParams({ ...params, [key]: value });
    select(bar, 'bom', 'Bill of materials',
      catalogue.bills.map((b) => ({ value: b.id, label: b.title })), params.bom, change('bom'));
    select(bar, 'rules', 'Rule set',
      catalogue.ruleSets.map((r) => ({ value: r.id, label: r.title })), params.rules, change('rules'));
    const dates = ['2024-01-01', '2025-01-01', '2026-01-01', '2026-07-01', '2027-01-01'];
    select(bar, 'date', 'Date', dates.map((d) => ({ value: d, label: d })), params.date, change('date'));

    const summary = document.createElement('p');
    summary.className = 'summary';
    root.append(summary);
    const grid = document.createElement('div');
    grid.className = 'grid';
    root.append(grid);
    const tree = panel(grid, 'localisation-tree', 'The bill by origin', true, true);
    const explanation = document.createElement('section');
    explanation.className = 'panel wide';
    explanation.dataset.table = 'localisation-explanation';
    grid.append(explanation);
    try {
      const r = await getJson('/api/localisation/score' +
        query({ bom: params.bom, rules: params.rules, date: params.date }));
      summary.textContent = r.name + ' under ' + r.ruleTitle + ' on ' + r.date + ': ' +
        format(r.score) + ' ' + r.unit +
        (r.threshold !== undefined ? ' (pass mark ' + format(r.threshold) + ')' : '') +
        (r.level ? ', ' + r.level : '') + ', ' + (r.passed ? 'passes' : 'does not pass') +
        (r.stampOnTheBox ? '. Stamp on the box: only assembly, packing or branding is done in ' +
          r.territory.join(', ') + '.' : '.') +
        (r.illustrative ? ' The rule set uses illustrative figures.' : '');
      treeChart(tree, r);
      table(explanation, r);
    } catch (e) {
      fail(tree, e);
    }
  },
};

function format(v) {
  return Number.isInteger(v) ? String(v) : v.toFixed(2);
}

function treeChart(p, r) {
  const convert = (n) => ({
    name: n.name + ' (' + n.origin + ')',
    value: n.value,
    node: n,
    itemStyle: { color: n.domestic ? DOMESTIC : FOREIGN, borderColor: n.domestic ? DOMESTIC : FOREIGN },
    children: n.children.map(convert),
  });
  let count = 0;
  const countNodes = (n) => { count++; n.children.forEach(countNodes); };
  countNodes(r.tree);
  draw(p, {
    tooltip: {
      trigger: 'item',
      formatter: (i) => {
        const n = i.data.node;
        return n.name + ': ' + n.description + '<br>origin ' + n.origin +
          (n.domestic ? ' (in the territory)' : ' (outside the territory)') +
          '<br>unit value ' + n.value + ' ' + r.currency + ', quantity ' + n.quantity +
          (n.operations.length ? '<br>operations: ' + n.operations.join(', ') : '');
      },
    },
    legend: { show: false },
    series: [{
      type: 'tree', data: [convert(r.tree)], orient: 'LR', top: 20, bottom: 20, left: 160, right: 260,
      symbol: 'circle', symbolSize: 12, initialTreeDepth: -1, expandAndCollapse: false,
      label: { position: 'left', verticalAlign: 'middle', align: 'right', fontSize: 12 },
      leaves: { label: { position: 'right', verticalAlign: 'middle', align: 'left' } },
      lineStyle: { color: '#bbb' },
    }],
    graphic: [
      { type: 'circle', right: 150, top: 4, shape: { r: 6 }, style: { fill: DOMESTIC } },
      { type: 'text', right: 90, top: 2, style: { text: 'in ' + r.territory.join(', '), fill: '#555', fontSize: 12 } },
      { type: 'circle', right: 72, top: 4, shape: { r: 6 }, style: { fill: FOREIGN } },
      { type: 'text', right: 10, top: 2, style: { text: 'elsewhere', fill: '#555', fontSize: 12 } },
    ],
  }, r.reproduce, count);
}

function table(box, r) {
  box.textContent = '';
  const h = document.createElement('h2');
  h.textContent = 'Why: every point awarded or refused';
  const t = document.createElement('table');
  t.className = 'explanation';
  const head = document.createElement('tr');
  for (const c of ['kind', 'subject', 'amount', 'reason']) {
    const th = document.createElement('th');
    th.textContent = c;
    head.append(th);
  }
  t.append(head);
  for (const line of r.explanation) {
    const tr = document.createElement('tr');
    for (const v of [line.kind, line.subject, format(line.amount), line.reason]) {
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
