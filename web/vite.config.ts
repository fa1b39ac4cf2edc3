import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';

// The C++ server serves dist/ from "/"; during development `npm run dev` proxies the API to it.
export default defineConfig({
  base: '/',
  plugins: [vue()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
  },
  server: {
    proxy: {
      '/api': 'http://127.0.0.1:8080',
      '/healthz': 'http://127.0.0.1:8080',
    },
  },
});
