// Derives the page's offline world outline (src/main/resources/META-INF/resources/map/world-50m.json)
// from the npm packages world-atlas (Natural Earth 1:50m, public domain; packaging ISC) and
// topojson-client (ISC). Run through generate.sh, which fetches both with `npm pack`.
// Output: SVG path data in Web Mercator units (see SIZE), so the page draws the outline as it is, zooms with
// the SVG viewBox alone and can lay optional map tiles under it.
import { readFileSync, writeFileSync } from "node:fs";
import { feature, mesh } from "./topojson-client/src/index.js";

const [, , atlasDir, out] = process.argv;
const read = (name) => JSON.parse(readFileSync(`${atlasDir}/${name}`, "utf8"));
// Web Mercator (the projection of map tiles), in a square world of SIZE units: x = 0 at 180°W, y = 0 at
// 85.05°N. One unit is 0.05 degrees of longitude (about 5 km at the equator): finer than the 1:50m source.
const SIZE = 7200;
const MAX_LAT = 85.0511;
const mercatorX = (lon) => ((lon + 180) / 360) * SIZE;
const mercatorY = (lat) => {
  const phi = (Math.max(-MAX_LAT, Math.min(MAX_LAT, lat)) * Math.PI) / 180;
  return (SIZE / 2) * (1 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / Math.PI);
};

// Each line starts with an absolute move ("M x y") and continues with relative steps ("l dx dy"), in
// whole units; consecutive points that round to the same unit are dropped.
function pathOf(lines, close) {
  let d = "";
  for (const line of lines) {
    let x = null;
    let y = null;
    let part = "";
    let steps = 0;
    for (const [lon, lat] of line) {
      const nx = Math.round(mercatorX(lon));
      const ny = Math.round(mercatorY(lat));
      if (x === null) {
        part = `M${nx} ${ny}`;
      } else if (nx !== x || ny !== y) {
        part += `${steps === 0 ? "l" : " "}${nx - x} ${ny - y}`;
        steps++;
      } else {
        continue;
      }
      x = nx;
      y = ny;
    }
    if (steps > 0) d += part + (close ? "z" : "");
  }
  return d.replaceAll(" -", "-");
}

function ringsOf(geometry) {
  if (geometry.type === "Polygon") return geometry.coordinates;
  if (geometry.type === "MultiPolygon") return geometry.coordinates.flat();
  if (geometry.type === "LineString") return [geometry.coordinates];
  if (geometry.type === "MultiLineString") return geometry.coordinates;
  return [];
}

const land = read("land-50m.json");
const countries = read("countries-50m.json");
const landRings = feature(land, land.objects.land).features.flatMap((f) => ringsOf(f.geometry));
const borders = ringsOf(mesh(countries, countries.objects.countries, (a, b) => a !== b));
writeFileSync(
  out,
  JSON.stringify({
    source: "world-atlas 2.0.2 (Natural Earth 1:50m, version 4.1.0), land and country borders",
    license: "Natural Earth: public domain. world-atlas and topojson-client: ISC, Copyright Michael Bostock.",
    projection: "Web Mercator in a square world of `size` units, x from 180°W, y from 85.05°N",
    size: SIZE,
    land: pathOf(landRings, true),
    borders: pathOf(borders, false),
  }) + "\n",
);
