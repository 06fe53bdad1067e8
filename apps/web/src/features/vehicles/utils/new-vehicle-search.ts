import { z } from 'zod';

/** `/vehicles/new?clientId=`: the owner to preselect; anything but a UUID is ignored. */
export const newVehicleSearchSchema = z.object({
  clientId: z.uuid().optional().catch(undefined),
});
