import { describe, expect, it } from 'vitest';
import { MAP_ERAS } from '../../src/lib/map/era.ts';
import { HOANG_SA_PROVINCE_CODE, TRUONG_SA_PROVINCE_CODE } from '../../src/lib/map/geometry.ts';
import { vietnamMapShapes } from '../../src/lib/map/vietnam-maps.ts';
import { allUnits } from '../../src/lib/provinces.ts';

/** Every vertex of a path written as "M x y l dx dy … z", in absolute coordinates. */
function vertices(d: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const ring of d.split('z').filter(Boolean)) {
    const [move, rel = ''] = ring.slice(1).split('l') as [string, string?];
    const nums = (s: string) => (s.match(/-?\d+(?:\.\d+)?/g) ?? []).map(Number);
    let [x, y] = nums(move) as [number, number];
    out.push([x, y]);
    const deltas = nums(rel);
    for (let i = 0; i < deltas.length; i += 2) {
      x += deltas[i]!;
      y += deltas[i + 1]!;
      out.push([x, y]);
    }
  }
  return out;
}

describe.each(MAP_ERAS)('the %s map', (era) => {
  const shapes = vietnamMapShapes(era);

  it('has exactly the registry codes of its era, each drawn', () => {
    const registryCodes = [...new Set(allUnits.filter((u) => u.era === era).map((u) => u.code))].sort();
    expect(shapes.provinces.map((p) => p.code).sort()).toEqual(registryCodes);
    expect(registryCodes).toHaveLength(era === '63' ? 63 : 34);
    for (const p of shapes.provinces) expect(p.d, p.code).toMatch(/^M.*z$/);
  });

  it('draws Hoàng Sa with Đà Nẵng and Trường Sa with Khánh Hòa, and no other province offshore', () => {
    const daNang = shapes.provinces.find((p) => p.code === HOANG_SA_PROVINCE_CODE)!;
    const khanhHoa = shapes.provinces.find((p) => p.code === TRUONG_SA_PROVINCE_CODE)!;
    expect(daNang.ringCount['hoang-sa']).toBeGreaterThanOrEqual(15);
    expect(khanhHoa.ringCount['truong-sa']).toBeGreaterThanOrEqual(100);
    for (const p of shapes.provinces) {
      if (p.code !== HOANG_SA_PROVINCE_CODE) expect(p.ringCount['hoang-sa'], p.code).toBe(0);
      if (p.code !== TRUONG_SA_PROVINCE_CODE) expect(p.ringCount['truong-sa'], p.code).toBe(0);
    }
  });

  it('frames both archipelagos, and their islands lie inside their frames', () => {
    expect(shapes.frames.map((f) => f.region).sort()).toEqual(['hoang-sa', 'truong-sa']);
    const inside = (frame: (typeof shapes.frames)[number], [x, y]: [number, number]) =>
      x >= frame.x && x <= frame.x + frame.width && y >= frame.y && y <= frame.y + frame.height;
    const spratlys = shapes.frames.find((f) => f.region === 'truong-sa')!;
    const paracels = shapes.frames.find((f) => f.region === 'hoang-sa')!;
    const khanhHoa = vertices(shapes.provinces.find((p) => p.code === TRUONG_SA_PROVINCE_CODE)!.d);
    const daNang = vertices(shapes.provinces.find((p) => p.code === HOANG_SA_PROVINCE_CODE)!.d);
    // Khánh Hòa's Trường Sa rings are the ones inside the inset; at least a hundred vertices fall there.
    expect(khanhHoa.filter((v) => inside(spratlys, v)).length).toBeGreaterThan(100);
    expect(daNang.filter((v) => inside(paracels, v)).length).toBeGreaterThan(20);
    // No other province reaches into either frame.
    for (const p of shapes.provinces) {
      if (p.code === TRUONG_SA_PROVINCE_CODE || p.code === HOANG_SA_PROVINCE_CODE) continue;
      expect(
        vertices(p.d).some((v) => inside(spratlys, v) || inside(paracels, v)),
        p.code,
      ).toBe(false);
    }
  });

  it('stays inside its view box', () => {
    for (const p of shapes.provinces) {
      for (const [x, y] of vertices(p.d)) {
        expect(x).toBeGreaterThanOrEqual(0);
        expect(y).toBeGreaterThanOrEqual(0);
        expect(x).toBeLessThanOrEqual(shapes.width);
        expect(y).toBeLessThanOrEqual(shapes.height);
      }
    }
  });

  it('is small enough to inline in a page (under 40 kB of path data)', () => {
    const bytes = shapes.provinces.reduce((sum, p) => sum + Buffer.byteLength(p.d), 0);
    expect(bytes).toBeLessThan(40_000);
  });
});
