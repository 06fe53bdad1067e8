import { Inject, Injectable, OnApplicationShutdown, Optional } from '@nestjs/common';
import { AsyncResource } from 'node:async_hooks';
import { Client } from 'pg';
import type { Logger } from 'pino';
import { AppConfig } from '../config/app-config';
import { LOGGER } from '../logging/logger.module';

/** What a subscriber to a Postgres NOTIFY channel is told. */
export interface NotificationSubscriber {
  /** A payload arrived on the channel. */
  readonly message: (payload: string) => void;
  /**
   * `true` once LISTEN is in place (again), `false` when the connection is lost: from then until
   * the next `true`, notifications may be missed, so whatever they keep fresh must not be trusted.
   */
  readonly listening: (listening: boolean) => void;
}

const RETRY_MS = 1_000;

/**
 * One dedicated connection (outside the pool) that LISTENs on the channels subscribers ask for,
 * started on the first subscription, re-established after a loss, closed at shutdown. Postgres
 * delivers a NOTIFY when its transaction commits, to every listening process.
 */
@Injectable()
export class DatabaseNotifications implements OnApplicationShutdown {
  private readonly subscribers = new Map<string, NotificationSubscriber[]>();
  private client: Client | undefined;
  private connecting: Promise<void> | undefined;
  private retry: NodeJS.Timeout | undefined;
  private closed = false;
  /** The boot-time async context: the connection must not keep the first subscriber's request alive. */
  private readonly scope = new AsyncResource('DatabaseNotifications');

  constructor(
    private readonly config: AppConfig,
    @Optional() @Inject(LOGGER) private readonly logger?: Logger,
  ) {}

  subscribe(channel: string, subscriber: NotificationSubscriber): void {
    if (!/^[a-z_][a-z0-9_]*$/.test(channel)) throw new Error(`Not a channel name: ${channel}`);
    this.subscribers.set(channel, [...(this.subscribers.get(channel) ?? []), subscriber]);
    if (this.client) {
      // Already connected: listen on the new channel too, and tell the subscriber once it holds.
      const client = this.client;
      client
        .query(`listen ${channel}`)
        .then(() => this.client === client && subscriber.listening(true))
        .catch((error: unknown) => this.lost(client, error));
    } else {
      this.connect();
    }
  }

  /** Resolves once the connection attempt under way (if any) has ended; for tests and shutdown. */
  async settled(): Promise<void> {
    await this.connecting;
  }

  async onApplicationShutdown(): Promise<void> {
    this.closed = true;
    clearTimeout(this.retry);
    await this.connecting;
    const client = this.client;
    this.client = undefined;
    this.announce(false);
    await client?.end().catch(() => undefined);
  }

  private connect(): void {
    if (this.client || this.connecting || this.retry || this.closed) return;
    this.connecting = this.scope.runInAsyncScope(() => this.open()).finally(() => (this.connecting = undefined));
  }

  private async open(): Promise<void> {
    const client = new Client({
      connectionString: this.config.database.url,
      application_name: 'pitlane-notifications',
    });
    client.on('notification', (message) => {
      for (const subscriber of this.subscribers.get(message.channel) ?? []) subscriber.message(message.payload ?? '');
    });
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client));
    try {
      await client.connect();
      for (const channel of this.subscribers.keys()) await client.query(`listen ${channel}`);
    } catch (error) {
      this.logger?.warn({ err: error }, 'cannot listen for database notifications; retrying');
      await client.end().catch(() => undefined);
      this.scheduleRetry();
      return;
    }
    if (this.closed) {
      await client.end().catch(() => undefined);
      return;
    }
    this.client = client;
    this.announce(true);
  }

  private lost(client: Client, error?: unknown): void {
    if (this.client !== client) return;
    this.client = undefined;
    this.announce(false);
    client.end().catch(() => undefined);
    if (this.closed) return;
    this.logger?.warn({ err: error }, 'lost the database notification connection; reconnecting');
    this.scheduleRetry();
  }

  private scheduleRetry(): void {
    if (this.closed) return;
    this.retry = setTimeout(() => {
      this.retry = undefined;
      this.connect();
    }, RETRY_MS);
    this.retry.unref();
  }

  private announce(listening: boolean): void {
    for (const list of this.subscribers.values()) for (const subscriber of list) subscriber.listening(listening);
  }
}
