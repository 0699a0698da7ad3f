import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import { MunicipalityEntity } from '../organisation/municipality.entity';

/** A municipality's OpenID Connect provider (e.g. Entra ID). The client secret is stored encrypted only. */
@Entity('sso_settings')
export class SsoSettingsEntity {
  @PrimaryColumn({ name: 'municipality_id', type: 'uuid' })
  municipalityId: string;

  @OneToOne(() => MunicipalityEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'municipality_id' })
  municipality?: MunicipalityEntity;

  @Column({ type: 'text' })
  issuer: string;

  @Column({ name: 'client_id', type: 'text' })
  clientId: string;

  /** AES-256-GCM with a key from IDEHUB_SECRET_KEY; never returned by the API, never logged. */
  @Column({ name: 'client_secret_encrypted', type: 'text', nullable: true })
  clientSecretEncrypted: string | null;

  /** Lower-cased e-mail domains allowed to sign in; empty = any. */
  @Column({ name: 'email_domains', type: 'text', array: true, default: () => "'{}'" })
  emailDomains: string[];

  /** Whether people of this municipality may still sign in with a local password. */
  @Column({ name: 'local_login_enabled', type: 'boolean', default: true })
  localLoginEnabled: boolean;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
