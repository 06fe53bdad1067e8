import type { OpenAPIObject } from '@nestjs/swagger';
import { contractDocument } from '../src/openapi/contract-document';
import { effectiveSchema, namedSchemasOf, operationsOf, refsIn, resolveRef, Schema } from './openapi-document';

/**
 * The numbers that may have a fraction; every other number of the API is an integer. Each entry
 * says why.
 */
const FRACTIONS: Readonly<Record<string, string>> = {
  'RepairOrderLineResponse.quantity': 'hours or units with two decimals (quantity_hundredths)',
  'EstimateLineResponse.quantity': 'a frozen order line quantity, two decimals',
  'InvoiceLineResponse.quantity': 'a frozen order line quantity, two decimals',
  'AddLineDto.quantity': 'hours or units, at most two decimals (IsHundredths)',
  'UpdateLineDto.quantity': 'hours or units, at most two decimals (IsHundredths)',
  'TimeEntryResponse.hours': 'clocked seconds in hours, two decimals',
  'LineTimeResponse.estimatedHours': 'the line quantity in hours, two decimals',
  'LineTimeResponse.clockedHours': 'clocked seconds in hours, two decimals',
  'MechanicTimeResponse.soldHours': 'sum of labour quantities, two decimals',
  'MechanicTimeResponse.clockedHours': 'clocked seconds in hours, two decimals',
  'OrderTimeTotalsResponse.estimatedHours': 'sum of labour quantities, two decimals',
  'OrderTimeTotalsResponse.clockedHours': 'clocked seconds in hours, two decimals',
  'HoursResponse.soldHours': 'invoiced labour quantities, two decimals',
  'HoursResponse.clockedHours': 'clocked seconds in hours, two decimals',
  'MechanicHoursResponse.soldHours': 'invoiced labour quantities, two decimals',
  'MechanicHoursResponse.clockedHours': 'clocked seconds in hours, two decimals',
  'UnassignedHoursResponse.soldHours': 'invoiced labour quantities, two decimals',
  'TopServiceResponse.quantity': 'invoiced hours or units, two decimals',
  'SearchItemResponse.score': 'a relevance score, three decimals',
  'SearchResponse.tookMs': 'milliseconds with two decimals',
};

/** Names that hold one of a closed set of values wherever they appear. */
const CLOSED_SET_NAME =
  /^(status|role|type|kind|locale|state|method|source|approval|delivery|decision)$|(Status|Kind|Method|Role|Locale)$/;

/** Properties with such a name that are free text after all, and why. */
const FREE_TEXT: Readonly<Record<string, string>> = {
  'ProblemDetailsDto.type': 'RFC 9457: a URI naming the problem type, open-ended by design',
  'ProblemDetailsDto.status': 'RFC 9457: the HTTP status code, a number',
};

const isSuccess = (status: string) => /^[23]\d\d$/.test(status);

/** True when `schema` describes something: a reference, a type, or a choice between shapes. */
function describesABody(schema: Schema | undefined): boolean {
  if (!schema) return false;
  return ['$ref', 'type', 'allOf', 'oneOf', 'anyOf'].some((keyword) => keyword in schema);
}

