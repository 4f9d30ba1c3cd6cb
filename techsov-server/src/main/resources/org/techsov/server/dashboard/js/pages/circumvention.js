// Circumvention (parallel imports): the routes by which a bloc's listed goods reach a sanctioned
// country through third countries after the sanction month, ranked with their effect and its
// uncertainty; the routes as a Sankey diagram (origin -> hubs -> target, by value); one route's
// monthly values before and after the sanction; the mirror gaps (exports that never arrive); and
// the bloc-brand goods in the target's customs records by dispatch country.

import { getJson, query } from '../api.js';
import { filterBar, select } from '../filters.js';
import { PALETTE, draw, fail, panel, pct, usd } from '../panel.js';

const LEVELS = [
  { value: 'tier', label: 'tier of the list' },
  { value: 'list', label: 'whole list (one route per hub)' },
  { value: 'hs4', label: 'HS heading' },
  { value: 'hs6', label: 'HS subheading' },
  { value: 'hs2', label: 'HS chapter' },
];
const BASELINES = [
  { value: 'previous-year', label: 'the year before (same months)' },
  { value: 'pre-war-median', label: 'median month of the 24 before' },
  { value: 'sep2021-feb2022', label: 'Sep 2021 - Feb 2022 (average month)' },
];
const TOP = 15;
const ROUTE_FIELDS = ['target', 'bloc', 'since', 'goods', 'level', 'baseline'];

export default {
  id: 'circumvention',
  title: 'Circumvention',

  defaults(ctx) {
    return {
      target: ctx.byCode.has('RUS') ? 'RUS' : ctx.countries[0].code,
      bloc: ctx.blocs.some((b) => b.id === 'COALITION') ? 'COALITION' : ctx.blocs[0].id,
      since: '2022-02',
      goods: 'chpl',
      level: 'tier',
      baseline: 'previous-year',
    };
  },

  async render(root, params, ctx, setParams) {
    const [events, lists] = await Promise.all([
      getJson('/api/reference/sanction-events'),
      getJson('/api/reference/goods-lists'),
    ]);
    const h = document.createElement('h1');
    const name = ctx.byCode.get(params.target);
    h.textContent = 'Parallel imports: ' + params.goods + ' from ' + params.bloc + ' reaching ' +
      (name ? name.name : params.target) + ' through third countries';
    root.append(h);
    filters(root, params, ctx, events, lists, setParams);
    const summary = document.createElement('p');
    summary.className = 'summary';
    root.append(summary);
    const grid = document.createElement('div');
    grid.className = 'grid';
    root.append(grid);
    const ranking = panel(grid, 'circumvention-routes', 'Top routes: the bloc\'s exports to the hub' +
      ' per month, before and after', true);
    const sankey = panel(grid, 'circumvention-sankey', 'Routes by value after the sanction', true);
    const table = document.createElement('section');
    table.className = 'panel wide';
    table.dataset.table = 'circumvention-table';
    grid.append(table);
    const series = panel(grid, 'circumvention-series', 'A route month by month', false, true);
    const mirror = panel(grid, 'circumvention-mirror', 'Mirror gaps: the bloc\'s exports the partner' +
      ' does not report receiving');
    const provenance = panel(grid, 'circumvention-provenance', 'Bloc-brand goods in ' +
      params.target + '\'s customs records, by dispatch country');
    const base = {};
    for (const k of ROUTE_FIELDS) base[k] = params[k];
    let routes;
    try {
      [routes] = await Promise.all([
        getJson('/api/circumvention' + query({ ...base, top: TOP })),
        sankeyChart(sankey, base),
      ]);
    } catch (e) {
      fail(ranking, e);
      fail(series, e);
      fail(mirror, e);
      fail(provenance, e);
      summary.textContent = e.message;
      return;
    }
    summary.textContent = routes.significant + ' of ' + routes.routesTested + ' routes significant' +
      ' at a 5% false discovery rate; ' + routes.goods + ' by ' + routes.level + ', months ' +
      routes.postMonths + ' against ' + routes.baseline + '; US dollars per month.';
    const chosen = routes.routes.find((r) => r.hub === params.hub && r.goods === params.group) ||
      routes.routes[0];
    rankingChart(ranking, routes);
    routeTable(table, routes, chosen, (r) => setParams({ ...params, hub: r.hub, group: r.goods }));
    const hubs = [...new Set(routes.routes.slice(0, 5).map((r) => r.hub).concat(['CHN', 'HKG']))];
    await Promise.all([
      chosen ? seriesChart(series, base, chosen) : emptySeries(series, routes),
      mirrorChart(mirror, params),
      provenanceChart(provenance, params, routes.blocDate, hubs.slice(0, 8)),
    ]);
  },
};

