import { EntityManager } from 'typeorm';
import { PersonEntity } from '../organisation/person.entity';

/**
 * A way of proving who someone is. Local passwords now; OIDC (Entra ID) plugs in as a second
 * provider that resolves a verified identity to a person, and the session layer stays the same.
 */
export interface AuthProvider<Credentials> {
  readonly name: string;
  /** The person these credentials prove, or null. Must take as long for an unknown person as for a wrong secret. */
  authenticate(manager: EntityManager, credentials: Credentials): Promise<PersonEntity | null>;
}
