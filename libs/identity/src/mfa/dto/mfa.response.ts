import { ApiProperty } from '@nestjs/swagger';

/** OpenAPI shape of `MfaSetup`. */
export class MfaSetupResponse {
  @ApiProperty({
    example: 'otpauth://totp/Pitlane:anna%40kowalski-auto.pl?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=Pitlane',
    description: 'For authenticator apps; holds the secret, so show it only to its owner',
  })
  otpauthUrl!: string;

  @ApiProperty({ example: 'data:image/png;base64,iVBORw0KGgo...', description: 'The same URL as a QR code image' })
  qrCodeDataUrl!: string;
}

/** OpenAPI shape of `MfaEnabled`. */
export class MfaEnabledResponse {
  @ApiProperty({
    type: [String],
    example: ['k7pm-3xq9', 'a2fh-w8nd'],
    description: 'Ten single-use codes for when the phone is lost. Shown this once only.',
  })
  recoveryCodes!: string[];
}
