/** /data/kpis.json: the same records as kpis.csv, as a JSON array. */
import type { APIRoute } from 'astro';
import { kpiRecords } from '../../lib/data-export/kpis.ts';
import { getDigest } from '../../lib/digest/load-astro.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(kpiRecords(await getDigest())), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
