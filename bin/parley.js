#!/usr/bin/env node
/**
 * The `parley` command. Runs the compiled CLI (dist/, built by `npm run build`,
 * which `npm install` runs as `prepare`) when it is there, else the TypeScript
 * source through @swc-node/register — so `npx parley` works in a fresh
 * checkout during development too. In a checkout where the source is newer
 * than dist/ (edited since the last build), the source runs: a stale build is
 * never used by accident.
 *
 * PARLEY_CLI_FROM_SOURCE=1 forces the source; PARLEY_CLI_BUILD=<dir> runs a
 * build laid out like dist/ from elsewhere (the tests compile the current
 * source once into node_modules/.cache and use it, so they do not pay the
 * TypeScript loader's start-up on every command).
 */
'use strict';
/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS launcher: it must require() */
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const source = path.join(root, 'apps', 'cli', 'src', 'main.ts');
const override = process.env.PARLEY_CLI_BUILD;
const compiled = path.join(override || path.join(root, 'dist'), 'apps', 'cli', 'src', 'main.js');

/** The newest modification time of the CLI's sources (its own, @parley/domain's and @parley/ids'), 0 without a source tree. */
function newestSource() {
  let newest = 0;
  const walk = (dir) => {
    let entries;
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.ts') && !e.name.endsWith('.spec.ts'))
        newest = Math.max(newest, fs.statSync(p).mtimeMs);
    }
  };
  walk(path.join(root, 'apps', 'cli', 'src'));
  walk(path.join(root, 'libs', 'domain', 'src'));
  walk(path.join(root, 'libs', 'ids', 'src'));
  return newest;
}

function canRunSource() {
  try {
    require.resolve('@swc-node/register');
    return fs.existsSync(source);
  } catch {
    return false;
  }
}

function useSource() {
  if (process.env.PARLEY_CLI_FROM_SOURCE === '1') return true;
  if (!fs.existsSync(compiled)) return true;
  if (override) return false;
  return canRunSource() && newestSource() > fs.statSync(compiled).mtimeMs;
}

if (useSource()) {
  if (!canRunSource()) {
    console.error(
      `parley: no compiled CLI at ${path.relative(process.cwd(), compiled)}, and the TypeScript source cannot run here (@swc-node/register is missing).\n` +
        'Run "npm install" (which builds it) or "npm run build" in the Parley repository.',
    );
    process.exit(2);
  }
  // swc-node reads this tsconfig (for the @parley/* paths) wherever parley is run from.
  process.env.SWC_NODE_PROJECT = process.env.SWC_NODE_PROJECT || path.join(root, 'tsconfig.json');
  require('@swc-node/register');
  require(source);
} else {
  require(compiled);
}
