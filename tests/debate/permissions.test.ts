import { describe, expect, it } from 'vitest';
import { isModerator, PERMISSION_ADMINISTRATOR, PERMISSION_MANAGE_THREADS } from '../../src/debate/permissions.js';

const ROLE = '877777777777777777';
const SEND_MESSAGES = 1n << 11n;

describe('isModerator', () => {
  it('accepts a member with Manage Threads', () => {
    expect(isModerator({ memberPermissions: PERMISSION_MANAGE_THREADS | SEND_MESSAGES, roleIds: [] }, { moderatorRoleId: null })).toBe(true);
  });

  it('accepts an administrator', () => {
    expect(isModerator({ memberPermissions: PERMISSION_ADMINISTRATOR, roleIds: [] }, { moderatorRoleId: null })).toBe(true);
  });

  it("accepts a member holding the server's moderator role", () => {
    expect(isModerator({ memberPermissions: SEND_MESSAGES, roleIds: ['1', ROLE] }, { moderatorRoleId: ROLE })).toBe(true);
  });

  it('refuses a student, with or without a moderator role configured', () => {
    expect(isModerator({ memberPermissions: SEND_MESSAGES, roleIds: ['1'] }, { moderatorRoleId: ROLE })).toBe(false);
    expect(isModerator({ memberPermissions: SEND_MESSAGES, roleIds: [] }, { moderatorRoleId: null })).toBe(false);
    expect(isModerator({ memberPermissions: 0n, roleIds: [] }, { moderatorRoleId: null })).toBe(false);
  });
});
