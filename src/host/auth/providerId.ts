/** The X authentication provider's id and label (package.json's contributes.authentication). */
export const AUTH_PROVIDER_ID = 'xapi';
export const AUTH_PROVIDER_LABEL = 'X';
