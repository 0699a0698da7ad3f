import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { AuthService, SESSION_COOKIE } from '../auth/auth.service';
import { AuthPayloadDto } from '../auth/dtos/auth.dto';
import { secureCookie } from '../common/security-headers';
import { CurrentViewer, GraphQLRequestContext, Public, Viewer } from '../common/viewer';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { OrganisationService } from '../organisation/organisation.service';
import { RequestPasswordResetArgs, SendPasswordLinkArgs, SetPasswordWithTokenArgs } from './dtos/password-link.inputs';
import { PasswordLinksService } from './password-links.service';

@Resolver()
export class PasswordLinksResolver {
  constructor(
    private readonly links: PasswordLinksService,
    private readonly auth: AuthService,
    private readonly organisation: OrganisationService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Mutation(() => Date, {
    description:
      'Admins: e-mails a person of the municipality a one-time link to choose a password (invitation, or a new link); older links stop working. Returns when the link expires.',
  })
  sendPasswordLink(@CurrentViewer() viewer: Viewer, @Args() args: SendPasswordLinkArgs): Promise<Date> {
    return this.links.sendByAdmin(viewer, args.personId);
  }

  @Public()
  @Mutation(() => Boolean, {
    description:
      '«Glemt passord?»: e-mails a link to choose a new password if the address belongs to an active person. Always answers true.',
  })
  async requestPasswordReset(
    @Args() args: RequestPasswordResetArgs,
    @Context() ctx: GraphQLRequestContext,
  ): Promise<boolean> {
    await this.auth.countThrottledAttempt(`reset:${args.email.trim().toLowerCase()}`, ctx.req.ip ?? null);
    await this.links.requestReset(args.email);
    return true;
  }

  @Public()
  @Mutation(() => AuthPayloadDto, {
    description: "Sets the password of the link's person, uses the link up, and signs them in (session cookie).",
  })
  async setPasswordWithToken(
    @Args() args: SetPasswordWithTokenArgs,
    @Context() ctx: GraphQLRequestContext,
  ): Promise<AuthPayloadDto> {
    const person = await this.links.setPassword(args.token, args.password);
    const { token, expiresAt } = await this.auth.startSession(person.id, 'local', ctx.req.ip ?? null);
    ctx.res.cookie(SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'lax',
      secure: secureCookie(this.config, ctx.req),
      path: '/',
      expires: expiresAt,
    });
    return { token, expiresAt, person: await this.organisation.personDto(person.id, true) };
  }
}
