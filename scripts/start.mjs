#!/usr/bin/env node
/**
 * `npm start`: build, then launch the Electron window. When the Electron runtime cannot be obtained
 * (offline machines: its binary is downloaded on first start), say so in one line and start the
 * browser host instead, printing the address to open.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const require = createRequire(import.meta.url);
const args = process.argv.slice(2);

const build = spawnSync('npx', ['electron-vite', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
if (build.status !== 0) {
  console.error('The build failed; see the messages above.');
  process.exit(build.status ?? 1);
}

/** Resolving the electron package triggers its lazy binary download; give it a bounded time. */
function electronBinary() {
  if (process.env.ICC_FORCE_BROWSER === '1') return null;
  const probe = spawnSync(process.execPath, ['-e', "process.stdout.write(require('electron'))"], {
    cwd: root,
    encoding: 'utf8',
    timeout: 180_000,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const path = probe.status === 0 ? probe.stdout.trim() : '';
  return path && existsSync(path) ? path : null;
}

/**
 * The SQLite driver installed by npm is built for Node (tests, command line, browser host). Electron has
 * its own ABI, so the app uses a second build kept in .electron-native/ and passed by path.
 */
function electronSqliteBinding(electronPath) {
  const electronVersion = JSON.parse(readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8')).version;
  const dir = join(root, '.electron-native', electronVersion);
  const binding = join(dir, 'node_modules/better-sqlite3-multiple-ciphers/build/Release/better_sqlite3.node');
  if (existsSync(binding)) return binding;
  mkdirSync(dir, { recursive: true });
  const driverVersion = require('better-sqlite3-multiple-ciphers/package.json').version;
  console.log(`Building the SQLite driver for Electron ${electronVersion} (once)…`);
  const install = spawnSync(
    'npm',
    ['install', '--no-save', '--no-package-lock', '--prefix', dir, `better-sqlite3-multiple-ciphers@${driverVersion}`, '--runtime=electron', `--target=${electronVersion}`, '--dist-url=https://electronjs.org/headers'],
    { cwd: dir, stdio: 'inherit', env: { ...process.env, npm_config_runtime: 'electron', npm_config_target: electronVersion, npm_config_disturl: 'https://electronjs.org/headers' } },
  );
  if (install.status !== 0 || !existsSync(binding)) return null;
  void electronPath;
  return binding;
}

function startBrowserHost(reason) {
  console.log(`${reason} Starting the browser version instead: open the address below in your browser.`);
  const child = spawn(process.execPath, [join(root, 'out/main/host.js'), ...args], { cwd: root, stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
}

const electronPath = electronBinary();
if (!electronPath) {
  startBrowserHost('The Electron runtime is not available on this machine (it could not be downloaded).');
} else {
  const binding = electronSqliteBinding(electronPath);
  if (!binding) {
    startBrowserHost('The SQLite driver could not be built for Electron.');
  } else {
    const child = spawn(electronPath, [root, ...args], { cwd: root, stdio: 'inherit', env: { ...process.env, ICC_SQLITE_NATIVE_BINDING: binding } });
    child.on('exit', (code) => process.exit(code ?? 0));
  }
}
