import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isObject } from '../directory/narrow';
import { REFRESH_CHOICES } from '../directory/sources';
import { RETENTION_CHOICES, SETTING_KEYS } from './setting-validators';
import { exportSettings } from './settings-file';

const schema: unknown = JSON.parse(readFileSync('public/managed_schema.json', 'utf8'));

/** Problems with a value against Chrome's schema subset: type, properties, items, enum, minimum. */
function mismatches(node: unknown, value: unknown, path: string): string[] {
  if (!isObject(node)) return [`${path}: no schema`];
  const type = node.type;
  if (type === 'object') {
    if (!isObject(value)) return [`${path}: not an object`];
    const properties = isObject(node.properties) ? node.properties : {};
    return Object.entries(value).flatMap(([key, child]) =>
      key in properties ? mismatches(properties[key], child, `${path}.${key}`) : [`${path}.${key}: not in schema`],
    );
  }
  if (type === 'array') {
    if (!Array.isArray(value)) return [`${path}: not an array`];
    return value.flatMap((item, index) => mismatches(node.items, item, `${path}[${index}]`));
  }
  if (type === 'integer' && !Number.isInteger(value)) return [`${path}: not an integer`];
  if (type === 'string' && typeof value !== 'string') return [`${path}: not a string`];
  if (Array.isArray(node.enum) && !node.enum.includes(value)) return [`${path}: not in enum`];
  return [];
}

/** Every schema in the tree, to check Chrome's rule that each has exactly one type. */
function allNodes(node: unknown): unknown[] {
  if (!isObject(node)) return [node];
  const children = [
    ...(isObject(node.properties) ? Object.values(node.properties) : []),
    ...(node.items === undefined ? [] : [node.items]),
  ];
  return [node, ...children.flatMap(allNodes)];
}

describe('public/managed_schema.json', () => {
  it('declares every setting as a policy, at a top level Chrome accepts', () => {
    expect(isObject(schema) && schema.type).toBe('object');
    expect(isObject(schema) && 'additionalProperties' in schema).toBe(false);
    const properties = isObject(schema) && isObject(schema.properties) ? Object.keys(schema.properties) : [];
    expect(properties.sort()).toEqual([...SETTING_KEYS].sort());
  });

  it('gives every schema one of the types Chrome knows', () => {
    for (const node of allNodes(schema)) {
      expect(
        isObject(node) && ['object', 'array', 'string', 'integer', 'number', 'boolean'].includes(String(node.type)),
      ).toBe(true);
    }
  });

  it('offers the settings page’s choices', () => {
    const properties = isObject(schema) && isObject(schema.properties) ? schema.properties : {};
    expect(isObject(properties.refreshHours) && properties.refreshHours.enum).toEqual([...REFRESH_CHOICES]);
    expect(isObject(properties.retentionMonths) && properties.retentionMonths.enum).toEqual([...RETENTION_CHOICES]);
  });

  it('accepts an exported settings file as a policy', async () => {
    const { signpostSettings: _version, exportedAt: _at, ...settings } = await exportSettings();
    expect(mismatches(schema, settings, 'policy')).toEqual([]);
  });
});
