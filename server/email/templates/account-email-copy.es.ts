/** Spanish copy of the account emails ("tú", as the shop's other emails). */
import type { AccountCopy } from './account-email-copy.ts'

const closing = 'Gracias por comprar con nosotros.'

export const esAccountCopy: AccountCopy = {
  account_password_reset: (data, f) => ({
    subject: 'Restablece tu contraseña',
    preheader: 'El enlace funciona una vez, durante 30 minutos.',
    heading: 'Restablece tu contraseña',
    paragraphs: [
      'Alguien ha pedido restablecer la contraseña de tu cuenta. Si has sido tú, elige una nueva contraseña con el botón de abajo. El enlace funciona una vez y caduca en 30 minutos.',
      'Si no lo has pedido, ignora este correo: tu contraseña no cambia.',
    ],
    action: { label: 'Elegir una nueva contraseña', href: f.accountUrl('reset-password', data.token) },
    closing,
    footer: 'Recibes este correo porque se ha pedido restablecer la contraseña de tu cuenta.',
  }),
  account_verify_email: (data, f) => ({
    subject: 'Confirma tu dirección de correo',
    preheader: 'Un clic confirma que esta dirección es tuya.',
    heading: 'Confirma tu dirección de correo',
    paragraphs: [
      'Gracias por crear una cuenta. Confirma que esta dirección de correo es tuya.',
      'El enlace funciona durante 7 días. Si no has creado ninguna cuenta, ignora este correo.',
    ],
    action: { label: 'Confirmar mi dirección de correo', href: f.accountUrl('verify-email', data.token) },
    closing,
    footer: 'Recibes este correo porque se ha creado una cuenta con esta dirección.',
  }),
  account_email_change_confirm: (data, f) => ({
    subject: 'Confirma tu nueva dirección de correo',
    preheader: `Confirma ${data.newEmail} para tu cuenta.`,
    heading: 'Confirma tu nueva dirección de correo',
    paragraphs: [
      `Has pedido usar ${data.newEmail} en tu cuenta. Confírmalo con el botón de abajo; hasta entonces tu cuenta conserva su dirección actual.`,
      'El enlace funciona una vez y caduca en 24 horas. Si no lo has pedido, ignora este correo.',
    ],
    action: { label: 'Confirmar la nueva dirección', href: f.accountUrl('confirm-email', data.token) },
    closing,
    footer: 'Recibes este correo porque se ha indicado esta dirección para una cuenta.',
  }),
  account_email_change_notice: (data, f) => ({
    subject: 'Se va a cambiar tu dirección de correo',
    preheader: `Se ha pedido un cambio a ${data.newEmail}.`,
    heading: 'Se va a cambiar tu dirección de correo',
    paragraphs: [
      `Alguien con la sesión iniciada en tu cuenta ha pedido cambiar su dirección de correo a ${data.newEmail}. El cambio se hará cuando se confirme la nueva dirección.`,
      'Si no has sido tú, restablece tu contraseña ahora.',
    ],
    action: { label: 'Restablecer la contraseña', href: f.accountUrl('forgot-password') },
    closing,
    footer: 'Recibes este correo porque se ha pedido cambiar la dirección de correo de tu cuenta.',
  }),
}
