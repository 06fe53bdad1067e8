import { Injectable, PipeTransform } from '@nestjs/common';
import { ValidationFailedError } from '@pitlane/core';

/**
 * For a route that takes no query parameters: any it is sent is refused as an unknown field,
 * as the validation pipe refuses unknown body fields (a DTO with no properties cannot say so).
 */
@Injectable()
export class NoQueryPipe implements PipeTransform<unknown, object> {
  transform(value: unknown): object {
    const keys = value && typeof value === 'object' ? Object.keys(value) : [];
    if (keys.length > 0) {
      throw new ValidationFailedError(keys.map((field) => ({ field, message: 'is not an accepted field' })));
    }
    return {};
  }
}
