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
        // Antarctica (010) neither trades nor fits a flat map's width.
        geo.features = geo.features.filter((f) => f.id !== '010');
        for (const f of geo.features) {
          f.properties.name = f.id === undefined ? 'x-' + f.properties.name : String(Number(f.id));
          unwrap(f.geometry);
        }
        echarts.registerMap('world', geo);
        return 'world';
      });
  }
  return loading;
}

// World-atlas keeps rings that cross the 180th meridian whole (Russia's far east, Fiji); drawn on a
// flat map they would streak across it. Such rings are moved east of the meridian instead.
function unwrap(geometry) {
  if (!geometry) return;
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] :
    geometry.type === 'MultiPolygon' ? geometry.coordinates : [];
  for (const polygon of polygons) {
    for (const ring of polygon) {
      let min = Infinity;
      let max = -Infinity;
      for (const [lon] of ring) {
        min = Math.min(min, lon);
        max = Math.max(max, lon);
      }
      if (max - min > 180) {
        for (const point of ring) {
          if (point[0] < 0) point[0] += 360;
        }
      }
    }
  }
}
