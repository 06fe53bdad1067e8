import { Injectable } from '@nestjs/common';
import { Role } from '@pitlane/identity';
import { IdentifierVault } from '../identifiers/identifier-vault';
import { Client } from './client.entity';
import { ClientResponse } from './client.response';

/** Roles that may see a client's national id in clear. */
const NATIONAL_ID_READERS: readonly Role[] = ['owner', 'manager'];

/** Whether `role` may see a national id in clear (and therefore set or change one). */
export function mayReadNationalId(role: Role): boolean {
  return NATIONAL_ID_READERS.includes(role);
}

@Injectable()
export class ClientPresenter {
  constructor(private readonly vault: IdentifierVault) {}

  async present(client: Client, role: Role): Promise<ClientResponse> {
    const response: ClientResponse = {
      id: client.id,
      firstName: client.firstName,
      lastName: client.lastName,
      email: client.email,
      phone: client.phone,
      hasNationalId: client.nationalIdCiphertext !== null,
      notes: client.notes,
      gdprConsentAt: client.gdprConsentAt?.toISOString() ?? null,
      createdAt: client.createdAt.toISOString(),
      updatedAt: client.updatedAt.toISOString(),
    };
    if (mayReadNationalId(role)) {
      response.nationalId = client.nationalIdCiphertext
        ? await this.vault.openNationalId(client.tenantId, client.id, client.nationalIdCiphertext)
        : null;
    }
    return response;
  }
}
