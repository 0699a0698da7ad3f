import { registerEnumType } from '@nestjs/graphql';

export enum Role {
  STAFF = 'STAFF',
  LEADER = 'LEADER',
  DIGITAL_AGENT = 'DIGITAL_AGENT',
  ADMIN = 'ADMIN',
}
registerEnumType(Role, { name: 'Role' });