function filters(root, params, ctx, events, lists, setParams) {
  const bar = filterBar(root);
  // a new selection starts from its best route again
  const change = (key) => (value) => setParams({ ...params, [key]: value, hub: '', group: '' });
  const targets = [...new Set(events.map((e) => e.target))];
  if (!targets.includes(params.target)) targets.push(params.target);
  select(bar, 'target', 'Target', targets.map((c) => ({
    value: c, label: (ctx.byCode.get(c) || { name: c }).name + ' (' + c + ')',
  })), params.target, change('target'));
  select(bar, 'bloc', 'Sanctioning bloc', ctx.blocs.map((b) => ({ value: b.id, label: b.id })),
    params.bloc, change('bloc'));
  const months = new Map();
  for (const e of events.filter((x) => x.target === params.target)) {
    const m = e.date.slice(0, 7);
    if (!months.has(m)) months.set(m, m + ' (' + e.id + ')');
  }
  if (!months.has(params.since)) months.set(params.since, params.since);
  select(bar, 'since', 'Sanction month', [...months].map(([value, label]) => ({ value, label })),
    params.since, change('since'));
  const goods = lists.map((l) => ({ value: l.id, label: l.name + ' (' + l.id + ')' }));
  for (const code of ['8542', '8471', '8517']) goods.push({ value: code, label: 'HS ' + code });
  if (!goods.some((g) => g.value === params.goods)) goods.push({ value: params.goods, label: params.goods });
  select(bar, 'goods', 'Listed goods', goods, params.goods, change('goods'));
  select(bar, 'level', 'Routes by', LEVELS, params.level, change('level'));
  select(bar, 'baseline', 'Compared with', BASELINES, params.baseline, change('baseline'));
}

function label(r, level) {
  return level === 'list' ? r.hub : r.hub + ' · ' + r.goods;
}

function ratio(leg) {
  if (leg.appeared) return 'new';
  return Number.isFinite(leg.ratio) ? 'x' + leg.ratio.toFixed(2) : '-';
}

function did(e) {
  if (!Number.isFinite(e.did)) return 'no controls';
  const ci = Number.isFinite(e.didLow) ? ' [' + signed(e.didLow) + ', ' + signed(e.didHigh) + ']' : '';
  return signed(e.did) + ci;
}

function signed(v) {
  return (v >= 0 ? '+' : '') + v.toFixed(2);
}

function prob(v) {
  if (!Number.isFinite(v)) return '';
  return v < 0.001 ? '<0.001' : v.toFixed(3);
}

function status(r) {
  if (r.significant) return r.reexportSignature.present ? 'significant, re-export signature' : 'significant';
  return r.flagged ? 'flagged' : '';
}

function compact(v) {
  const a = Math.abs(v);
  if (a >= 1e9) return (v / 1e9) + ' bn';
  if (a >= 1e6) return (v / 1e6) + ' m';
  if (a >= 1e3) return (v / 1e3) + ' k';
  return String(v);
}

