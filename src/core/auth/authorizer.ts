/** Turns credentials into the Authorization header of one request. */
import type { Credentials } from './credentials';
import { OAuth1Signer, type SigningDeps } from './oauth1';

/** Builds the Authorization header for a method and absolute URL. */
export type Authorizer = (method: string, url: string) => string;

export function createAuthorizer(credentials: Credentials, deps: SigningDeps): Authorizer {
  switch (credentials.kind) {
    case 'bearer': {
      const header = `Bearer ${credentials.token}`;
      return () => header;
    }
    case 'oauth2': {
      const header = `Bearer ${credentials.accessToken}`;
      return () => header;
    }
    case 'oauth1': {
      const signer = new OAuth1Signer(credentials, deps);
      return (method, url) => signer.authorization({ method, url });
    }
  }
}
