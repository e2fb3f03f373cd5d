import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

type Manifest = Record<string, unknown> & { permissions?: string[] };

function manifest(target: string): Manifest {
  return JSON.parse(readFileSync(`.output/${target}/manifest.json`, 'utf8'));
}

describe('built manifests', () => {
  it('Chrome/Edge: MV3 with a side panel, a keyboard command and minimal permissions', () => {
    const m = manifest('chrome-mv3');
    expect(m.manifest_version).toBe(3);
    expect(m.side_panel).toEqual({ default_path: 'sidepanel.html' });
    expect(m.commands).toHaveProperty('_execute_action.suggested_key.default', 'Alt+Shift+S');
    expect([...(m.permissions ?? [])].sort()).toEqual(['alarms', 'offscreen', 'sidePanel', 'storage']);
    // identity only for OAuth sign-in to a FHIR server, asked for when the user presses "Sign in".
    expect(m.optional_permissions).toEqual(['identity']);
    expect(m).not.toHaveProperty('host_permissions');
  });

  it('Firefox: a sidebar, a gecko id, and no Chrome-only permission', () => {
    const m = manifest('firefox-mv2');
    expect(m.sidebar_action).toMatchObject({ default_panel: 'sidepanel.html' });
    expect(m).not.toHaveProperty('side_panel');
    expect(m).toHaveProperty('browser_specific_settings.gecko.id', 'signpost@signpost.local');
    expect(m.commands).toHaveProperty('_execute_sidebar_action.suggested_key.default', 'Alt+Shift+S');
    expect(m.permissions).not.toContain('sidePanel');
    // Firefox cannot make identity optional (web-ext lint); it asks nothing for it at install.
    expect([...(m.permissions ?? [])].sort()).toEqual(['alarms', 'http://*/*', 'https://*/*', 'identity', 'storage']);
    expect(m).not.toHaveProperty('optional_permissions');
  });
});