function rankingChart(p, r) {
  const rows = r.routes;
  draw(p, {
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (items) => {
        const x = rows[items[0].dataIndex];
        return x.origin + ' > ' + x.hub + ' > ' + x.target + ', ' + x.goods + '<br>' +
          'before ' + usd(x.blocToHub.beforeUsdPerMonth) + ', after ' + usd(x.blocToHub.afterUsdPerMonth) +
          ' a month (' + ratio(x.blocToHub) + ')<br>DiD ' + did(x.effect) + ', p ' + prob(x.effect.pValue) +
          ', q ' + prob(x.effect.qValue) + '<br>' + x.hub + ' to ' + x.target + ' ' + ratio(x.hubToTarget) +
          ', ' + x.origin + ' to ' + x.target + ' ' + ratio(x.blocToTarget) +
          (status(x) ? '<br><b>' + status(x) + '</b>' : '');
      },
    },
    legend: { top: 0 },
    grid: { left: 140, right: 30, top: 30, bottom: 45 },
    xAxis: {
      type: 'value', name: 'USD a month', nameLocation: 'middle', nameGap: 28,
      axisLabel: { formatter: compact },
    },
    yAxis: {
      type: 'category', inverse: true, axisLabel: { width: 130, overflow: 'truncate' },
      data: rows.map((x) => (x.significant ? '* ' : '') + label(x, r.level)),
    },
    series: [
      { name: 'before', type: 'bar', color: PALETTE[6], data: rows.map((x) => x.blocToHub.beforeUsdPerMonth) },
      { name: 'after', type: 'bar', color: PALETTE[1], data: rows.map((x) => x.blocToHub.afterUsdPerMonth) },
    ],
  }, r.reproduce, rows.length);
}

function routeTable(box, r, chosen, onPick) {
  box.textContent = '';
  const h = document.createElement('h2');
  h.textContent = 'Ranked routes (significant first; * in the chart): choose one to see it month by month';
  const t = document.createElement('table');
  t.className = 'explanation routes';
  const head = document.createElement('tr');
  for (const c of ['#', 'route', 'goods', 'before/mo', 'after/mo', 'ratio', 'ratio 95% CI',
    'DiD [95% CI]', 'p', 'q', 'hub -> target', 'bloc -> target', 'co-move', '']) {
    const th = document.createElement('th');
    th.textContent = c;
    head.append(th);
  }
  t.append(head);
  for (const x of r.routes) {
    const tr = document.createElement('tr');
    tr.dataset.route = x.hub + '|' + x.goods;
    if (chosen && x.hub === chosen.hub && x.goods === chosen.goods) tr.className = 'selected';
    const ci = Number.isFinite(x.effect.ratioLow)
      ? 'x' + x.effect.ratioLow.toFixed(2) + ' - x' + x.effect.ratioHigh.toFixed(2) : '';
    const co = Number.isFinite(x.reexportSignature.correlation)
      ? x.reexportSignature.correlation.toFixed(2) + ' at lag ' + x.reexportSignature.lag : '';
    for (const v of [x.rank, x.origin + ' > ' + x.hub + ' > ' + x.target, x.goods,
      usd(x.blocToHub.beforeUsdPerMonth), usd(x.blocToHub.afterUsdPerMonth), ratio(x.blocToHub), ci,
      did(x.effect), prob(x.effect.pValue), prob(x.effect.qValue), ratio(x.hubToTarget),
      ratio(x.blocToTarget), co, status(x)]) {
      const td = document.createElement('td');
      td.textContent = String(v);
      tr.append(td);
    }
    tr.addEventListener('click', () => onPick(x));
    t.append(tr);
  }
  const notes = document.createElement('p');
  notes.className = 'note';
  notes.textContent = r.notes.join('; ');
  const how = document.createElement('div');
  how.className = 'how';
  const csv = document.createElement('a');
  csv.href = r.reproduce.csv;
  csv.textContent = 'Download CSV';
  csv.className = 'csv';
  const cli = document.createElement('code');
  cli.textContent = r.reproduce.cli;
  cli.className = 'cli';
  how.append(csv, cli);
  box.append(h, t, notes, how);
}

