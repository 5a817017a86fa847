import { hash, verify } from '@node-rs/argon2';

// OWASP's argon2id minimum: 19 MiB, 2 iterations, 1 lane.
const ARGON2_OPTIONS = { algorithm: 2, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export const PASSWORD_MIN_LENGTH = 10;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

// Verifying against this when the user does not exist keeps the timing the same either way.
const DECOY_HASH =
  '$argon2id$v=19$m=19456,t=2,p=1$xx2AA2VdSnDQI4YCijpPXg$Axt3csli34LxMWk7ymviVNTMAnXeqgOvvrvkWMffans';

export async function verifyPassword(
  passwordHash: string | null | undefined,
  password: string,
): Promise<boolean> {
  try {
    const ok = await verify(passwordHash ?? DECOY_HASH, password);
    return ok && Boolean(passwordHash);
  } catch {
    return false;
  }
}
