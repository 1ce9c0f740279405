import type { CloudSyncWarning } from '../../../shared/domain/safety';

/**
 * Folders kept in sync by cloud clients. Those clients copy a SQLite file and its -wal/-shm one by one and at
 * any moment, which is how synced visit files get corrupted or forked into "conflicted copies".
 */
const PATTERNS: { service: CloudSyncWarning['service']; pattern: RegExp }[] = [
  { service: 'OneDrive', pattern: /[\\/]OneDrive(?: - [^\\/]+)?(?:[\\/]|$)/i },
  { service: 'Dropbox', pattern: /[\\/]Dropbox(?: \([^\\/]+\))?(?:[\\/]|$)/i },
  { service: 'iCloud Drive', pattern: /[\\/](?:iCloud ?Drive|Mobile Documents|com~apple~CloudDocs)(?:[\\/]|$)/i },
  { service: 'Google Drive', pattern: /[\\/](?:Google ?Drive|GoogleDrive-[^\\/]+|My Drive|Mon Drive|Drive partagés|Shared drives)(?:[\\/]|$)/i },
  { service: 'a cloud-sync folder', pattern: /[\\/]Library[\\/]CloudStorage[\\/]/i },
];

export function detectCloudSync(...paths: string[]): CloudSyncWarning | null {
  for (const path of paths) {
    for (const { service, pattern } of PATTERNS) if (pattern.test(path)) return { service, path };
  }
  return null;
}
