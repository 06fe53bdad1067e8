import { Injectable } from '@nestjs/common';
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import { IdentityError, IdentityErrorCode } from '../errors/identity.error';

export const MIN_PASSWORD_LENGTH = 12;
const MAX_PASSWORD_LENGTH = 256;
/** zxcvbn's "safely unguessable" level: about 10^8 guesses and up. */
const MIN_SCORE = 3;

/**
 * NIST 800-63B style: a length floor, no composition rules, and a check against lists of
 * breached and common passwords (zxcvbn's dictionaries), including words from the user's own
 * e-mail, name and workshop name.
 */
@Injectable()
export class PasswordPolicy {
  private readonly zxcvbn = new ZxcvbnFactory({
    dictionary: { ...common.dictionary },
    graphs: common.adjacencyGraphs,
  });

  assertAcceptable(password: string, personalWords: readonly string[] = []): void {
    const field = 'password';
    if (password.length < MIN_PASSWORD_LENGTH) {
      throw this.weak(field, `must be at least ${MIN_PASSWORD_LENGTH} characters`);
    }
    if (password.length > MAX_PASSWORD_LENGTH) {
      throw this.weak(field, `must be at most ${MAX_PASSWORD_LENGTH} characters`);
    }
    const words = personalWords
      .flatMap((word) => word.toLowerCase().split(/[^\p{L}\p{N}]+/u))
      .filter((w) => w.length > 2);
    const result = this.zxcvbn.check(password, words);
    if (result.score < MIN_SCORE) {
      throw this.weak(field, 'is too common or too easy to guess; try a longer passphrase');
    }
  }

  private weak(field: string, message: string): IdentityError {
    return new IdentityError(IdentityErrorCode.WeakPassword, 'The password does not meet the password policy.', [
      { field, message },
    ]);
  }
}
