import { storage } from 'wxt/utils/storage';
import { isObject } from '../directory/narrow';
import { ukIsoDate } from '../referral/uk-dates';
import { mergeSources } from './merge-sources';
import { SETTING_STORES, type SettingStores } from './setting-stores';
import { SETTING_KEYS, type SettingKey, type SettingsValues, validateSettings } from './setting-validators';

/** The format's version; a file from a later Signpost says so rather than being half understood. */
export const SETTINGS_FILE_VERSION = 1;

/** Settings a file never carries: secrets stay in the browser they were typed into (or set by policy). */
const SECRET_KEYS = ['fhirToken'] as const;

/** A whole settings export: every setting but secrets, never patient data. */
export interface SettingsFile extends Omit<SettingsValues, (typeof SECRET_KEYS)[number]> {
  signpostSettings: typeof SETTINGS_FILE_VERSION;
  /** When it was exported, ISO 8601. */
  exportedAt: string;
}

/** The settings a checked file carries: a file may hold only some (a PCN sharing its link workers, say). */
export type SettingsImport = Partial<SettingsValues>;

/** A checked file, or every problem found in it. */
export type SettingsFileResult = { ok: true; value: SettingsImport } | { ok: false; problems: string[] };

/** Reads every setting for a file. Only feeds go in the sources: imported files' services stay in this browser. */
export async function exportSettings(stores: SettingStores = SETTING_STORES, now = new Date()): Promise<SettingsFile> {
  const keys = SETTING_KEYS.filter((key) => !(SECRET_KEYS as readonly string[]).includes(key));
  const values = await Promise.all(keys.map(async (key) => [key, await stores[key].getValue()] as const));
  const settings = Object.fromEntries(values) as unknown as SettingsValues;
  return {
    signpostSettings: SETTINGS_FILE_VERSION,
    exportedAt: now.toISOString(),
    ...settings,
    extraSources: settings.extraSources
      .filter((source) => source.kind === 'url' && source.url)
      .map(({ id, name, kind, url }) => ({ id, name, kind, url })),
  };
}

/** The name an export downloads as: signpost-settings-2026-03-01.json, dated in the UK. */
export function settingsFileName(now = new Date()): string {
  return `signpost-settings-${ukIsoDate(now)}.json`;
}

/** Checks a parsed settings file: every problem in it, or the settings to apply. */
export function validateSettingsFile(json: unknown): SettingsFileResult {
  if (!isObject(json))
    return { ok: false, problems: ['This is not a Signpost settings file: it is not a JSON object.'] };
  const { signpostSettings, exportedAt: _exportedAt, fhirToken: _neverImported, ...settings } = json;
  if (signpostSettings === undefined) {
    return { ok: false, problems: ['This is not a Signpost settings file: it has no “signpostSettings” version.'] };
  }
  if (typeof signpostSettings === 'number' && signpostSettings > SETTINGS_FILE_VERSION) {
    return { ok: false, problems: ['This settings file is from a newer Signpost. Update Signpost, then try again.'] };
  }
  if (signpostSettings !== SETTINGS_FILE_VERSION) {
    return { ok: false, problems: [`signpostSettings must be ${SETTINGS_FILE_VERSION}.`] };
  }
  const { values, problems } = validateSettings(settings);
  if (problems.length > 0) return { ok: false, problems };
  if (Object.keys(values).length === 0) return { ok: false, problems: ['The file has no settings in it.'] };
  return { ok: true, value: values };
}

/** Parses and checks the text of a settings file. */
export function readSettingsFile(text: string): SettingsFileResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return {
      ok: false,
      problems: ['This file could not be read: it is not a JSON file. Choose a file Signpost exported.'],
    };
  }
  return validateSettingsFile(json);
}

/**
 * Saves a checked file's settings in one storage write, so they apply together or not at all; settings in `skip`
 * (those set by the organisation) are left alone. Extra feeds are added to the ones in use, never removed.
 * Returns the settings written.
 */
export async function applySettingsFile(
  value: SettingsImport,
  options: { skip?: readonly SettingKey[]; stores?: SettingStores } = {},
): Promise<SettingKey[]> {
  const { skip = [], stores = SETTING_STORES } = options;
  const keys = SETTING_KEYS.filter((key) => value[key] !== undefined && !skip.includes(key));
  const current = keys.includes('extraSources') ? await stores.extraSources.getValue() : [];
  const items = keys.map((key) => ({
    key: stores[key].key,
    value: key === 'extraSources' ? mergeSources(current, value.extraSources ?? []) : value[key],
  }));
  if (items.length > 0) await storage.setItems(items);
  return keys;
}

/** What importing a settings file did: the settings written, or why nothing was. */
export type SettingsImportOutcome = { ok: true; applied: SettingKey[] } | { ok: false; problems: string[] };

/**
 * Reads, checks and applies a settings file's text. Any problem anywhere in the file means nothing is written and
 * the settings in use stay as they were.
 */
export async function importSettingsText(
  text: string,
  options: { skip?: readonly SettingKey[]; stores?: SettingStores } = {},
): Promise<SettingsImportOutcome> {
  const checked = readSettingsFile(text);
  if (!checked.ok) return checked;
  return { ok: true, applied: await applySettingsFile(checked.value, options) };
}
