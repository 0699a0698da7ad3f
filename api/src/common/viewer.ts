import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Request, Response } from 'express';
import { Role } from '../organisation/role.enum';

/** The signed-in person, as every rule about access sees them. */
export interface Viewer {
  personId: string;
  municipalityId: string;
  name: string;
  locale: string;
  sessionId: string;
  /** As the session read them (`me` is answered from these); absent on viewers made by tests. */
  email?: string | null;
  municipality?: { id: string; name: string; slug: string };
  /** In the order `me` lists them: by role, then unit name. */
  memberships: { unitId: string | null; role: Role }[];
  /** The municipality's `org_version` when the session was read: the unit tree may be reused while it is unchanged. */
  orgVersion?: string;
}

export interface RequestWithViewer extends Request {
  viewer?: Viewer;
}

export interface GraphQLRequestContext {
  req: RequestWithViewer;
  res: Response;
}

export function requestOf(context: ExecutionContext): RequestWithViewer {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<GraphQLRequestContext>().req;
  }
  return context.switchToHttp().getRequest<RequestWithViewer>();
}

/** The signed-in person; the session guard has already refused requests without one. */
export const CurrentViewer = createParamDecorator((_data: unknown, context: ExecutionContext): Viewer => {
  const viewer = requestOf(context).viewer;
  if (!viewer) throw new Error('CurrentViewer used on a public operation');
  return viewer;
});

export const IS_PUBLIC = 'idehub:isPublic';
/** Marks an operation that needs no sign-in. Everything else is guarded by default. */
export const Public = () => SetMetadata(IS_PUBLIC, true);

export function hasRole(viewer: Viewer, role: Role): boolean {
  return viewer.memberships.some((m) => m.role === role);
}
