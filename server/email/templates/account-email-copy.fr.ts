/** French copy of the account emails ("vous", as the shop's other emails). */
import type { AccountCopy } from './account-email-copy.ts'

const closing = 'Merci de votre confiance.'

export const frAccountCopy: AccountCopy = {
  account_password_reset: (data, f) => ({
    subject: 'Réinitialisez votre mot de passe',
    preheader: 'Le lien fonctionne une fois, pendant 30 minutes.',
    heading: 'Réinitialisez votre mot de passe',
    paragraphs: [
      'Quelqu’un a demandé à réinitialiser le mot de passe de votre compte. Si c’était vous, choisissez un nouveau mot de passe avec le bouton ci-dessous. Le lien fonctionne une fois et expire dans 30 minutes.',
      'Si vous n’avez rien demandé, ignorez cet e-mail : votre mot de passe reste inchangé.',
    ],
    action: { label: 'Choisir un nouveau mot de passe', href: f.accountUrl('reset-password', data.token) },
    closing,
    footer: 'Vous recevez cet e-mail car une réinitialisation du mot de passe de votre compte a été demandée.',
  }),
  account_verify_email: (data, f) => ({
    subject: 'Confirmez votre adresse e-mail',
    preheader: 'Un clic confirme que cette adresse est la vôtre.',
    heading: 'Confirmez votre adresse e-mail',
    paragraphs: [
      'Merci d’avoir créé un compte. Veuillez confirmer que cette adresse e-mail est la vôtre.',
      'Le lien fonctionne pendant 7 jours. Si vous n’avez pas créé de compte, ignorez cet e-mail.',
    ],
    action: { label: 'Confirmer mon adresse e-mail', href: f.accountUrl('verify-email', data.token) },
    closing,
    footer: 'Vous recevez cet e-mail car un compte a été créé avec cette adresse.',
  }),
  account_email_change_confirm: (data, f) => ({
    subject: 'Confirmez votre nouvelle adresse e-mail',
    preheader: `Confirmez ${data.newEmail} pour votre compte.`,
    heading: 'Confirmez votre nouvelle adresse e-mail',
    paragraphs: [
      `Vous avez demandé à utiliser ${data.newEmail} pour votre compte. Confirmez-la avec le bouton ci-dessous ; d’ici là, votre compte garde son adresse actuelle.`,
      'Le lien fonctionne une fois et expire dans 24 heures. Si vous n’avez rien demandé, ignorez cet e-mail.',
    ],
    action: { label: 'Confirmer la nouvelle adresse', href: f.accountUrl('confirm-email', data.token) },
    closing,
    footer: 'Vous recevez cet e-mail car cette adresse a été saisie pour un compte.',
  }),
  account_email_change_notice: (data, f) => ({
    subject: 'Votre adresse e-mail va changer',
    preheader: `Un changement vers ${data.newEmail} a été demandé.`,
    heading: 'Votre adresse e-mail va changer',
    paragraphs: [
      `Une personne connectée à votre compte a demandé à remplacer son adresse e-mail par ${data.newEmail}. Le changement aura lieu dès que la nouvelle adresse sera confirmée.`,
      'Si ce n’était pas vous, réinitialisez votre mot de passe dès maintenant.',
    ],
    action: { label: 'Réinitialiser le mot de passe', href: f.accountUrl('forgot-password') },
    closing,
    footer: 'Vous recevez cet e-mail car un changement de l’adresse e-mail de votre compte a été demandé.',
  }),
}