async function sankeyChart(p, base) {
  try {
    const s = await getJson('/api/circumvention/sankey' + query({ ...base, top: TOP }));
    const colours = { origin: PALETTE[0], hub: PALETTE[2], target: PALETTE[1] };
    p.heading.textContent = (s.significantOnly ? 'The ' + s.routes + ' significant routes'
      : 'The ' + s.routes + ' best-ranked routes (none significant)') + ' by value, ' + s.months;
    draw(p, {
      tooltip: {
        trigger: 'item',
        formatter: (i) => (i.dataType === 'edge'
          ? i.data.source + ' > ' + i.data.target + ': ' + usd(i.data.value) + '<br>' + i.data.goods.join(', ')
          : i.name),
      },
      series: [{
        type: 'sankey',
        left: 10, right: 60, top: 20, bottom: 20,
        nodeAlign: 'justify',
        emphasis: { focus: 'adjacency' },
        lineStyle: { color: 'gradient', curveness: 0.5, opacity: 0.4 },
        label: { formatter: (i) => i.name },
        data: s.nodes.map((n) => ({ name: n.id, itemStyle: { color: colours[n.role] } })),
        links: s.links.map((l) => ({ source: l.source, target: l.target, value: l.valueUsd, goods: l.goods })),
      }],
    }, s.reproduce, s.links.length);
  } catch (e) {
    fail(p, e);
  }
}

function ranges(months, phase) {
  const out = [];
  let start = null;
  months.forEach((m, i) => {
    if (m.phase === phase && start === null) start = m.month;
    const last = i === months.length - 1 || months[i + 1].phase !== phase;
    if (m.phase === phase && last) {
      out.push([{ xAxis: start }, { xAxis: m.month }]);
      start = null;
    }
  });
  return out;
}

async function seriesChart(p, base, route) {
  try {
    const s = await getJson('/api/circumvention/series' +
      query({ ...base, hub: route.hub, group: route.goods }));
    p.heading.textContent = s.origin + ' > ' + s.hub + ' > ' + s.target + ', ' + s.goods +
      ': monthly values before and after the sanction of ' + s.sanctionMonth;
    const months = s.months.map((m) => m.month);
    const line = (name, key, colour, extra = {}) => ({
      name, type: 'line', showSymbol: false, color: colour, data: s.months.map((m) => m[key]), ...extra,
    });
    draw(p, {
      tooltip: { trigger: 'axis', valueFormatter: (v) => usd(v) },
      legend: { top: 0 },
      grid: { left: 70, right: 70, top: 50, bottom: 40 },
      xAxis: { type: 'category', data: months },
      // the hub's exports to the target are often far smaller than its imports: own axis
      yAxis: [
        { type: 'value', name: 'USD a month', axisLabel: { formatter: compact } },
        { type: 'value', name: s.hub + ' > ' + s.target, axisLabel: { formatter: compact }, splitLine: { show: false } },
      ],
      series: [
        line(s.origin + ' > ' + s.hub, 'blocToHubUsd', PALETTE[0], {
          markLine: {
            symbol: 'none',
            lineStyle: { color: '#b00', type: 'solid' },
            label: { formatter: 'sanction ' + s.sanctionMonth },
            data: [{ xAxis: s.sanctionMonth }],
          },
          markArea: {
            itemStyle: { color: 'rgba(120, 120, 120, 0.12)' },
            label: { show: true, position: 'insideTop', formatter: 'baseline' },
            data: ranges(s.months, 'baseline'),
          },
        }),
        line(s.hub + ' > ' + s.target + ' (right axis)', 'hubToTargetUsd', PALETTE[2], { yAxisIndex: 1 }),
        line(s.origin + ' > ' + s.target + ' (direct)', 'blocToTargetUsd', PALETTE[1], { lineStyle: { type: 'dashed' } }),
      ],
    }, s.reproduce, months.length);
    const note = document.createElement('p');
    note.className = 'note series-note';
    note.textContent = 'Per month, ' + s.baseline + ' -> ' + s.postMonths + ': ' + s.origin + ' > ' + s.hub +
      ' ' + usd(s.blocToHub.beforeUsdPerMonth) + ' -> ' + usd(s.blocToHub.afterUsdPerMonth) + ' (' +
      ratio(s.blocToHub) + '); ' + s.hub + ' > ' + s.target + ' ' + ratio(s.hubToTarget) + '; ' + s.origin +
      ' > ' + s.target + ' ' + ratio(s.blocToTarget) + '. ' + s.hubToTargetSource + '.';
    p.how.before(note);
  } catch (e) {
    fail(p, e);
  }
}

