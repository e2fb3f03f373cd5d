import { storage } from 'wxt/utils/storage';
import { DEFAULT_ROLE_TEXT, type RoleText } from './role-text';

/**
 * The PCN's own wording for the Explain view and the leaflet. Whoever writes it (editor, settings import, managed
 * policy) passes it through `validateRoleText` first.
 */
export const roleTextItem = storage.defineItem<RoleText>('local:roleText', {
  fallback: DEFAULT_ROLE_TEXT,
  version: 1,
});
