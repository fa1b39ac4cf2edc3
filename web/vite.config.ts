import { defineConfig, type Plugin } from 'vite';
import vue from '@vitejs/plugin-vue';
import Components from 'unplugin-vue-components/vite';
import { ElementPlusResolver } from 'unplugin-vue-components/resolvers';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { promisify } from 'node:util';

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

/**
 * Writes NAME.gz and NAME.br beside every text file of the build (when smaller), which the C++
 * server sends to browsers that accept them (src/http/static_files.cpp): compressed once here at
 * the highest level rather than on every request.
 */
function precompress(): Plugin {
  let outDir = 'dist';
  return {
    name: 'thidua-precompress',
    apply: 'build',
    configResolved(c) {
      outDir = c.build.outDir;
    },
    async writeBundle(_options, bundle) {
      const names = Object.keys(bundle).filter((n) => /\.(js|mjs|css|html|svg|json|txt)$/.test(n));
      await Promise.all(
        names.map(async (name) => {
          const path = join(outDir, name);
          const plain = await readFile(path);
          if (plain.length < 256) return;
          const [gz, br] = await Promise.all([
            gzipAsync(plain, { level: 9 }),
            brotliAsync(plain, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: plain.length } }),
          ]);
          if (gz.length < plain.length) await writeFile(path + '.gz', gz);
          if (br.length < plain.length) await writeFile(path + '.br', br);
        }),
      );
    },
  };
}

// The C++ server serves dist/ from "/"; during development `npm run dev` proxies the API to it.
export default defineConfig({
  base: '/',
  plugins: [
    vue(),
    // Element Plus components and their styles imported by each page that uses them.
    Components({ resolvers: [ElementPlusResolver({ importStyle: 'css', directives: true })], dts: false }),
    precompress(),
  ],
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
