// Product drill-down: one product (an HS heading or subheading of a technology area) imported by
// one country: each supplier's share over the years and the concentration of supply (HHI).

import { getJson, query } from '../api.js';
import { countryOptions, filterBar, select } from '../filters.js';
import { PALETTE, draw, fail, panel, pct } from '../panel.js';

const TOP = 6;

export default {
  id: 'product',
  title: 'Product drill-down',

  defaults(ctx) {
    const area = ctx.areas.find((a) => a.id === 'microelectronics') || ctx.areas[0];
    return {
      country: ctx.byCode.has('RUS') ? 'RUS' : ctx.countries[0].code,
      area: area.id,
      product: area.codes[area.codes.length - 1],
    };
  },

  async render(root, params, ctx, setParams) {
    const area = ctx.areas.find((a) => a.id === params.area) || ctx.areas[0];
    const product = area.codes.includes(params.product) ? params.product : area.codes[0];
    const h = document.createElement('h1');
    h.textContent = 'HS ' + product + ' (' + area.name + ') imported by ' +
      (ctx.byCode.get(params.country) || { name: params.country }).name;
    root.append(h);
    const bar = filterBar(root);
    select(bar, 'country', 'Importer', countryOptions(ctx), params.country,
      (v) => setParams({ ...params, country: v }));
    select(bar, 'area', 'Area', ctx.areas.map((a) => ({ value: a.id, label: a.name })), area.id,
      (v) => setParams({ ...params, area: v, product: '' }));
    select(bar, 'product', 'HS code', area.codes.map((c) => ({ value: c, label: c })), product,
      (v) => setParams({ ...params, product: v }));

    const grid = document.createElement('div');
    grid.className = 'grid';
    root.append(grid);
    const shares = panel(grid, 'product-suppliers', 'Supplier shares over the years, HS ' + product);
    const hhi = panel(grid, 'product-hhi', 'Concentration of supply (HHI), HS ' + product);
    const level = 'hs' + product.length;
    try {
      const r = await getJson('/api/dependency' +
        query({ importer: params.country, product, level, top: TOP, bloc: 'CHN_HK' }));
      suppliersChart(shares, r);
      hhiChart(hhi, r);
    } catch (e) {
      fail(shares, e);
      fail(hhi, e);
    }
  },
};

function suppliersChart(p, r) {
  const rows = r.rows;
  const names = [];
  for (const row of rows) {
    for (const s of row.topSuppliers) if (!names.includes(s.supplier)) names.push(s.supplier);
  }
  const series = names.map((n, i) => ({
    name: n, type: 'bar', stack: 'share', color: PALETTE[i % PALETTE.length],
    data: rows.map((row) => {
      const s = row.topSuppliers.find((x) => x.supplier === n);
      return s ? s.share : 0;
    }),
  }));
  series.push({
    name: 'others', type: 'bar', stack: 'share', color: '#bbb',
    data: rows.map((row) => Math.max(0, 1 - row.topSuppliers.reduce((t, s) => t + s.share, 0))),
  });
  draw(p, {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: pct },
    legend: { top: 0, type: 'scroll' },
    grid: { left: 50, right: 20, top: 35, bottom: 30 },
    xAxis: { type: 'category', data: rows.map((x) => String(x.year)) },
    yAxis: { type: 'value', max: 1, axisLabel: { formatter: (v) => Math.round(v * 100) + '%' } },
    series,
  }, r.reproduce, rows.length);
}

function hhiChart(p, r) {
  const rows = r.rows;
  draw(p, {
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 50, right: 50, top: 35, bottom: 30 },
    xAxis: { type: 'category', data: rows.map((x) => String(x.year)) },
    yAxis: [
      { type: 'value', min: 0, max: 1, name: 'HHI' },
      { type: 'value', min: 0, name: '1/HHI', splitLine: { show: false } },
    ],
    series: [
      { name: 'HHI (0-1)', type: 'line', color: PALETTE[1], data: rows.map((x) => x.hhi) },
      {
        name: 'equivalent suppliers (1/HHI)', type: 'bar', yAxisIndex: 1, color: '#9ecae1',
        data: rows.map((x) => x.equivalentSuppliers),
      },
    ],
  }, r.reproduce, rows.length);
}
