// The dashboard's shell: loads the reference data once, draws the navigation from the page
// registry and shows the page the address names (#/<page>?<parameters>). A page redraws its
// charts when its parameters change; parameters live in the address, so every view can be
// bookmarked and shared.

import { loadContext } from './api.js';
import { pages } from './pages/index.js';

const root = document.getElementById('page');
const nav = document.getElementById('nav');
let context = null;

function parseHash() {
  const hash = location.hash.replace(/^#\/?/, '');
  const [id, search] = hash.split('?');
  const params = Object.fromEntries(new URLSearchParams(search || ''));
  return { id: id || pages[0].id, params };
}

/** Shows a page with parameters, recording them in the address. */
export function go(id, params) {
  const search = new URLSearchParams(params).toString();
  const target = '#/' + id + (search ? '?' + search : '');
  if (location.hash === target) {
    show();
  } else {
    location.hash = target;
  }
}

function drawNav(active) {
  nav.textContent = '';
  for (const p of pages) {
    const a = document.createElement('a');
    a.href = '#/' + p.id;
    a.textContent = p.title;
    a.dataset.page = p.id;
    if (p.id === active) a.className = 'active';
    nav.append(a);
  }
}

async function show() {
  const { id, params } = parseHash();
  const page = pages.find((p) => p.id === id) || pages[0];
  drawNav(page.id);
  document.title = page.title + ' · techsov';
  for (const el of root.querySelectorAll('.chart')) {
    const chart = echarts.getInstanceByDom(el);
    if (chart) chart.dispose();
  }
  root.textContent = '';
  root.dataset.page = page.id;
  try {
    await page.render(root, { ...page.defaults(context), ...params }, context,
      (changed) => go(page.id, changed));
  } catch (error) {
    const p = document.createElement('p');
    p.className = 'error';
    p.textContent = 'This page could not be shown: ' + error.message;
    root.append(p);
  }
}

async function start() {
  try {
    context = await loadContext();
  } catch (error) {
    root.textContent = 'The server did not answer: ' + error.message;
    return;
  }
  window.addEventListener('hashchange', show);
  show();
}

start();
