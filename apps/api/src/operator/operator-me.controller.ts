import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import {
  CurrentOperator,
  OPERATOR_SESSION_IDLE_SECONDS,
  OperatorMeResponse,
  OperatorOnly,
  OperatorPrincipal,
} from '@pitlane/identity';
import { ApiProblems } from '../http/problem-details.dto';

@ApiTags('operator')
@ApiBearerAuth()
@Controller('ops/me')
export class OperatorMeController {
  @OperatorOnly()
  @ApiOkResponse({ type: OperatorMeResponse, description: 'The signed-in operator' })
  @ApiProblems(401)
  @Get()
  me(@CurrentOperator() operator: OperatorPrincipal): OperatorMeResponse {
    return {
      operator: { id: operator.operatorId, email: operator.email, name: operator.name },
      idleTimeout: OPERATOR_SESSION_IDLE_SECONDS,
    };
  }
}
