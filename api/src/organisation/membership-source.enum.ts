import { registerEnumType } from '@nestjs/graphql';

/** Who made a membership. Group claims at sign-in only add and remove SSO rows; imports only IMPORT rows. */
export enum MembershipSource {
  MANUAL = 'MANUAL',
  SSO = 'SSO',
  IMPORT = 'IMPORT',
}
registerEnumType(MembershipSource, { name: 'MembershipSource' });
