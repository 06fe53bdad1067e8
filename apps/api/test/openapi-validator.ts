import type { OpenAPIObject } from '@nestjs/swagger';
import Ajv from 'ajv';
import { DocumentedResponse, operationsOf, Schema, schemasOf } from './openapi-document';

const DOCUMENT_ID = 'pitlane-openapi';

/**
 * OpenAPI 3.0 schemas as JSON Schema for Ajv, and stricter than the document: `nullable: true`
 * becomes "null or the schema" (enums included), and an object lists all of its fields, so an
 * answer with a field the document does not declare fails like one missing a required field.
 */
function asJsonSchema(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(asJsonSchema);
  if (value === null || typeof value !== 'object') return value;
  const { nullable, ...rest } = value as Schema;
  const converted: Schema = {};
  for (const [key, child] of Object.entries(rest)) {
    if (key === '$ref' && typeof child === 'string') converted.$ref = `${DOCUMENT_ID}${child}`;
    else if (key === 'example' || key === 'examples') continue;
    else converted[key] = key === 'properties' ? mapValues(child as Schema, asJsonSchema) : asJsonSchema(child);
  }
  if (converted.properties && converted.additionalProperties === undefined) converted.additionalProperties = false;
  return nullable === true ? { anyOf: [{ type: 'null' }, converted] } : converted;
}

function mapValues(object: Schema, map: (value: unknown) => unknown): Schema {
  return Object.fromEntries(Object.entries(object).map(([key, value]) => [key, map(value)]));
}

interface Route {
  readonly method: string;
  readonly template: string;
  readonly pattern: RegExp;
  readonly responses: Record<string, DocumentedResponse>;
}

export interface ContractCheck {
  /** `GET /api/v1/vehicles/{id} 200`, or the request line when no operation matched. */
  readonly answer: string;
  readonly problems: readonly string[];
}

/** Checks real answers of the API against the operation of the document they answer. */
export class ContractValidator {
  private readonly ajv = new Ajv({ allErrors: true, unknownFormats: 'ignore' });
  private readonly routes: Route[];

  constructor(document: OpenAPIObject) {
    this.ajv.addSchema({ components: { schemas: asJsonSchema(schemasOf(document)) } }, DOCUMENT_ID);
    // Literal segments win over parameters: /parts/low-stock is not /parts/{id}.
    this.routes = operationsOf(document)
      .map(({ method, path, responses }) => ({
        method,
        template: path,
        pattern: new RegExp(`^${path.replace(/\{[^}]+\}/g, '[^/]+')}$`),
        responses,
      }))
      .sort((a, b) => paramsIn(a.template) - paramsIn(b.template));
  }

  check(method: string, url: string, status: number, contentType: string | undefined, body: unknown): ContractCheck {
    const path = url.split('?')[0] ?? url;
    const route = this.routes.find(
      (candidate) => candidate.method === method.toLowerCase() && candidate.pattern.test(path),
    );
    if (!route) return { answer: `${method} ${path} ${status}`, problems: ['no operation in the document'] };
    const answer = `${method} ${route.template} ${status}`;
    const response = route.responses[String(status)];
    if (!response) return { answer, problems: [`status ${status} is not documented`] };
    const mediaType = (contentType ?? '').split(';')[0]?.trim() ?? '';
    const content = response.content ?? {};
    if (mediaType === '') {
      return { answer, problems: Object.keys(content).length > 0 ? ['no body, but the document promises one'] : [] };
    }
    if (!content[mediaType]) return { answer, problems: [`${mediaType} is not documented for it`] };
    if (!mediaType.endsWith('json')) return { answer, problems: [] };
    const schema = content[mediaType]?.schema;
    if (!schema) return { answer, problems: ['no schema for the JSON body'] };
    const validate = this.ajv.compile(asJsonSchema(schema) as object);
    if (validate(body)) return { answer, problems: [] };
    return {
      answer,
      problems: (validate.errors ?? []).map(
        (error) => `${error.dataPath || '(body)'} ${error.message ?? ''} ${JSON.stringify(error.params)}`,
      ),
    };
  }
}

function paramsIn(template: string): number {
  return (template.match(/\{/g) ?? []).length;
}
