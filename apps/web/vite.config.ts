import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, URL } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants as zlib, gzip } from 'node:zlib';
import tailwindcss from '@tailwindcss/vite';
import { tanstackRouter } from '@tanstack/router-plugin/vite';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { webDocumentFor } from '../api/src/http/web-app/web-document';

// 127.0.0.1, not localhost: the API listens on IPv4 and localhost may resolve to ::1 first.
const apiOrigin = process.env.PITLANE_API_ORIGIN ?? 'http://127.0.0.1:3000';

/**
 * Page navigations in `npm run dev` get the document the API and nginx answer with (one routing
 * function for all three); Vite alone would give every path the staff app.
 */
function pitlaneDocuments(): Plugin {
  return {
    name: 'pitlane-documents',
    configureServer(server) {
      server.middlewares.use((request, _response, next) => {
        const accept = request.headers.accept ?? '';
        const [pathname = '/', query] = (request.url ?? '/').split('?', 2);
        const navigation = (request.method === 'GET' || request.method === 'HEAD') && accept.includes('text/html');
        const document = navigation && !/\.[^/]*$/.test(pathname) ? webDocumentFor(pathname, accept) : undefined;
        if (document) request.url = `/${document}${query === undefined ? '' : `?${query}`}`;
        next();
      });
    },
  };
}

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Text files of the build worth compressing; source maps are for developers and stay plain. */
const COMPRESSIBLE = /\.(?:js|mjs|css|html|svg|json|txt)$/;

/**
 * Writes `<file>.br` and `<file>.gz` beside every text file of the build, compressed once at
 * their strongest, for the API's static serving (`preCompressed`) and nginx's `gzip_static`: a
 * phone on a slow network then downloads the public entry's ~120 KiB, not its ~400 KiB, and no
 * request pays for compressing on the fly.
 */
function precompressedAssets(): Plugin {
  let outDir = '';
  return {
    name: 'pitlane-precompressed-assets',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    async writeBundle(_options, bundle) {
      await Promise.all(
        Object.values(bundle)
          .filter((output) => COMPRESSIBLE.test(output.fileName))
          .map(async (output) => {
            // From disk: the written chunk also carries its source map comment.
            const file = path.join(outDir, output.fileName);
            const bytes = await readFile(file);
            if (bytes.length < 1024) return;
            const [br, gz] = await Promise.all([
              brotli(bytes, {
                params: { [zlib.BROTLI_PARAM_QUALITY]: 11, [zlib.BROTLI_PARAM_SIZE_HINT]: bytes.length },
              }),
              gzipAsync(bytes, { level: 9 }),
            ]);
            await Promise.all([writeFile(`${file}.br`, br), writeFile(`${file}.gz`, gz)]);
          }),
      );
    },
  };
}

export default defineConfig({
  plugins: [
    // Before React's plugin: it writes the route tree and splits each route into its own chunk.
    tanstackRouter({
      target: 'react',
      autoCodeSplitting: true,
      routesDirectory: './src/app/routes',
      generatedRouteTree: './src/app/routeTree.gen.ts',
      quoteStyle: 'single',
    }),
    react(),
    tailwindcss(),
    pitlaneDocuments(),
    precompressedAssets(),
  ],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  build: {
    // Three documents: the staff app, the light customer entry, and a landing page without JS.
    rollupOptions: {
      input: {
        staff: fileURLToPath(new URL('./index.html', import.meta.url)),
        public: fileURLToPath(new URL('./public.html', import.meta.url)),
        landing: fileURLToPath(new URL('./landing.html', import.meta.url)),
      },
    },
    sourcemap: true,
    manifest: true,
  },
  server: {
    port: 5173,
    strictPort: true,
    proxy: {
      '/api': { target: apiOrigin, changeOrigin: false },
      '/health': { target: apiOrigin, changeOrigin: false },
    },
  },
});
