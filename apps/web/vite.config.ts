import { fileURLToPath } from 'node:url';
import type { Connect, Plugin } from 'vite';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * The staff app is a single-page app under /app/: deep links such as /app/users must get
 * app/index.html in `vite dev` and `vite preview` too (the Fastify server does the same in production).
 */
const staffAppFallback: Connect.NextHandleFunction = (req, _res, next) => {
  const url = req.url ?? '';
  const path = url.split('?')[0] ?? '';
  const wantsHtml = (req.headers.accept ?? '').includes('text/html');
  if (wantsHtml && (path === '/app' || (path.startsWith('/app/') && !path.slice(5).includes('.')))) {
    req.url = '/app/index.html';
  }
  next();
};

const spaFallback = (): Plugin => ({
  name: 'vte-staff-app-fallback',
  configureServer(server) {
    server.middlewares.use(staffAppFallback);
  },
  configurePreviewServer(server) {
    server.middlewares.use(staffAppFallback);
  },
});

const apiProxy = { '/api': { target: 'http://127.0.0.1:3000', changeOrigin: false } };

export default defineConfig({
  root,
  appType: 'mpa',
  plugins: [react(), spaFallback()],
  server: { proxy: apiProxy },
  preview: { proxy: apiProxy },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Government networks are slow: keep chunks cacheable and report what we ship.
    reportCompressedSize: true,
    chunkSizeWarningLimit: 700,
    rolldownOptions: {
      input: {
        portal: fileURLToPath(new URL('./index.html', import.meta.url)),
        app: fileURLToPath(new URL('./app/index.html', import.meta.url)),
      },
    },
  },
});
