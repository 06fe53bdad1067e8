import type { OpenAPIObject } from '@nestjs/swagger';

/** A JSON Schema object of the document, loosely typed: the walks below read any keyword. */
export type Schema = Record<string, unknown>;

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace'] as const;

export interface DocumentedResponse {
  readonly content?: Record<string, { schema?: Schema }>;
}

export interface Operation {
  readonly method: string;
  readonly path: string;
  /** `GET /api/v1/vehicles/{id}` */
  readonly name: string;
  readonly operation: Record<string, unknown>;
  readonly responses: Record<string, DocumentedResponse>;
}

export function operationsOf(document: OpenAPIObject): Operation[] {
  return Object.entries(document.paths).flatMap(([path, item]) =>
    HTTP_METHODS.flatMap((method) => {
      const operation = (item as Record<string, unknown>)[method] as Record<string, unknown> | undefined;
      if (!operation) return [];
      const responses = (operation.responses ?? {}) as Record<string, DocumentedResponse>;
      return [{ method, path, name: `${method.toUpperCase()} ${path}`, operation, responses }];
    }),
  );
}

export function schemasOf(document: OpenAPIObject): Record<string, Schema> {
  return (document.components?.schemas ?? {}) as Record<string, Schema>;
}

/** The schema a `$ref` names, or undefined when it names none. */
export function resolveRef(document: OpenAPIObject, ref: string): Schema | undefined {
  const name = /^#\/components\/schemas\/(.+)$/.exec(ref)?.[1];
  return name === undefined ? undefined : schemasOf(document)[name];
}

/**
 * What a property's schema says once references are followed: `$ref` and the
 * `allOf: [{ $ref }]` Nest writes for a nullable or described reference, and `items` of arrays.
 */
export function effectiveSchema(document: OpenAPIObject, schema: Schema): Schema {
  if (typeof schema.$ref === 'string') return resolveRef(document, schema.$ref) ?? schema;
  const allOf = schema.allOf as Schema[] | undefined;
  if (allOf?.length === 1 && allOf[0]) return { ...effectiveSchema(document, allOf[0]), nullable: schema.nullable };
  if (schema.type === 'array' && schema.items) return effectiveSchema(document, schema.items as Schema);
  return schema;
}

export interface NamedSchema {
  /** Where it sits, e.g. `RepairOrderResponse.totals` or `GET /api/v1/parts ?limit`. */
  readonly where: string;
  readonly name: string;
  readonly schema: Schema;
}

/** Every property of every component schema, and every parameter of every operation. */
export function namedSchemasOf(document: OpenAPIObject): NamedSchema[] {
  const properties = Object.entries(schemasOf(document)).flatMap(([owner, schema]) =>
    Object.entries((schema.properties ?? {}) as Record<string, Schema>).map(([name, property]) => ({
      where: `${owner}.${name}`,
      name,
      schema: property,
    })),
  );
  const parameters = operationsOf(document).flatMap(({ name, operation }) =>
    ((operation.parameters ?? []) as { name: string; in: string; schema?: Schema }[]).map((parameter) => ({
      where: `${name} ${parameter.in === 'query' ? '?' : ':'}${parameter.name}`,
      name: parameter.name,
      schema: parameter.schema ?? {},
    })),
  );
  return [...properties, ...parameters];
}

/** Every `$ref` anywhere in `value`, with where it was found. */
export function refsIn(value: unknown, where = '#'): { where: string; ref: string }[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => refsIn(item, `${where}/${index}`));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, child]) =>
    key === '$ref' && typeof child === 'string' ? [{ where, ref: child }] : refsIn(child, `${where}/${key}`),
  );
}
