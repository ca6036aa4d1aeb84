/** /data/awards.csv: every distinction, UTF-8 with a BOM. */
import type { APIRoute } from 'astro';
import { awardRecords, awardsCsv } from '../../lib/data-export/awards.ts';
import { getDigest } from '../../lib/digest/load-astro.ts';

export const GET: APIRoute = async () =>
  new Response(awardsCsv(awardRecords(await getDigest())), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
