// A chart panel: title, chart, and under it the CSV download, the API address and the command
// that reproduce the chart. Its data-state attribute says loading, ready, empty or error, and
// data-query the address it shows, so that tests and users can see what it holds.

export function panel(parent, id, title, tall = false, wide = false) {
  const box = document.createElement('section');
  box.className = wide ? 'panel wide' : 'panel';
  box.dataset.chart = id;
  box.dataset.state = 'loading';
  const heading = document.createElement('h2');
  heading.textContent = title;
  const chart = document.createElement('div');
  chart.className = tall ? 'chart tall' : 'chart';
  const how = document.createElement('div');
  how.className = 'how';
  box.append(heading, chart, how);
  parent.append(box);
  return { box, heading, chart, how, instance: null };
}

/** Draws an ECharts option into the panel, with the ways to reproduce it. */
export function draw(p, option, reproduce, rows) {
  p.box.dataset.state = rows > 0 ? 'ready' : 'empty';
  p.box.dataset.rows = String(rows);
  p.box.dataset.query = reproduce.api;
  if (rows === 0) {
    message(p, 'empty', 'No data for this selection.');
  } else {
    if (!p.instance) {
      p.chart.textContent = '';
      p.instance = echarts.init(p.chart, null, { renderer: 'canvas' });
      window.addEventListener('resize', () => p.instance && p.instance.resize());
    }
    p.instance.setOption({ animation: false, ...option }, true);
  }
  links(p, reproduce);
}

export function fail(p, error) {
  p.box.dataset.state = 'error';
  message(p, 'error', error.message);
}

function message(p, kind, text) {
  if (p.instance) {
    p.instance.dispose();
    p.instance = null;
  }
  p.chart.textContent = '';
  const m = document.createElement('div');
  m.className = kind;
  m.textContent = text;
  p.chart.append(m);
}

function links(p, reproduce) {
  p.how.textContent = '';
  const csv = document.createElement('a');
  csv.href = reproduce.csv;
  csv.textContent = 'Download CSV';
  csv.setAttribute('download', '');
  csv.className = 'csv';
  const api = document.createElement('a');
  api.href = reproduce.api;
  api.textContent = 'API';
  api.className = 'api';
  p.how.append(csv, api);
  if (reproduce.cli) {
    const cli = document.createElement('code');
    cli.textContent = reproduce.cli;
    cli.className = 'cli';
    p.how.append(cli);
  }
}

export const PALETTE = ['#1f77b4', '#d62728', '#ff7f0e', '#2ca02c', '#9467bd', '#8c564b', '#7f7f7f',
  '#e377c2', '#17becf', '#bcbd22'];

export function pct(v) {
  return v === null || v === undefined ? '' : (100 * v).toFixed(1) + '%';
}

export function usd(v) {
  if (v === null || v === undefined) return '';
  const a = Math.abs(v);
  if (a >= 1e9) return (v / 1e9).toFixed(2) + ' bn USD';
  if (a >= 1e6) return (v / 1e6).toFixed(1) + ' m USD';
  return Math.round(v).toLocaleString('en') + ' USD';
}
