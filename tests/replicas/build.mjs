#!/usr/bin/env node
/**
 * Bundles the replica pages into tests/replicas/dist with esbuild:
 *   facebook.{html,js}, whatsapp.{html,js}  (React 19 + Lexical)
 *   x.{html,js,css}                          (React 18 + Draft.js, which still needs findDOMNode)
 * Run directly (`node tests/replicas/build.mjs`) or import { buildReplicas }.
 */
import { build } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
export const distDir = path.join(here, 'dist');

/** The HTML each host serves for every page path; the bundle does the routing. */
const shells = {
  facebook: { title: 'Facebook', body: '<div id="mount_0_0_Xy"></div>', css: false, font: 'system-ui, -apple-system, "Segoe UI", Helvetica, Arial, sans-serif' },
  x: { title: 'X', body: '<div id="react-root"></div><div id="layers"></div>', css: true, font: '-apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif' },
  whatsapp: { title: 'WhatsApp', body: '<div id="app"></div>', css: false, font: '"Segoe UI", Helvetica, "Lucida Grande", Arial, sans-serif' },
};

function shell(name, { title, body, css, font }) {
  return `<!DOCTYPE html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>html,body{margin:0;padding:0;font-family:${font}}</style>
${css ? `<link rel="stylesheet" href="/__replica/${name}.css">\n` : ''}</head>
<body>
${body}
<script src="/__replica/${name}.js"></script>
</body>
</html>
`;
}

const common = {
  bundle: true,
  format: 'iife',
  platform: 'browser',
  target: 'chrome120',
  jsx: 'automatic',
  outdir: distDir,
  entryNames: '[name]',
  logLevel: 'warning',
  legalComments: 'none',
  minify: true,
  define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
};

export async function buildReplicas() {
  const started = performance.now();
  fs.rmSync(distDir, { recursive: true, force: true });
  fs.mkdirSync(distDir, { recursive: true });
  await Promise.all([
    build({
      ...common,
      entryPoints: {
        facebook: path.join(here, 'src/facebook/main.tsx'),
        whatsapp: path.join(here, 'src/whatsapp/main.tsx'),
      },
    }),
    build({
      ...common,
      entryPoints: { x: path.join(here, 'src/x/main.tsx') },
      // Draft.js calls ReactDOM.findDOMNode, which React 19 removed.
      alias: { react: 'react18', 'react-dom': 'react-dom18' },
    }),
  ]);
  for (const [name, options] of Object.entries(shells)) fs.writeFileSync(path.join(distDir, `${name}.html`), shell(name, options));
  return { distDir, ms: Math.round(performance.now() - started) };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { ms } = await buildReplicas();
  console.log(`replicas built in ${ms} ms → ${path.relative(process.cwd(), distDir) || distDir}`);
}
