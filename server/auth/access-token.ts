import { errors, jwtVerify, SignJWT } from 'jose';
import { isRole } from '@shared/staff/roles';
import { ACCESS_TOKEN_TTL_MS, type AccessClaims } from '@shared/accounts/claims';

/**
 * Short-lived access tokens: HS256 JWTs through `jose`. Verification pins the algorithm (so
 * `alg: none` or an RS/HS confusion is refused), the issuer and the audience, and uses the server's
 * injectable clock so expiry is testable.
 */
const ISSUER = 'wasl-server';
const AUDIENCE = 'wasl-desk';

export type AccessTokenKit = {
  sign(claims: Omit<AccessClaims, 'typ'>): Promise<{ token: string; expiresAt: number }>;
  verify(token: string): Promise<{ ok: true; claims: AccessClaims; expiresAt: number } | { ok: false; code: 'auth.token-expired' | 'auth.token-invalid' }>;
};

export function createAccessTokenKit(key: Uint8Array, now: () => number, ttlMs = ACCESS_TOKEN_TTL_MS): AccessTokenKit {
  return {
    async sign(claims) {
      const issuedAt = Math.floor(now() / 1000);
      const expiresAt = (issuedAt * 1000) + ttlMs;
      const token = await new SignJWT({ sid: claims.sid, roles: claims.roles, unitIds: claims.unitIds, desk: claims.desk, typ: 'access' })
        .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
        .setSubject(claims.sub)
        .setIssuer(ISSUER)
        .setAudience(AUDIENCE)
        .setIssuedAt(issuedAt)
        .setExpirationTime(Math.floor(expiresAt / 1000))
        .sign(key);
      return { token, expiresAt };
    },
    async verify(token) {
      try {
        const { payload } = await jwtVerify(token, key, {
          algorithms: ['HS256'],
          issuer: ISSUER,
          audience: AUDIENCE,
          currentDate: new Date(now()),
          clockTolerance: 0,
          requiredClaims: ['sub', 'exp', 'iat'],
        });
        const { sub, sid, roles, unitIds, desk, typ } = payload;
        const valid =
          typeof sub === 'string' && typeof sid === 'string' && typ === 'access' &&
          Array.isArray(roles) && roles.every(isRole) &&
          Array.isArray(unitIds) && unitIds.every((unit) => typeof unit === 'string') &&
          (desk === null || typeof desk === 'string');
        if (!valid) return { ok: false, code: 'auth.token-invalid' };
        return { ok: true, claims: { sub, sid, roles, unitIds: unitIds as string[], desk, typ }, expiresAt: (payload.exp ?? 0) * 1000 };
      } catch (error) {
        return { ok: false, code: error instanceof errors.JWTExpired ? 'auth.token-expired' : 'auth.token-invalid' };
      }
    },
  };
}
