import { Injectable } from '@nestjs/common';
import { DetachedTasks } from '@pitlane/core';
import { PasswordResetMailer } from './password-reset-mailer';

/**
 * "Forgot password". The answer is the same 202 for every address, and it comes before any
 * work on the address is done: the codes are issued after the response (in order, per
 * address), so neither the answer nor its timing tells whether the address has an account.
 */
@Injectable()
export class PasswordResetRequestService {
  constructor(
    private readonly tasks: DetachedTasks,
    private readonly mailer: PasswordResetMailer,
  ) {}

  request(email: string): void {
    const address = email.toLowerCase();
    this.tasks.start(`password-reset:${address}`, 'password reset request', () => this.mailer.sendCodes(address));
  }
}
