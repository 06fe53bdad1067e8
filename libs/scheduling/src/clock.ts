import { Injectable } from '@nestjs/common';

/** Where scheduling reads the time: one seam, so tests and sweeps can pass their own instant. */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }
}
