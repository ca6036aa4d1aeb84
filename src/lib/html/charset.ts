/**
 * A page's bytes to text, as a browser decodes them: the byte order mark, else the charset the
 * server sent (Content-Type), else the page's own <meta charset> / <meta http-equiv> declaration
 * (the HTML Standard's sniffing algorithm, html-encoding-sniffer), decoded by the Encoding Standard's
 * decoders (@exodus/bytes, what jsdom uses: "latin1" means windows-1252 there, as in every browser).
 *
 * A page that declares nothing is read as UTF-8 when it is valid UTF-8, else as Windows-1258, the
 * HTML Standard's suggested default for Vietnamese and what older Vietnamese sites wrote. Windows-1258
 * writes most tone marks as combining characters after the letter ("ê" + U+0301), so the text is put
 * in NFC ("ế"), as the rest of the ingest expects.
 */
import { TextDecoder } from '@exodus/bytes/encoding.js';
import sniffHtmlEncoding from 'html-encoding-sniffer';

export interface DecodedPage {
  text: string;
  /** The encoding's canonical name ("UTF-8", "windows-1258"). */
  encoding: string;
  /** Where the encoding came from. */
  from: 'declared' | 'utf-8 by content' | 'vietnamese default';
}

/** Look this far into the page for a <meta> charset: saved pages often put scripts before it. */
const PRESCAN_BYTES = 64 * 1024;

/** The `charset` parameter of a Content-Type header value, if any. */
export function charsetOf(contentType: string | null | undefined): string | undefined {
  const m = /;\s*charset\s*=\s*"?([^";\s]+)"?/iu.exec(contentType ?? '');
  return m ? m[1] : undefined;
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** Decode a page's bytes; `contentType` is the HTTP header, when the page was fetched. */
export function decodePage(bytes: Uint8Array, contentType?: string | null): DecodedPage {
  const sniff = (defaultEncoding: string): string =>
    sniffHtmlEncoding(bytes, {
      transportLayerEncodingLabel: charsetOf(contentType),
      defaultEncoding,
      maxPrescanBytes: PRESCAN_BYTES,
    });
  // The sniffer returns its default only when nothing was declared: two defaults tell the cases apart.
  const declared = sniff('UTF-8');
  let encoding = declared;
  let from: DecodedPage['from'] = 'declared';
  if (declared !== sniff('windows-1258')) {
    from = isUtf8(bytes) ? 'utf-8 by content' : 'vietnamese default';
    encoding = from === 'utf-8 by content' ? 'UTF-8' : 'windows-1258';
  }
  // A decoder takes the BOM out itself; the Encoding Standard replaces bytes that are not text (U+FFFD).
  const text = new TextDecoder(encoding).decode(bytes).normalize('NFC');
  return { text, encoding, from };
}