describe('the OpenAPI document', () => {
  let document: OpenAPIObject;

  beforeAll(async () => {
    document = await contractDocument();
  });

  it('types every money field (…Minor) as an integer', () => {
    const money = namedSchemasOf(document).filter(({ name }) => name.endsWith('Minor'));
    expect(money.length).toBeGreaterThanOrEqual(48);
    const notInteger = money.filter(({ schema }) => effectiveSchema(document, schema).type !== 'integer');
    expect(notInteger.map(({ where }) => where)).toEqual([]);
  });

  it('types every other number as an integer unless it is a listed fraction', () => {
    const numbers = namedSchemasOf(document).filter(
      ({ schema }) => effectiveSchema(document, schema).type === 'number',
    );
    const unlisted = numbers.map(({ where }) => where).filter((where) => !(where in FRACTIONS));
    expect(unlisted).toEqual([]);
    // A listed fraction that became an integer (or went away) leaves a stale entry: drop it.
    const numberNames = new Set(numbers.map(({ where }) => where));
    expect(Object.keys(FRACTIONS).filter((where) => !numberNames.has(where))).toEqual([]);
  });

  it('makes every status, role, type, kind, locale and the like an enum', () => {
    // An object under such a name (an estimate's `decision`) has its own fields checked.
    const closed = namedSchemasOf(document).filter(
      ({ name, schema }) => CLOSED_SET_NAME.test(name) && effectiveSchema(document, schema).type !== 'object',
    );
    const open = closed
      .filter(({ schema }) => !Array.isArray(effectiveSchema(document, schema).enum))
      .map(({ where }) => where)
      .filter((where) => !(where in FREE_TEXT));
    expect(open).toEqual([]);
    expect(Object.keys(FREE_TEXT).filter((where) => !closed.some((named) => named.where === where))).toEqual([]);
  });

  it('names an enum once when several fields share its values', () => {
    const inline = new Map<string, string[]>();
    for (const { where, schema } of namedSchemasOf(document)) {
      const values = (schema.type === 'array' ? (schema.items as Schema | undefined) : schema)?.enum;
      if (!Array.isArray(values) || values.length < 2) continue;
      const key = JSON.stringify([...values].sort());
      inline.set(key, [...(inline.get(key) ?? []), where]);
    }
    const repeated = [...inline.entries()].filter(([, places]) => places.length > 1);
    expect(repeated.map(([values, places]) => `${values} in ${places.join(', ')}`)).toEqual([]);
  });

  it('resolves every $ref to a schema of the document', () => {
    const dangling = refsIn(document).filter(({ ref }) => resolveRef(document, ref) === undefined);
    expect(dangling).toEqual([]);
  });

  it('gives every operation a success answer, each JSON one with a schema and a 204 without a body', () => {
    const problems: string[] = [];
    for (const { name, responses } of operationsOf(document)) {
      const successes = Object.keys(responses).filter(isSuccess);
      if (successes.length === 0) problems.push(`${name}: no 2xx or 3xx response`);
      for (const status of successes) {
        const content = responses[status]?.content ?? {};
        if (status === '204' && Object.keys(content).length > 0) problems.push(`${name} 204: has a body`);
        for (const [type, media] of Object.entries(content)) {
          if (!describesABody(media.schema)) problems.push(`${name} ${status} ${type}: no schema`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('answers errors as problem details, and documents 400 wherever input is validated', () => {
    const problems: string[] = [];
    for (const { name, operation, responses } of operationsOf(document)) {
      for (const [status, response] of Object.entries(responses)) {
        if (isSuccess(status)) continue;
        const schema = response.content?.['application/problem+json']?.schema;
        if (schema?.$ref !== '#/components/schemas/ProblemDetailsDto') {
          problems.push(`${name} ${status}: not application/problem+json ProblemDetailsDto`);
        }
      }
      const validatesInput =
        operation.requestBody !== undefined ||
        ((operation.parameters ?? []) as { in: string }[]).some((parameter) => parameter.in === 'query');
      if (validatesInput && !('400' in responses)) problems.push(`${name}: takes input but documents no 400`);
      const signedIn = ((operation.security ?? []) as Record<string, unknown>[]).some((entry) => 'bearer' in entry);
      if (signedIn && !('401' in responses)) problems.push(`${name}: needs a token but documents no 401`);
    }
    expect(problems).toEqual([]);
  });

  it('types paging parameters as bounded integers', () => {
    const paging = namedSchemasOf(document).filter(({ where }) => / \?(page|limit)$/.test(where));
    expect(paging.length).toBeGreaterThan(10);
    const loose = paging.filter(
      ({ name, schema }) => schema.type !== 'integer' || schema.minimum !== 1 || (name === 'limit' && !schema.maximum),
    );
    expect(loose.map(({ where }) => where)).toEqual([]);
  });

  it('types every property: no field without a type, no object without its fields', () => {
    // `string | null` without `type: String` reaches Nest as Object: `{}` in the generated types.
    const untyped = namedSchemasOf(document)
      .filter(({ schema }) => {
        const effective = effectiveSchema(document, schema);
        if (!describesABody(effective) && !Array.isArray(effective.enum)) return true;
        return effective.type === 'object' && !effective.properties && !effective.additionalProperties;
      })
      .map(({ where }) => where);
    expect(untyped).toEqual([]);
  });
});
