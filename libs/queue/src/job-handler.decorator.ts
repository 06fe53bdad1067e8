import { SetMetadata } from '@nestjs/common';
import { JobName } from './job-catalog';

export const JOB_HANDLER = 'pitlane:job-handler';

/** What a handler learns about the run besides the payload. */
export interface JobRun {
  readonly jobId: string;
  /** 1 for the first try. */
  readonly attempt: number;
  readonly maxAttempts: number;
  /** No retry follows if this try fails: the handler records the failure for good. */
  readonly isFinalAttempt: boolean;
}

/**
 * Marks the method that processes one job name. The worker refuses to start when a job of the
 * catalog has no handler, or two. The method runs inside the job's tenant context.
 */
export const JobHandler = (name: JobName): MethodDecorator => SetMetadata(JOB_HANDLER, name);
