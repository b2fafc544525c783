import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

export interface StaticSite {
  url: string;
  close: () => Promise<void>;
}

/**
 * Serves a built folder under a sub-path (e.g. http://127.0.0.1:port/some/sub/path/), the way a plain static
 * host would, so the tests prove the build works away from the site root. Loopback only.
 */
export async function serveStatic(root: string, subPath = '/relocation/dashboard/'): Promise<StaticSite> {
  const server: Server = createServer((request, response) => {
    void (async () => {
      const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
      if (!path.startsWith(subPath)) {
        response.writeHead(404).end();
        return;
      }
      const relative = normalize(path.slice(subPath.length) || 'index.html').replace(/^(\.\.[/\\])+/, '');
      const file = join(root, relative);
      try {
        const info = await stat(file);
        const target = info.isDirectory() ? join(file, 'index.html') : file;
        const body = await readFile(target);
        response.writeHead(200, { 'content-type': TYPES[extname(target)] ?? 'application/octet-stream' }).end(body);
      } catch {
        response.writeHead(404).end();
      }
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}${subPath}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
