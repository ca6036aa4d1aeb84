/**
 * The two shipped maps (data/reference/, sources and licences in its README), laid out once per
 * process: both builds of a page and every metric/year page reuse the same path strings.
 */
import topology63 from '../../../data/reference/vn-provinces-63.topo.json' with { type: 'json' };
import topology34 from '../../../data/reference/vn-provinces-34.topo.json' with { type: 'json' };
import { buildMapShapes, DEFAULT_LAYOUT, type MapShapes, type ProvinceTopology } from './geometry.ts';
import type { MapEra } from './era.ts';

const topologies: Record<MapEra, ProvinceTopology> = {
  '63': topology63 as unknown as ProvinceTopology,
  '34': topology34 as unknown as ProvinceTopology,
};

const cache = new Map<MapEra, MapShapes>();

/** Projected, simplified shapes of every province of an era's map. */
export function vietnamMapShapes(era: MapEra): MapShapes {
  let shapes = cache.get(era);
  if (!shapes) {
    shapes = buildMapShapes(topologies[era], DEFAULT_LAYOUT);
    cache.set(era, shapes);
  }
  return shapes;
}

/** Where each map comes from, for the attribution under it. */
export const MAP_SOURCES: Record<MapEra, { text: string; url: string }[]> = {
  '63': [
    { text: 'Open Development Mekong (Địa phận tỉnh)', url: 'https://data.opendevelopmentmekong.net/' },
    {
      text: 'phamductu/vietnamese-provincial-icons (MIT)',
      url: 'https://github.com/phamductu/vietnamese-provincial-icons',
    },
  ],
  '34': [
    {
      text: 'thanglequoc/vietnamese-provinces-database (MIT)',
      url: 'https://github.com/thanglequoc/vietnamese-provinces-database',
    },
    { text: 'sapnhap.bando.com.vn', url: 'https://sapnhap.bando.com.vn/' },
  ],
};
