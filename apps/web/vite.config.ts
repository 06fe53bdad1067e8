import { fileURLToPath, URL } from 'node:url';
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
