/**
 * Vietnam's provinces as SVG path data: projection, layout and simplification, from a TopoJSON
 * topology. Pure: the topology comes in as an object; vietnam-maps.ts loads the two shipped maps.
 *
 * Layout (one coordinate space, integer units, `width` × `height`):
 * - the mainland and the coastal islands, Mercator, fitted to the width;
 * - Quần đảo Hoàng Sa in its true place and at the same scale, east of Đà Nẵng, inside a labelled frame;
 * - Quần đảo Trường Sa in a labelled inset box in the south-east sea, at a smaller scale: its reefs
 *   spread over eight degrees of longitude, wider than the mainland itself.
 * Islands too small to draw at their scale become small diamonds, so every one stays visible.
 */
import { geoMercator, type GeoProjection } from 'd3-geo';
import { ringArea, simplifyLine, type Point } from './simplify.ts';
import { ringsToPathData } from './svg-path.ts';

export type MapRegion = 'mainland' | 'hoang-sa' | 'truong-sa';

/** The slice of a TopoJSON topology this module reads. */
export interface ProvinceTopology {
  type: 'Topology';
  transform?: { scale: [number, number]; translate: [number, number] };
  arcs: number[][][];
  objects: Record<string, { type: 'GeometryCollection'; geometries: ProvinceGeometry[] }>;
}

export type ProvinceGeometry =
  | { type: 'Polygon'; arcs: number[][]; properties: ProvinceProperties }
  | { type: 'MultiPolygon'; arcs: number[][][]; properties: ProvinceProperties };

export interface ProvinceProperties {
  code: string;
  name: string;
  slug?: string;
}

export interface ProvinceShape {
  /** GSO code of the province in this map's era. */
  code: string;
  /** Name as the map file gives it (display names come from the registry). */
  name: string;
  /** SVG path data for every ring of the province, insets included. */
  d: string;
  /** How many rings were drawn in each region (an island drawn as a dot counts). */
  ringCount: Record<MapRegion, number>;
}

export interface Frame {
  region: Exclude<MapRegion, 'mainland'>;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Baseline of the first line of the frame's label (top left, inside the frame). */
  labelX: number;
  labelY: number;
  /** Distance between the label's baselines, and its font size, in coordinate units. */
  labelLineHeight: number;
  labelFontSize: number;
}

export interface MapShapes {
  width: number;
  height: number;
  provinces: ProvinceShape[];
  frames: Frame[];
}

export interface LayoutOptions {
  /** Width of the coordinate space. */
  width: number;
  /** Douglas–Peucker tolerance, in coordinate units. */
  tolerance: number;
  /** Mainland rings smaller than this (square units) are dropped: specks of rock off the coast. */
  minRingArea: number;
  /** Half-diagonal of the diamond that stands for an island too small to draw. */
  islandMarkerRadius: number;
}

export const DEFAULT_LAYOUT: LayoutOptions = { width: 1000, tolerance: 1.1, minRingArea: 6, islandMarkerRadius: 3 };

/** Room above an inset's islands for its two-line label. */
/**
 * Frame labels have three short lines ("Quần đảo" / "Hoàng Sa" / "(Đà Nẵng)") so the font can be large
 * enough to read on a 360 px phone, where one unit is about a third of a pixel.
 */
export const FRAME_LABEL_LINES = 3;
const LABEL_FONT_SIZE = 30;
const LABEL_LINE_HEIGHT = 33;
const LABEL_HEIGHT = FRAME_LABEL_LINES * LABEL_LINE_HEIGHT + 14;
/** Room for the longest label line ("archipelago", "(Khánh Hòa)") at that size. */
const MIN_LABELLED_FRAME_WIDTH = 230;
/** Inside a frame, around its islands. */
const PADDING = 12;
/** Around the whole drawing, so frame strokes are not cut at the edge. */
const MARGIN = 20;

/** GSO codes of the provinces the archipelagos belong to, the same in both eras. */
export const HOANG_SA_PROVINCE_CODE = '48'; // Đà Nẵng: huyện Hoàng Sa
export const TRUONG_SA_PROVINCE_CODE = '56'; // Khánh Hòa: huyện / đặc khu Trường Sa

