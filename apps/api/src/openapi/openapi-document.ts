import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { ProblemDetailsDto } from '../http/problem-details.dto';
import { REFRESH_COOKIE } from '../http/session-cookie/refresh-cookie';
import { DELIVERY_SCHEMAS, REFRESH_COOKIE_SECURITY } from '../http/session-cookie/session-delivery';

/**
 * The API's OpenAPI document, read from the controllers and DTOs of `app`. One definition for
 * the served `/api/docs` and for the web app's generated types, so the two cannot disagree.
 */
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Pitlane API')
    .setDescription('Workshop management for independent car-repair shops. Errors are RFC 9457 problem details.')
    .setVersion('1')
    .addBearerAuth()
    .addCookieAuth(
      REFRESH_COOKIE,
      { type: 'apiKey', in: 'cookie', description: 'A browser session’s refresh token (HttpOnly, set by the API)' },
      REFRESH_COOKIE_SECURITY,
    )
    .build();
  // Schemas no DTO property declares (a header's values) join the scanned ones.
  const withSchemas = { ...config, components: { ...config.components, schemas: { ...DELIVERY_SCHEMAS } } };
  const document = SwaggerModule.createDocument(app, withSchemas, { extraModels: [ProblemDetailsDto] });
  // RFC 9457 extension members (a conflict's `alternatives`, a 503's `checks`) ride beside the
  // standard ones; no decorator can say so of a class.
  const problem = document.components?.schemas?.[ProblemDetailsDto.name];
  if (problem && !('$ref' in problem)) problem.additionalProperties = true;
  return document;
}
