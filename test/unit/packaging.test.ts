import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** electron-builder cannot run here (it downloads Electron); check that its config keeps the security fuses. */
const ROOT = join(import.meta.dirname, '../..');
const config = readFileSync(join(ROOT, 'electron-builder.yml'), 'utf8');
const fuse = (name: string) => new RegExp(`^\\s+${name}:\\s*(true|false)\\s*$`, 'm').exec(config)?.[1];

describe('installer configuration', () => {
  it('flips the Electron security fuses', () => {
    expect(fuse('runAsNode')).toBe('false');
    expect(fuse('onlyLoadAppFromAsar')).toBe('true');
    expect(fuse('enableCookieEncryption')).toBe('true');
    expect(fuse('enableNodeOptionsEnvironmentVariable')).toBe('false');
    expect(fuse('enableNodeCliInspectArguments')).toBe('false');
    expect(fuse('enableEmbeddedAsarIntegrityValidation')).toBe('true');
    expect(fuse('grantFileProtocolExtraPrivileges')).toBe('false');
  });

  it('builds Windows NSIS, macOS dmg and Linux AppImage + deb from the built out/ folder', () => {
    expect(config).toMatch(/win:\s+target: \[nsis\]/);
    expect(config).toMatch(/mac:\s+target: \[dmg\]/);
    expect(config).toMatch(/linux:\s+target: \[AppImage, deb\]/);
    expect(config).toMatch(/files:\s+- out\/\*\*/);
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    expect(pkg.main).toBe('./out/main/index.js');
    expect(pkg.scripts.dist).toContain('electron-builder');
  });
});