/**
 * Which region a polygon belongs to, from its province and its exterior ring's bounds in degrees.
 * Đà Nẵng's coast and coastal islands lie west of 108.4°E, Hoàng Sa east of 111°E; Khánh Hòa's
 * mainland and coastal islands lie west of 109.5°E and north of 11.3°N (Ninh Thuận, merged into it
 * in 2025, ends there); Trường Sa's reefs lie east of 110°E (Song Tử reaches 11.5°N) or, for the
 * banks as far west as 109.1°E, south of 10°N.
 */
export function regionOf(code: string, bounds: { west: number; north: number }): MapRegion {
  if (code === HOANG_SA_PROVINCE_CODE && bounds.west > 110) return 'hoang-sa';
  if (code === TRUONG_SA_PROVINCE_CODE && (bounds.west > 109.6 || bounds.north < 11)) return 'truong-sa';
  return 'mainland';
}

function decodeArcs(topology: ProvinceTopology): Point[][] {
  const t = topology.transform;
  return topology.arcs.map((arc) => {
    if (!t) return arc.map((p) => [p[0]!, p[1]!] as const);
    let x = 0;
    let y = 0;
    return arc.map((p) => {
      x += p[0]!;
      y += p[1]!;
      return [x * t.scale[0] + t.translate[0], y * t.scale[1] + t.translate[1]] as const;
    });
  });
}

const polygonsOf = (g: ProvinceGeometry): number[][][] => (g.type === 'Polygon' ? [g.arcs] : g.arcs);

function ringPoints(ring: readonly number[], arcPoints: (index: number) => readonly Point[]): Point[] {
  const out: Point[] = [];
  for (const signed of ring) {
    const forward = signed >= 0;
    const points = arcPoints(forward ? signed : ~signed);
    const ordered = forward ? points : points.slice().reverse();
    out.push(...(out.length === 0 ? ordered : ordered.slice(1)));
  }
  return out;
}

function boundsOf(points: readonly Point[]): { west: number; east: number; south: number; north: number } {
  let west = Infinity;
  let east = -Infinity;
  let south = Infinity;
  let north = -Infinity;
  for (const [x, y] of points) {
    if (x < west) west = x;
    if (x > east) east = x;
    if (y < south) south = y;
    if (y > north) north = y;
  }
  return { west, east, south, north };
}

const multiPoint = (points: Point[]) => ({ type: 'MultiPoint' as const, coordinates: points.map((p) => [p[0], p[1]]) });

function diamond([cx, cy]: Point, r: number): Point[] {
  const x = Math.round(cx);
  const y = Math.round(cy);
  return [
    [x, y - r],
    [x + r, y],
    [x, y + r],
    [x - r, y],
    [x, y - r],
  ];
}

function centroid(points: readonly Point[]): Point {
  const b = boundsOf(points);
  return [(b.west + b.east) / 2, (b.south + b.north) / 2];
}

