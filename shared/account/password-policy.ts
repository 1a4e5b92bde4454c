/** Password rules shared by the sign-up form and the server (kept free of zod for the client bundle). */
export const minPasswordLength = 10
export const maxPasswordLength = 200
