export interface ConfigProblem {
  readonly variable: string;
  readonly problem: string;
}

/** Raised at boot when the environment is incomplete or malformed. Never carries a value. */
export class ConfigError extends Error {
  constructor(readonly problems: readonly ConfigProblem[]) {
    super(
      `Invalid configuration:\n${problems.map((p) => `  - ${p.variable}: ${p.problem}`).join('\n')}\n` +
        'See .env.example for every variable and its meaning.',
    );
    this.name = 'ConfigError';
  }
}
