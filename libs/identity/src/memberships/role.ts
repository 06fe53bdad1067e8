export const ROLES = ['owner', 'manager', 'mechanic'] as const;

/** A staff member's role in one workshop. */
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
