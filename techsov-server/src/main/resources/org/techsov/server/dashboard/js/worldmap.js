// The world map: Natural Earth countries (world-atlas TopoJSON, served by the server) registered
// with ECharts once. Features are named by their ISO 3166-1 numeric code, which is also the key
// the reference data gives each country.

let loading = null;

export function worldMap() {
  if (!loading) {
    loading = fetch('/vendor/world-atlas/countries-110m.json')
      .then((r) => r.json())
      .then((topology) => {
        const geo = topojson.feature(topology, topology.objects.countries);
        for (const f of geo.features) {
          f.properties.name = f.id === undefined ? 'x-' + f.properties.name : String(Number(f.id));
        }
        echarts.registerMap('world', geo);
        return 'world';
      });
  }
  return loading;
}
