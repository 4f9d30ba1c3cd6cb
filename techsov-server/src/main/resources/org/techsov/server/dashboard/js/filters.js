// Filter controls. Each change calls onChange with the new parameters; pages redraw from them.

export function filterBar(parent) {
  const bar = document.createElement('form');
  bar.className = 'filters';
  bar.addEventListener('submit', (e) => e.preventDefault());
  parent.append(bar);
  return bar;
}

export function select(bar, name, label, options, value, onChange) {
  const wrap = document.createElement('label');
  wrap.textContent = label;
  const s = document.createElement('select');
  s.name = name;
  for (const o of options) {
    const opt = document.createElement('option');
    opt.value = o.value;
    opt.textContent = o.label;
    s.append(opt);
  }
  s.value = value;
  s.addEventListener('change', () => onChange(s.value));
  wrap.append(s);
  bar.append(wrap);
  return s;
}

export function checks(bar, name, label, options, values, onChange) {
  const wrap = document.createElement('label');
  wrap.textContent = label;
  const box = document.createElement('span');
  box.className = 'checks';
  for (const o of options) {
    const l = document.createElement('label');
    const c = document.createElement('input');
    c.type = 'checkbox';
    c.name = name;
    c.value = o.value;
    c.checked = values.includes(o.value);
    c.addEventListener('change', () => {
      const picked = [...box.querySelectorAll('input:checked')].map((x) => x.value);
      onChange(picked);
    });
    l.append(c, ' ' + o.label);
    box.append(l);
  }
  wrap.append(box);
  bar.append(wrap);
  return box;
}

export function years(status) {
  const out = [];
  for (let y = status.lastYear; y >= status.firstYear && y > 0; y--) {
    out.push({ value: String(y), label: String(y) });
  }
  return out;
}

export function countryOptions(ctx) {
  return [...ctx.countries]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((c) => ({ value: c.code, label: c.name + ' (' + c.code + ')' }));
}
