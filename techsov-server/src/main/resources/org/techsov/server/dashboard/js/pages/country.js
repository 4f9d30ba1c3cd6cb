// Country overview: the importer's dependency by technology area in a year, each bloc's share of
// one area over the years, and a map of that area's suppliers.

import { getJson, query } from '../api.js';
import { checks, countryOptions, filterBar, select, years } from '../filters.js';
import { PALETTE, draw, fail, panel, pct, usd } from '../panel.js';
import { worldMap } from '../worldmap.js';

const STORY_BLOCS = ['COALITION', 'CHN_HK', 'HUBS'];

export default {
  id: 'country',
  title: 'Country overview',

  defaults(ctx) {
    const area = ctx.areas.find((a) => a.id === 'microelectronics') || ctx.areas[0];
    return {
      country: ctx.byCode.has('RUS') ? 'RUS' : ctx.countries[0].code,
      year: String(ctx.status.lastYear),
      area: area ? area.id : '',
      bloc: STORY_BLOCS.filter((b) => ctx.blocs.some((x) => x.id === b)).join(','),
    };
  },

  async render(root, params, ctx, setParams) {
    const h = document.createElement('h1');
    const name = ctx.byCode.get(params.country);
    h.textContent = (name ? name.name : params.country) + ': technology import dependency';
    root.append(h);
    const change = (key) => (value) =>
      setParams({ ...params, [key]: Array.isArray(value) ? value.join(',') : value });
    const bar = filterBar(root);
    select(bar, 'country', 'Importer', countryOptions(ctx), params.country, change('country'));
    select(bar, 'year', 'Year', years(ctx.status), params.year, change('year'));
    select(bar, 'area', 'Area (shift and map)',
      ctx.areas.map((a) => ({ value: a.id, label: a.name })), params.area, change('area'));
    const blocs = params.bloc ? params.bloc.split(',') : [];
    checks(bar, 'bloc', 'Blocs', ctx.blocs.map((b) => ({ value: b.id, label: b.id })), blocs,
      change('bloc'));
    const actions = document.createElement('p');
    actions.className = 'actions';
    const report = query({ country: params.country, year: params.year, bloc: blocs });
    for (const [label, format] of [['Country report (HTML)', 'html'], ['Country report (PDF)', 'pdf']]) {
      const a = document.createElement('a');
      a.href = '/api/report' + report + '&format=' + format;
      a.textContent = label;
      a.className = 'report-' + format;
      actions.append(a);
    }
    root.append(actions);

    const grid = document.createElement('div');
    grid.className = 'grid';
    root.append(grid);
    const byArea = panel(grid, 'country-areas', 'Dependency by technology area, ' + params.year, true);
    const shift = panel(grid, 'country-shift', 'Bloc shares over time: ' + params.area);
    const map = panel(grid, 'country-map', 'Suppliers of ' + params.area + ', ' + params.year, true, true);
    const common = { importer: params.country, bloc: blocs };
    await Promise.all([
      areasChart(byArea, ctx, { ...common, area: ctx.areas.map((a) => a.id), year: params.year, top: 1 }),
      shiftChart(shift, { ...common, area: params.area, top: 0 }),
      mapChart(map, ctx, { ...common, area: params.area, year: params.year, top: 50 }),
    ]);
  },
};

async function areasChart(p, ctx, params) {
  try {
    const r = await getJson('/api/dependency' + query(params));
    const rows = r.rows;
    const names = rows.map((x) => x.productGroup);
    const blocs = params.bloc.length ? params.bloc : Object.keys(rows[0] ? rows[0].blocShares : {});
    const series = blocs.map((b, i) => ({
      name: b, type: 'bar', stack: 'share', color: PALETTE[i],
      data: rows.map((x) => x.blocShares[b]),
    }));
    series.push({
      name: 'other', type: 'bar', stack: 'share', color: '#bbb',
      data: rows.map((x) => Math.max(0, 1 - blocs.reduce((s, b) => s + (x.blocShares[b] || 0), 0))),
    });
    draw(p, {
      tooltip: {
        trigger: 'axis', axisPointer: { type: 'shadow' },
        formatter: (items) => {
          const row = rows[items[0].dataIndex];
          return row.productGroup + '<br>' + usd(row.importValueUsd) + ', HHI ' + row.hhi.toFixed(3) +
            '<br>' + items.map((i) => i.seriesName + ': ' + pct(i.value)).join('<br>');
        },
      },
      legend: { top: 0 },
      grid: { left: 150, right: 20, top: 30, bottom: 30 },
      xAxis: { type: 'value', max: 1, axisLabel: { formatter: (v) => Math.round(v * 100) + '%' } },
      yAxis: { type: 'category', data: names, inverse: true },
      series,
    }, r.reproduce, rows.length);
  } catch (e) {
    fail(p, e);
  }
}

async function shiftChart(p, params) {
  try {
    const r = await getJson('/api/dependency' + query(params));
    const rows = r.rows;
    const blocs = Object.keys(rows[0] ? rows[0].blocShares : {});
    draw(p, {
      tooltip: { trigger: 'axis', valueFormatter: pct },
      legend: { top: 0 },
      grid: { left: 50, right: 20, top: 30, bottom: 30 },
      xAxis: { type: 'category', data: rows.map((x) => String(x.year)) },
      yAxis: { type: 'value', max: 1, axisLabel: { formatter: (v) => Math.round(v * 100) + '%' } },
      series: blocs.map((b, i) => ({
        name: b, type: 'line', color: PALETTE[i], data: rows.map((x) => x.blocShares[b]),
      })),
    }, r.reproduce, rows.length);
  } catch (e) {
    fail(p, e);
  }
}

async function mapChart(p, ctx, params) {
  try {
    const [map, r] = await Promise.all([worldMap(), getJson('/api/dependency' + query(params))]);
    const row = r.rows[0];
    const suppliers = row ? row.topSuppliers : [];
    const data = suppliers
      .filter((s) => ctx.byCode.has(s.supplier))
      .map((s) => ({
        name: String(ctx.byCode.get(s.supplier).numeric),
        value: s.valueUsd, share: s.share, label: ctx.byCode.get(s.supplier).name,
      }));
    const max = data.reduce((m, d) => Math.max(m, d.value), 0);
    draw(p, {
      tooltip: {
        trigger: 'item',
        formatter: (i) => (i.data ? i.data.label + ': ' + usd(i.data.value) + ' (' + pct(i.data.share) + ')' : ''),
      },
      visualMap: {
        min: 0, max: max || 1, left: 10, bottom: 10, calculable: true,
        inRange: { color: ['#deebf7', '#08306b'] }, formatter: (v) => usd(v),
      },
      series: [{
        type: 'map', map, roam: true, data,
        itemStyle: { areaColor: '#eee', borderColor: '#aaa', borderWidth: 0.4 },
        emphasis: { label: { show: false }, itemStyle: { areaColor: '#fdae6b' } },
      }],
    }, r.reproduce, data.length);
  } catch (e) {
    fail(p, e);
  }
}
