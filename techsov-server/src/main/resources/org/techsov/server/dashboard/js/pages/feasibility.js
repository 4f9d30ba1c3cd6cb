// Feasibility: the imported products a country does not export, placed by how close they are to
// its current exports (density) and how complex they are (PCI); the bubble's size is the gain in
// complexity outlook from starting to export it (COG), its colour the share of imports from the
// chosen bloc. The table lists the best-ranked candidates.

import { getJson, query } from '../api.js';
import { countryOptions, filterBar, select, years } from '../filters.js';
import { draw, fail, panel, pct, usd } from '../panel.js';

export default {
  id: 'feasibility',
  title: 'Feasibility',

  defaults(ctx) {
    return {
      country: ctx.byCode.has('RUS') ? 'RUS' : ctx.countries[0].code,
      year: String(ctx.status.lastYear),
      area: 'microelectronics,computers,telecom,semiconductor-equipment,machine-tools,aviation,optics,instruments',
      bloc: 'CHN_HK',
    };
  },

  async render(root, params, ctx, setParams) {
    const h = document.createElement('h1');
    h.textContent = 'Import substitution: what ' +
      (ctx.byCode.get(params.country) || { name: params.country }).name + ' is closest to making';
    root.append(h);
    const bar = filterBar(root);
    const change = (key) => (value) => setParams({ ...params, [key]: value });
    select(bar, 'country', 'Country', countryOptions(ctx), params.country, change('country'));
    select(bar, 'year', 'Year', years(ctx.status), params.year, change('year'));
    const areaOptions = [{ value: '', label: 'every product' }].concat(
      [{ value: this.defaults(ctx).area, label: 'technology areas of the story' }],
      ctx.areas.map((a) => ({ value: a.id, label: a.name })));
    select(bar, 'area', 'Imports of', areaOptions, params.area, change('area'));
    select(bar, 'bloc', 'Dependency on', ctx.blocs.map((b) => ({ value: b.id, label: b.id })),
      params.bloc, change('bloc'));
    const grid = document.createElement('div');
    grid.className = 'grid';
    root.append(grid);
    const scatter = panel(grid, 'feasibility-space', 'Product space: density against PCI, ' + params.year, true, true);
    const table = document.createElement('section');
    table.className = 'panel wide';
    table.dataset.table = 'feasibility-candidates';
    grid.append(table);
    try {
      const r = await getJson('/api/feasibility' + query({
        country: params.country, year: params.year, area: params.area ? params.area.split(',') : [],
        bloc: params.bloc, top: 300,
      }));
      chart(scatter, r);
      candidates(table, r);
    } catch (e) {
      fail(scatter, e);
    }
  },
};

function fixed(v, digits) {
  return Number.isFinite(v) ? v.toFixed(digits) : '';
}

function chart(p, r) {
  const maxCog = r.candidates.reduce((m, c) => Math.max(m, Number.isFinite(c.cog) ? c.cog : 0), 0) || 1;
  const data = r.candidates
    .filter((c) => Number.isFinite(c.pci) && Number.isFinite(c.density))
    .map((c) => ({
      value: [c.density, c.pci, Number.isFinite(c.blocShare) ? c.blocShare : 0],
      candidate: c,
      symbolSize: 6 + 24 * Math.max(0, c.cog) / maxCog,
    }));
  draw(p, {
    tooltip: {
      trigger: 'item',
      formatter: (i) => {
        const c = i.data.candidate;
        return 'HS ' + c.product + ' (rank ' + c.rank + ')<br>density ' + fixed(c.density, 3) +
          ', PCI ' + fixed(c.pci, 2) + ', COG ' + fixed(c.cog, 2) + '<br>imports ' + usd(c.importValue) +
          ', ' + r.bloc + ' ' + pct(c.blocShare);
      },
    },
    grid: { left: 60, right: 120, top: 30, bottom: 50 },
    xAxis: { type: 'value', name: 'density (closeness to current exports)', nameLocation: 'middle', nameGap: 30, scale: true },
    yAxis: { type: 'value', name: 'PCI', scale: true },
    visualMap: {
      dimension: 2, min: 0, max: 1, right: 10, top: 'middle', calculable: true,
      text: [r.bloc + ' share 100%', '0%'], inRange: { color: ['#9ecae1', '#d62728'] },
    },
    series: [{ type: 'scatter', data, itemStyle: { opacity: 0.75 } }],
  }, r.reproduce, data.length);
}

function candidates(box, r) {
  box.textContent = '';
  const h = document.createElement('h2');
  h.textContent = 'Best-ranked of ' + r.total + ' candidates (closest and most depended on first)';
  const t = document.createElement('table');
  t.className = 'explanation';
  const head = document.createElement('tr');
  for (const c of ['rank', 'HS6', 'density', 'PCI', 'COG', 'imports', r.bloc + ' share', 'priority']) {
    const th = document.createElement('th');
    th.textContent = c;
    head.append(th);
  }
  t.append(head);
  for (const c of r.candidates.slice(0, 15)) {
    const tr = document.createElement('tr');
    for (const v of [c.rank, c.product, fixed(c.density, 3), fixed(c.pci, 2), fixed(c.cog, 2),
      usd(c.importValue), pct(c.blocShare), fixed(c.priority, 2)]) {
      const td = document.createElement('td');
      td.textContent = String(v);
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
