// Programmes: a substitution programme's observed adoption against its official targets, with
// the diffusion forecast's fan (P10-P90 band and P50 line) from the built-in catalogue.

import { getJson } from '../api.js';
import { filterBar, select } from '../filters.js';
import { PALETTE, draw, fail, panel, pct } from '../panel.js';

let programmes = null;

export default {
  id: 'programmes',
  title: 'Programmes',

  defaults() {
    return { programme: 'mir-cards', series: '' };
  },

  async render(root, params, ctx, setParams) {
    if (!programmes) programmes = await getJson('/api/programmes');
    const programme = programmes.find((p) => p.id === params.programme) || programmes[0];
    const series = programme.series.find((s) => s.id === params.series) || programme.series[0];
    const h = document.createElement('h1');
    h.textContent = programme.name;
    root.append(h);
    const bar = filterBar(root);
    select(bar, 'programme', 'Programme', programmes.map((p) => ({ value: p.id, label: p.name })),
      programme.id, (v) => setParams({ programme: v, series: '' }));
    select(bar, 'series', 'Series', programme.series.map((s) => ({ value: s.id, label: s.description })),
      series.id, (v) => setParams({ programme: programme.id, series: v }));
    const grid = document.createElement('div');
    grid.className = 'grid';
    root.append(grid);
    const p = panel(grid, 'programme-adoption', series.description + ' (' + series.unit + ')', true, true);
    const notes = document.createElement('ul');
    notes.className = 'note';
    root.append(notes);
    try {
      const f = await getJson('/api/programmes/' + encodeURIComponent(programme.id) +
        '/forecast?series=' + encodeURIComponent(series.id));
      adoptionChart(p, f);
      for (const o of f.outlooks) {
        const li = document.createElement('li');
        li.textContent = 'Target ' + o.target + ': probability ' + pct(o.probability) +
          ' of being met by its deadline' +
          (o.p50Crossing ? '; median curve reaches it in ' + o.p50Crossing.toFixed(1) : '');
        notes.append(li);
      }
      for (const n of f.notes) {
        const li = document.createElement('li');
        li.textContent = n;
        notes.append(li);
      }
    } catch (e) {
      fail(p, e);
    }
  },
};

function adoptionChart(p, f) {
  const xy = (time, value) => [Number(time.toFixed(3)), value];
  const series = [
    {
      name: 'P10-P90', type: 'custom', color: PALETTE[0], silent: true,
      data: f.fan.map((x) => [x.time, x.p10, x.p90]),
      encode: { x: 0, y: [1, 2] },
      renderItem: (params, api) => {
        if (params.dataIndex !== 0) return null;
        const upper = f.fan.map((x) => api.coord([x.time, x.p90]));
        const lower = f.fan.map((x) => api.coord([x.time, x.p10])).reverse();
        return {
          type: 'polygon', shape: { points: upper.concat(lower) },
          style: { fill: PALETTE[0], opacity: 0.18 },
        };
      },
    },
    {
      name: 'forecast P50' + (f.model ? ' (' + f.model + ')' : ''), type: 'line', symbol: 'none',
      color: PALETTE[0], lineStyle: { type: 'dashed' }, data: f.fan.map((x) => xy(x.time, x.p50)),
    },
    {
      name: 'observed', type: 'scatter', color: PALETTE[3], symbolSize: 9,
      data: f.observations.map((o) => ({ value: xy(o.time, o.value), source: o.source, asOf: o.asOf })),
    },
    {
      name: 'targets', type: 'scatter', color: PALETTE[1], symbol: 'diamond', symbolSize: 13,
      data: f.targets.map((t) => ({ value: xy(t.time, t.value), source: t.source, label: t.label })),
      label: { show: true, position: 'top', formatter: (d) => d.data.label, fontSize: 10 },
    },
  ];
  draw(p, {
    tooltip: {
      trigger: 'item',
      formatter: (i) => i.seriesName + ': ' + i.value[1] + ' ' + f.unit + ' (' + i.value[0] + ')' +
        (i.data && i.data.source ? '<br>source: ' + i.data.source : ''),
    },
    legend: { top: 0 },
    grid: { left: 60, right: 30, top: 40, bottom: 40 },
    xAxis: { type: 'value', min: 'dataMin', max: 'dataMax', axisLabel: { formatter: (v) => String(Math.round(v)) } },
    yAxis: { type: 'value', name: f.unit },
    series,
  }, f.reproduce, f.observations.length + f.fan.length);
}
