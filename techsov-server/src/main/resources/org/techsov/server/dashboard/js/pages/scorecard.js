// Scorecard: every official target and claim of the built-in catalogue against the evidence,
// with its status and the sources of every figure.

import { getJson, query } from '../api.js';
import { filterBar, select } from '../filters.js';
import { draw, fail, panel } from '../panel.js';

const COLOURS = { met: '#2ca02c', 'on track': '#1f77b4', 'off track': '#d62728', 'not measurable': '#999' };
const DATES = ['2024-01-01', '2025-01-01', '2026-01-01', '2027-01-01'];

export default {
  id: 'scorecard',
  title: 'Scorecard',

  defaults() {
    return { asOf: '2026-01-01', status: 'all' };
  },

  async render(root, params, ctx, setParams) {
    const h = document.createElement('h1');
    h.textContent = 'Claims and targets against the evidence';
    root.append(h);
    const bar = filterBar(root);
    select(bar, 'asOf', 'As of', DATES.map((d) => ({ value: d, label: d })), params.asOf,
      (v) => setParams({ ...params, asOf: v }));
    const statuses = ['all', 'met', 'on track', 'off track', 'not measurable'];
    select(bar, 'status', 'Status', statuses.map((s) => ({ value: s, label: s })), params.status,
      (v) => setParams({ ...params, status: v }));
    const grid = document.createElement('div');
    grid.className = 'grid';
    root.append(grid);
    const counts = panel(grid, 'scorecard-status', 'Targets and claims by status, ' + params.asOf, false, true);
    const list = document.createElement('section');
    list.className = 'panel wide';
    list.dataset.table = 'scorecard-lines';
    grid.append(list);
    try {
      const r = await getJson('/api/scorecard' + query({ asOf: params.asOf }));
      const names = Object.keys(r.counts);
      draw(counts, {
        tooltip: { trigger: 'item' },
        grid: { left: 120, right: 40, top: 10, bottom: 30 },
        xAxis: { type: 'value', minInterval: 1 },
        yAxis: { type: 'category', data: names, inverse: true },
        series: [{
          type: 'bar',
          data: names.map((n) => ({ value: r.counts[n], itemStyle: { color: COLOURS[n] } })),
          label: { show: true, position: 'right' },
        }],
      }, r.reproduce, r.lines.length);
      lines(list, r, params.status);
    } catch (e) {
      fail(counts, e);
    }
  },
};

function lines(box, r, status) {
  box.textContent = '';
  const h = document.createElement('h2');
  h.textContent = 'Every target and claim, with its sources';
  const t = document.createElement('table');
  t.className = 'explanation';
  const head = document.createElement('tr');
  for (const c of ['status', 'statement', 'why', 'evidence and sources']) {
    const th = document.createElement('th');
    th.textContent = c;
    head.append(th);
  }
  t.append(head);
  for (const line of r.lines.filter((l) => status === 'all' || l.status === status)) {
    const tr = document.createElement('tr');
    tr.dataset.status = line.status;
    const st = document.createElement('td');
    st.textContent = line.status;
    st.style.color = COLOURS[line.status];
    const statement = document.createElement('td');
    statement.textContent = line.statement;
    const why = document.createElement('td');
    why.textContent = line.reason;
    const evidence = document.createElement('td');
    const ul = document.createElement('ul');
    for (const e of line.evidence) {
      const li = document.createElement('li');
      li.textContent = e.label + (e.value ? ': ' + e.value : '') + (e.asOf ? ' (' + e.asOf + ')' : '') +
        ' - ' + e.source;
      ul.append(li);
    }
    evidence.append(ul);
    tr.append(st, statement, why, evidence);
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
