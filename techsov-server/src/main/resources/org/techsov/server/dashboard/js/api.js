// Talks to the server's API; errors come back as problem JSON and are raised with their detail.

export async function getJson(path) {
  const response = await fetch(path, { headers: { Accept: 'application/json' } });
  if (!response.ok) {
    let detail = response.status + ' ' + response.statusText;
    try {
      const problem = await response.json();
      detail = problem.detail || detail;
    } catch (e) {
      // not problem JSON: keep the status line
    }
    const error = new Error(detail);
    error.status = response.status;
    throw error;
  }
  return response.json();
}

/** A query string from an object, leaving out empty values; lists are comma-joined. */
export function query(params) {
  const parts = [];
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === '' ||
        (Array.isArray(value) && value.length === 0)) {
      continue;
    }
    const text = Array.isArray(value) ? value.join(',') : String(value);
    parts.push(encodeURIComponent(key) + '=' + encodeURIComponent(text).replace(/%2C/g, ','));
  }
  return parts.length ? '?' + parts.join('&') : '';
}

/** The reference data and the store's state, loaded once. */
export async function loadContext() {
  const [countries, blocs, areas, status] = await Promise.all([
    getJson('/api/reference/countries'),
    getJson('/api/reference/blocs'),
    getJson('/api/reference/areas'),
    getJson('/api/status'),
  ]);
  const byCode = new Map(countries.map((c) => [c.code, c]));
  return { countries, byCode, blocs, areas, status };
}
