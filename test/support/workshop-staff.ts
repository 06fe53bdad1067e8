import { TestApi, Workshop } from './test-api';

export type StaffRole = 'owner' | 'manager' | 'mechanic';
export const STAFF_ROLES: readonly StaffRole[] = ['owner', 'manager', 'mechanic'];

/**
 * A new workshop with one person of every role, each logged in there: its owner signs it up
 * (`signup` as for `TestApi.signupWorkshop`), then a manager and a mechanic join.
 */
export async function signupStaffedWorkshop(
  api: TestApi,
  name: string,
  signup: Record<string, string> = {},
): Promise<Record<StaffRole, Workshop>> {
  const owner = await api.signupWorkshop(name, signup);
  return { owner, manager: await api.addStaff(owner, 'manager'), mechanic: await api.addStaff(owner, 'mechanic') };
}
