/**
 * Thrown when code reaches tenant data with no tenant in context. It is a programming error,
 * never a client one: the fallback filter answers 500 and logs it.
 */
export class MissingTenantContextError extends Error {
  constructor(operation: string) {
    super(`No tenant in context for ${operation}; tenant data is reachable only inside a tenant context.`);
    this.name = 'MissingTenantContextError';
  }
}