/** Project, lay out and simplify every province of a topology's first object. */
export function buildMapShapes(topology: ProvinceTopology, options: LayoutOptions = DEFAULT_LAYOUT): MapShapes {
  const object = Object.values(topology.objects)[0];
  if (!object) throw new Error('the topology has no objects');
  const lonLatArcs = decodeArcs(topology);
  const lonLatRing = (ring: readonly number[]) => ringPoints(ring, (i) => lonLatArcs[i]!);

  // Classify every polygon once by its exterior ring.
  const classified = object.geometries.map((g) =>
    polygonsOf(g).map((polygon) => ({
      polygon,
      region: regionOf(g.properties.code, boundsOf(lonLatRing(polygon[0]!))),
    })),
  );
  const pointsIn = (region: MapRegion): Point[] =>
    classified.flatMap((polys) => polys.filter((p) => p.region === region).flatMap((p) => lonLatRing(p.polygon[0]!)));

  const { width } = options;
  const mainlandAndParacels = [...pointsIn('mainland'), ...pointsIn('hoang-sa')];
  // The Hoàng Sa frame reaches PADDING beyond its islands; the margin keeps it inside the drawing.
  const inset = MARGIN + PADDING;
  const main = geoMercator().fitWidth(width - 2 * inset, multiPoint(mainlandAndParacels));
  main.translate([main.translate()[0] + inset, main.translate()[1] + inset]);
  const projectAll = (projection: GeoProjection, points: Point[]) => points.map((p) => projection([p[0], p[1]])!);
  const mainBounds = boundsOf(projectAll(main, mainlandAndParacels));
  const height = Math.ceil(mainBounds.north + inset);
  const label = (x: number, y: number) => ({
    labelX: x + 10,
    labelY: y + 36,
    labelLineHeight: LABEL_LINE_HEIGHT,
    labelFontSize: LABEL_FONT_SIZE,
  });

  const frames: Frame[] = [];
  const projections = new Map<MapRegion, GeoProjection>([
    ['mainland', main],
    ['hoang-sa', main],
  ]);

  const paracels = pointsIn('hoang-sa');
  if (paracels.length > 0) {
    const b = boundsOf(projectAll(main, paracels));
    // Wide enough for its label: the frame grows westwards, into open sea off the central coast.
    const x = Math.floor(Math.min(b.west - PADDING, b.east + PADDING - MIN_LABELLED_FRAME_WIDTH));
    const y = Math.floor(b.south - PADDING - LABEL_HEIGHT);
    frames.push({
      region: 'hoang-sa',
      x,
      y,
      width: Math.ceil(b.east + PADDING) - x,
      height: Math.ceil(b.north + PADDING) - y,
      ...label(x, y),
    });
  }

  const spratlys = pointsIn('truong-sa');
  if (spratlys.length > 0) {
    // The box sits in the open sea in the south-east corner, east of 109.7°E, as high as its
    // islands need at the box's width and no higher than 12.2°N.
    const x0 = Math.round(main([109.7, 12.2])![0]);
    const maxTop = Math.round(main([109.7, 12.2])![1]);
    const right = width - MARGIN;
    const bottom = height - MARGIN;
    const innerWidth = right - x0 - 2 * PADDING;
    const fitted = geoMercator().fitWidth(innerWidth, multiPoint(spratlys));
    const contentHeight = boundsOf(projectAll(fitted, spratlys)).north - boundsOf(projectAll(fitted, spratlys)).south;
    const y0 = Math.max(maxTop, Math.floor(bottom - (LABEL_HEIGHT + contentHeight + PADDING)));
    const box = { x: x0, y: y0, width: right - x0, height: bottom - y0 };
    const spratlyProjection = geoMercator().fitExtent(
      [
        [box.x + PADDING, box.y + LABEL_HEIGHT],
        [box.x + box.width - PADDING, box.y + box.height - PADDING],
      ],
      multiPoint(spratlys),
    );
    projections.set('truong-sa', spratlyProjection);
    frames.push({ region: 'truong-sa', ...box, ...label(box.x, box.y) });
  }

  // Each arc is projected and simplified once per region that uses it, then rounded to integers.
  const screenArcs = new Map<string, Point[]>();
  const screenArc = (index: number, region: MapRegion): Point[] => {
    const key = `${index}:${region}`;
    let arc = screenArcs.get(key);
    if (!arc) {
      const projection = projections.get(region)!;
      const projected = lonLatArcs[index]!.map((p) => projection([p[0], p[1]])!);
      const tolerance = region === 'mainland' ? options.tolerance : options.tolerance / 2;
      arc = simplifyLine(projected, tolerance).map(([x, y]) => [Math.round(x), Math.round(y)] as const);
      screenArcs.set(key, arc);
    }
    return arc;
  };

  const provinces = object.geometries.map((g, gi): ProvinceShape => {
    const rings: Point[][] = [];
    const ringCount: Record<MapRegion, number> = { mainland: 0, 'hoang-sa': 0, 'truong-sa': 0 };
    for (const { polygon, region } of classified[gi]!) {
      polygon.forEach((ring, ri) => {
        const points = ringPoints(ring, (i) => screenArc(i, region));
        const distinct = new Set(points.map((p) => `${p[0]},${p[1]}`)).size;
        const area = Math.abs(ringArea(points));
        if (distinct >= 3 && area >= (region === 'mainland' ? options.minRingArea : 1)) {
          rings.push(points);
        } else if (region !== 'mainland' && ri === 0) {
          // An island smaller than the drawing's resolution: keep it visible as a dot.
          rings.push(diamond(centroid(points), options.islandMarkerRadius));
        } else {
          return;
        }
        if (ri === 0) ringCount[region] += 1;
      });
    }
    return { code: g.properties.code, name: g.properties.name, d: ringsToPathData(rings), ringCount };
  });

  return { width, height, provinces, frames };
}
