import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { PersonEntity } from '../organisation/person.entity';
import { AuthProvider } from './auth-provider';
import { dummyPasswordHash, verifyPassword } from './password';

@Injectable()
export class LocalPasswordProvider implements AuthProvider<{ email: string; password: string }> {
  readonly name = 'local';

  async authenticate(manager: EntityManager, credentials: { email: string; password: string }) {
    const person = await manager.findOne(PersonEntity, { where: { email: credentials.email.trim().toLowerCase() } });
    // Verify against a dummy hash when there is no person, so timing does not reveal which e-mails exist.
    const ok = await verifyPassword(credentials.password, person?.passwordHash ?? (await dummyPasswordHash()));
    // Deactivated people cannot sign in by any path.
    return ok && person?.passwordHash && !person.deactivatedAt ? person : null;
  }
}
