import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Inject } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { CurrentViewer, GraphQLRequestContext, Public, Viewer } from '../common/viewer';
import { secureCookie } from '../common/security-headers';
import { PersonDto } from '../organisation/dtos/organisation.dto';
import { OrganisationService } from '../organisation/organisation.service';
import { AuthService, SESSION_COOKIE } from './auth.service';
import { AuthPayloadDto, LoginArgs } from './dtos/auth.dto';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly organisation: OrganisationService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @Mutation(() => AuthPayloadDto, { description: 'Signs in; also sets an httpOnly session cookie for the web app.' })
  async login(@Args() args: LoginArgs, @Context() ctx: GraphQLRequestContext): Promise<AuthPayloadDto> {
    const { token, person, expiresAt } = await this.auth.login(args.email, args.password, ctx.req.ip ?? null);
    ctx.res.cookie(SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'lax',
      secure: secureCookie(this.config, ctx.req),
      path: '/',
      expires: expiresAt,
    });
    return { token, expiresAt, person: await this.organisation.personDto(person.id, true) };
  }

  @Mutation(() => Boolean, {
    description: 'Ends this session (the token or cookie stops working); with everywhere: true, every session of mine.',
  })
  async logout(
    @CurrentViewer() viewer: Viewer,
    @Context() ctx: GraphQLRequestContext,
    @Args('everywhere', { type: () => Boolean, nullable: true, defaultValue: false }) everywhere: boolean,
  ): Promise<boolean> {
    if (everywhere) await this.auth.logoutEverywhere(viewer.personId);
    else await this.auth.logout(viewer.sessionId);
    ctx.res.clearCookie(SESSION_COOKIE, { path: '/' });
    return true;
  }

  @Query(() => PersonDto, { description: 'The signed-in person.' })
  me(@CurrentViewer() viewer: Viewer): Promise<PersonDto> {
    return this.organisation.viewerPersonDto(viewer);
  }
}
