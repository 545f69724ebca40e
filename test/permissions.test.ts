/** Least privilege: the built manifests ask for exactly what the allow-list names, with a reason for each. */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import allowlist from './permissions.allowlist.json';

const BUILDS = ['.output/chrome-mv3/manifest.json', '.output/firefox-mv2/manifest.json'];
const built = BUILDS.filter((path) => existsSync(path));

interface Manifest {
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  content_scripts?: { matches: string[] }[];
}

describe.skipIf(built.length < BUILDS.length && !process.env.CI)(
  'built manifests against test/permissions.allowlist.json (skipped outside CI without both builds; npm test makes them)',
  () => {
    it.each(BUILDS)('%s asks only for listed permissions and hosts', (path) => {
      const manifest = JSON.parse(readFileSync(path, 'utf8')) as Manifest;
      const asked = [...(manifest.permissions ?? []), ...(manifest.optional_permissions ?? [])];
      const hosts = [
        ...(manifest.host_permissions ?? []),
        ...asked.filter((permission) => permission.includes('://') || permission === '<all_urls>'),
        ...(manifest.content_scripts ?? []).flatMap((script) => script.matches),
      ];
      const apis = asked.filter((permission) => !hosts.includes(permission));
      for (const permission of apis)
        expect(allowlist.permissions, `permission "${permission}" has no reason in the allow-list`).toHaveProperty([permission]);
      for (const host of hosts) expect(allowlist.hosts, `host "${host}" has no reason in the allow-list`).toHaveProperty([host]);
      expect(hosts).not.toContain('<all_urls>');
      expect(hosts.some((host) => host.startsWith('*://*/') || host === 'https://*/*' || host === 'http://*/*')).toBe(false);
      // activeTab serves: no standing access to every tab's address.
      expect(apis).not.toContain('tabs');
    });
  },
);
