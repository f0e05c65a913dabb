#!/usr/bin/env node
// Usage: node scripts/complete-lockfile.js [package-lock.json]
// Why: the npm registry mirror this project is built against lacks other platforms' optional
// binaries (e.g. @swc/core-darwin-arm64), so `npm install` here leaves them out of the lock and
// `npm ci` then refuses it as out of sync. Run this after changing dependencies.
// Adds lock entries for optional platform packages the registry mirror does not carry,
// so `npm ci` accepts the lock; on this platform npm skips them (os/cpu mismatch).
const fs = require('fs');
const file = process.argv[2] || 'package-lock.json';
const lock = JSON.parse(fs.readFileSync(file, 'utf8'));
const pk = lock.packages;
let added = 0;
const OS = ['darwin', 'linux', 'win32', 'android', 'freebsd', 'openbsd', 'netbsd', 'sunos', 'aix', 'openharmony'];
const CPU = { arm64: 'arm64', x64: 'x64', ia32: 'ia32', arm: 'arm', ppc64: 'ppc64', s390x: 's390x', loong64: 'loong64', riscv64: 'riscv64', wasm32: 'wasm32', 'universal': null };
for (const [path, entry] of Object.entries(pk)) {
  for (const [name, version] of Object.entries(entry.optionalDependencies || {})) {
    const base = path === '' ? '' : path + '/';
    const candidates = [`${base}node_modules/${name}`, `node_modules/${name}`];
    if (candidates.some((c) => pk[c])) continue;
    const parts = name.split('/').pop().split('-');
    const os = parts.find((p) => OS.includes(p));
    const cpu = parts.find((p) => p in CPU && CPU[p]);
    const stub = { version, optional: true };
    if (entry.dev) stub.dev = true;
    if (os) stub.os = [os];
    if (cpu) stub.cpu = [cpu];
    pk[`node_modules/${name}`] = stub;
    added++;
  }
}
fs.writeFileSync(file, JSON.stringify(lock, null, 2) + '\n');
console.log(`added ${added} optional platform entries`);