function emptySeries(p, routes) {
  draw(p, {}, routes.reproduce, 0);
}

async function mirrorChart(p, params) {
  try {
    const r = await getJson('/api/mirror' + query({
      exporters: params.bloc, since: params.since, goods: params.goods, level: 'list', top: 12,
    }));
    const rows = r.rows;
    draw(p, {
      tooltip: {
        trigger: 'axis',
        axisPointer: { type: 'shadow' },
        formatter: (items) => {
          const x = rows[items[0].dataIndex];
          return x.partner + ': exports ' + usd(x.exportsAfterUsdPerMonth) + ' a month after, the partner reports ' +
            usd(x.importsAfterUsdPerMonth) + '<br>gap ' + pct(x.gapShareBeforeMean) + ' before, ' +
            pct(x.gapShareAfter) + ' after (z ' + (Number.isFinite(x.z) ? x.z.toFixed(1) : '-') + ')' +
            (x.ghostTrade ? '<br><b>ghost trade</b>' : '');
        },
      },
      legend: { top: 0 },
      grid: { left: 60, right: 20, top: 30, bottom: 30 },
      xAxis: { type: 'category', data: rows.map((x) => (x.ghostTrade ? '* ' : '') + x.partner) },
      yAxis: { type: 'value', name: 'gap, share of exports', axisLabel: { formatter: (v) => Math.round(100 * v) + '%' } },
      series: [
        { name: 'before', type: 'bar', color: PALETTE[6], data: rows.map((x) => x.gapShareBeforeMean) },
        { name: 'after', type: 'bar', color: PALETTE[1], data: rows.map((x) => x.gapShareAfter) },
      ],
    }, r.reproduce, rows.length);
  } catch (e) {
    fail(p, e);
  }
}

async function provenanceChart(p, params, blocDate, via) {
  try {
    const from = (Number(params.since.slice(0, 4)) - 1) + '-01';
    const r = await getJson('/api/provenance' + query({
      target: params.target, goods: params.goods, brandBloc: params.bloc, via, from, by: 'year', blocDate,
    }));
    const periods = [...new Set(r.rows.map((x) => x.period))];
    const dispatch = [...new Set(r.rows.map((x) => x.dispatch))];
    const value = (d, period) => {
      const row = r.rows.find((x) => x.dispatch === d && x.period === period);
      return row ? row.blocBrandUsd : 0;
    };
    draw(p, {
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v) => usd(v) },
      legend: { top: 0 },
      grid: { left: 70, right: 20, top: 40, bottom: 30 },
      xAxis: { type: 'category', data: periods },
      yAxis: { type: 'value', name: params.bloc + '-brand value', axisLabel: { formatter: compact } },
      series: dispatch.map((d, i) => ({
        name: d, type: 'bar', stack: 'dispatch', color: d === 'other' ? '#bbb' : PALETTE[i % PALETTE.length],
        data: periods.map((period) => value(d, period)),
      })),
    }, r.reproduce, r.rows.length);
  } catch (e) {
    fail(p, e);
  }
}
