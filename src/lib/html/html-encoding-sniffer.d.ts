/** Types for html-encoding-sniffer (it ships none): the HTML Standard's encoding sniffing algorithm. */
declare module 'html-encoding-sniffer' {
  interface SniffOptions {
    xml?: boolean;
    /** The charset of the HTTP Content-Type header: overrides everything but a byte order mark. */
    transportLayerEncodingLabel?: string;
    /** Returned when neither a BOM, the transport nor a <meta> declaration names an encoding. */
    defaultEncoding?: string;
    /** How far to look for a <meta charset> declaration (1024 bytes unless told). */
    maxPrescanBytes?: number;
  }
  /** The canonical name of the encoding ("UTF-8", "windows-1258"). */
  export default function sniffHtmlEncoding(bytes: Uint8Array, options?: SniffOptions): string;
}
