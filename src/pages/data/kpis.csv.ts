/** /data/kpis.csv: every figure, UTF-8 with a BOM so Excel reads Vietnamese. */
import type { APIRoute } from 'astro';
import { kpiRecords, kpisCsv } from '../../lib/data-export/kpis.ts';
import { getDigest } from '../../lib/digest/load-astro.ts';

export const GET: APIRoute = async () =>
  new Response(kpisCsv(kpiRecords(await getDigest())), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
