import type { OpenAPIObject } from '@nestjs/swagger';
import { contractDocument } from '../src/openapi/contract-document';
import type { RequestOptions, TestApi, TestResponse } from '../../../test/support/test-api';
import { ContractCheck, ContractValidator } from './openapi-validator';

/**
 * Checks every answer `api` gives from now on, whoever asks (fixtures too), against the OpenAPI
 * document's schema of the operation it answers, so a suite proves its answers, problems
 * included, are what the document says. Returns the list the checks accumulate in.
 */
export async function checkAnswersAgainstDocument(api: TestApi, document?: OpenAPIObject): Promise<ContractCheck[]> {
  const validator = new ContractValidator(document ?? (await contractDocument()));
  const checks: ContractCheck[] = [];
  const request = api.request.bind(api);
  api.request = async <T>(method: string, url: string, options?: RequestOptions): Promise<TestResponse<T>> => {
    const response = await request<T>(method, url, options);
    const contentType = response.headers['content-type'];
    checks.push(
      validator.check(
        method,
        url,
        response.status,
        typeof contentType === 'string' ? contentType : undefined,
        response.body,
      ),
    );
    return response;
  };
  return checks;
}

/** The checks that found the answer other than the document says, readable in a failure. */
export function contractFailures(checks: readonly ContractCheck[]): string[] {
  return checks
    .filter((check) => check.problems.length > 0)
    .map(({ answer, problems }) => `${answer}: ${problems.join('; ')}`);
}
