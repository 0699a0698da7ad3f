import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { MunicipalityEntity } from '../organisation/municipality.entity';

/**
 * A sign-in begun at the identity provider and not yet finished. Kept server-side (shared by every
 * API process) and bound to the browser by a random cookie whose SHA-256 is `bindingHash`; it is
 * deleted when the callback arrives, so a state or code can be used at most once.
 */
@Entity('oidc_login_attempt')
export class OidcLoginAttemptEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index({ unique: true })
  @Column({ name: 'binding_hash', type: 'text' })
  bindingHash: string;

  @Column({ name: 'municipality_id', type: 'uuid' })
  municipalityId: string;

  @ManyToOne(() => MunicipalityEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'municipality_id' })
  municipality?: MunicipalityEntity;

  @Column({ type: 'text' })
  state: string;

  @Column({ type: 'text' })
  nonce: string;

  @Column({ name: 'code_verifier', type: 'text' })
  codeVerifier: string;

  /** The page to go back to after sign-in (a path on this site). */
  @Column({ name: 'return_to', type: 'text' })
  returnTo: string;

  @Index()
  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;
}
