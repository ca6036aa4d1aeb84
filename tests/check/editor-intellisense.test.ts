/**
 * What VS Code shows while an editor types, checked without VS Code: the Astro language server (the
 * engine of the recommended Astro extension) is started as the extension starts it, with
 * `contentIntellisense` on as `.vscode/settings.json` asks, in a copy of the project on which
 * `astro sync` has run, exactly as on an editor's machine: the schema and the list of entries it
 * reads are the ones Astro writes (.astro/collections/), not a file the test makes up.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIN_YEAR, maxYear } from '../../src/lib/schema/common.ts';
import { copyProject } from './support/project-copy.ts';

interface Message {
  id?: number;
  method?: string;
  params?: unknown;
  result?: unknown;
  error?: unknown;
}

class LanguageClient {
  private buffer = Buffer.alloc(0);
  private nextId = 0;
  private pending = new Map<number, (m: Message) => void>();
  private server: ChildProcess;

  constructor(server: ChildProcess) {
    this.server = server;
    server.stdout!.on('data', (chunk: Buffer) => {
      this.buffer = Buffer.concat([this.buffer, chunk]);
      for (;;) {
        const head = this.buffer.indexOf('\r\n\r\n');
        if (head < 0) return;
        const length = Number(/Content-Length: (\d+)/i.exec(this.buffer.subarray(0, head).toString())?.[1]);
        if (this.buffer.length < head + 4 + length) return;
        const msg = JSON.parse(this.buffer.subarray(head + 4, head + 4 + length).toString()) as Message;
        this.buffer = this.buffer.subarray(head + 4 + length);
        if (msg.id !== undefined && !msg.method) this.pending.get(msg.id)?.(msg);
        else if (msg.id !== undefined && msg.method) {
          // Requests from the server (configuration, capability registration): answer as a client would.
          const items = (msg.params as { items?: unknown[] } | undefined)?.items;
          this.send({
            id: msg.id,
            result: msg.method === 'workspace/configuration' ? (items ?? []).map(() => ({})) : null,
          });
        }
      }
    });
  }
  send(m: Message): void {
    const text = JSON.stringify({ jsonrpc: '2.0', ...m });
    this.server.stdin!.write(`Content-Length: ${Buffer.byteLength(text)}\r\n\r\n${text}`);
  }
  request<T>(method: string, params: unknown): Promise<T> {
    const id = ++this.nextId;
    return new Promise((done, fail) => {
      this.pending.set(id, (m) => (m.error ? fail(new Error(JSON.stringify(m.error))) : done(m.result as T)));
      this.send({ id, method, params });
    });
  }
  notify(method: string, params: unknown): void {
    this.send({ method, params });
  }
}

const entry = `---
titel: Bưu điện tỉnh Sơn La triển khai kế hoạch năm 2024
province: son-la
reportYear: "2023"
planYear: 2024
eventDate: 2023-12-27
kpis:
  - metric: total_revenu
    value: 101000000000
    unit: VND
    year: 20233
    quote: Tổng doanh thu các dịch vụ đạt trên 101 tỷ đồng
review:
  status: unreviewed
---
Tổng doanh thu các dịch vụ đạt trên 101 tỷ đồng.
`;

describe('VS Code with the Astro extension and content intellisense', () => {
  const project = copyProject();
  const workspace = project.root;
  const file = join(
    workspace,
    'content/articles/son-la/2023-12-27-buu-dien-tinh-son-la-trien-khai-ke-hoach-nam-2024.mdx',
  );
  const uri = pathToFileURL(file).href;
  let server: ChildProcess;
  let client: LanguageClient;

  beforeAll(async () => {
    // A valid entry is synced; the editor then types mistakes into it (the server gets the text).
    project.useContent('tests/check/fixtures/valid');
    const sync = project.astro(['sync']);
    expect([sync.code, sync.output]).toEqual([0, expect.stringContaining('Synced content')]);
    const manifest = JSON.parse(readFileSync(join(workspace, '.astro/collections/collections.json'), 'utf8')) as {
      entries: Record<string, string>;
    };
    expect(manifest.entries).toEqual({ [uri.toLowerCase()]: 'articles' });
    server = spawn(process.execPath, [resolve('node_modules/@astrojs/language-server/bin/nodeServer.js'), '--stdio'], {
      stdio: ['pipe', 'pipe', 'ignore'],
    });
    client = new LanguageClient(server);
    await client.request('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(workspace).href,
      workspaceFolders: [{ uri: pathToFileURL(workspace).href, name: 'digest' }],
      capabilities: {
        textDocument: { diagnostic: {}, completion: {}, hover: { contentFormat: ['markdown'] } },
        workspace: { configuration: true, workspaceFolders: true },
      },
      initializationOptions: {
        typescript: { tsdk: resolve('node_modules/typescript/lib') },
        contentIntellisense: true,
      },
    });
    client.notify('initialized', {});
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'mdx', version: 1, text: entry } });
  }, 120_000);

  afterAll(() => {
    server?.kill();
    project.remove();
  });

  it("is what the project asks VS Code for: the Astro extension, its content intellisense, Astro's flag", () => {
    const jsonc = (path: string): Record<string, unknown> =>
      JSON.parse(readFileSync(path, 'utf8').replace(/^\s*\/\/.*$/gm, '')) as Record<string, unknown>;
    expect(jsonc('.vscode/settings.json')['astro.content-intellisense']).toBe(true);
    expect(jsonc('.vscode/extensions.json').recommendations).toEqual(
      expect.arrayContaining(['astro-build.astro-vscode', 'unifiedjs.vscode-mdx']),
    );
    expect(readFileSync('astro.config.mjs', 'utf8')).toContain('experimental: { contentIntellisense: true }');
  });

  it('the schema Astro writes carries the year bounds', () => {
    const schema = JSON.parse(readFileSync(join(workspace, '.astro/collections/articles.schema.json'), 'utf8')) as {
      properties: Record<string, Record<string, unknown>>;
    };
    expect([schema.properties.reportYear!.minimum, schema.properties.reportYear!.maximum]).toEqual([
      MIN_YEAR,
      maxYear(),
    ]);
  });

  it('marks wrong types, unknown values, years out of range, misspelt and missing fields in the frontmatter', async () => {
    const report = await client.request<{ items: { range: { start: { line: number } }; message: string }[] }>(
      'textDocument/diagnostic',
      { textDocument: { uri } },
    );
    const found = report.items.map((d) => `${d.range.start.line + 1}: ${d.message.split('.')[0]}`).sort();
    expect(found).toEqual([
      `11: Value is above the maximum of ${maxYear()}`,
      '1: Missing property "title"',
      '2: Property titel is not allowed',
      '4: Incorrect type',
      '8: Value is not accepted',
    ]);
  }, 60_000);

  it('offers the metric ids and province slugs, and explains a field in both languages', async () => {
    const lines = entry.split('\n');
    const metricLine = lines.findIndex((l) => l.includes('metric: '));
    const metrics = await client.request<{ items: { label: string }[] }>('textDocument/completion', {
      textDocument: { uri },
      position: { line: metricLine, character: lines[metricLine]!.indexOf('metric: ') + 8 },
    });
    expect(metrics.items.map((i) => i.label)).toContain('average_income');
    const provinceLine = lines.findIndex((l) => l.startsWith('province: '));
    const provinces = await client.request<{ items: { label: string }[] }>('textDocument/completion', {
      textDocument: { uri },
      position: { line: provinceLine, character: 10 },
    });
    expect(provinces.items.map((i) => i.label)).toEqual(expect.arrayContaining(['son-la', 'bac-ninh', 'ho-chi-minh']));
    const hover = await client.request<{ contents: { value: string } }>('textDocument/hover', {
      textDocument: { uri },
      position: { line: provinceLine, character: 2 },
    });
    expect(hover.contents.value).toContain('Mã tỉnh theo tên gọi vào ngày hội nghị');
    expect(hover.contents.value).toContain('The province as it was on eventDate');
  }, 60_000);
});
