/** German copy of the account emails (informal "du", as the shop's other emails). */
import type { AccountCopy } from './account-email-copy.ts'

const closing = 'Danke, dass du bei uns einkaufst.'

export const deAccountCopy: AccountCopy = {
  account_password_reset: (data, f) => ({
    subject: 'Setze dein Passwort zurück',
    preheader: 'Der Link funktioniert einmal, 30 Minuten lang.',
    heading: 'Setze dein Passwort zurück',
    paragraphs: [
      'Jemand möchte das Passwort deines Kontos zurücksetzen. Wenn du das warst, wähle über die Schaltfläche unten ein neues Passwort. Der Link funktioniert einmal und läuft in 30 Minuten ab.',
      'Wenn du das nicht angefordert hast, ignoriere diese E-Mail: Dein Passwort bleibt, wie es ist.',
    ],
    action: { label: 'Neues Passwort wählen', href: f.accountUrl('reset-password', data.token) },
    closing,
    footer: 'Du bekommst diese E-Mail, weil für dein Konto ein neues Passwort angefordert wurde.',
  }),
  account_verify_email: (data, f) => ({
    subject: 'Bestätige deine E-Mail-Adresse',
    preheader: 'Ein Klick bestätigt, dass diese Adresse dir gehört.',
    heading: 'Bestätige deine E-Mail-Adresse',
    paragraphs: [
      'Danke, dass du ein Konto angelegt hast. Bitte bestätige, dass diese E-Mail-Adresse dir gehört.',
      'Der Link funktioniert 7 Tage lang. Wenn du kein Konto angelegt hast, ignoriere diese E-Mail.',
    ],
    action: { label: 'E-Mail-Adresse bestätigen', href: f.accountUrl('verify-email', data.token) },
    closing,
    footer: 'Du bekommst diese E-Mail, weil mit dieser Adresse ein Konto angelegt wurde.',
  }),
  account_email_change_confirm: (data, f) => ({
    subject: 'Bestätige deine neue E-Mail-Adresse',
    preheader: `Bestätige ${data.newEmail} für dein Konto.`,
    heading: 'Bestätige deine neue E-Mail-Adresse',
    paragraphs: [
      `Du möchtest ${data.newEmail} für dein Konto verwenden. Bestätige das über die Schaltfläche unten; bis dahin behält dein Konto seine bisherige Adresse.`,
      'Der Link funktioniert einmal und läuft in 24 Stunden ab. Wenn du das nicht angefordert hast, ignoriere diese E-Mail.',
    ],
    action: { label: 'Neue Adresse bestätigen', href: f.accountUrl('confirm-email', data.token) },
    closing,
    footer: 'Du bekommst diese E-Mail, weil diese Adresse für ein Konto angegeben wurde.',
  }),
  account_email_change_notice: (data, f) => ({
    subject: 'Deine E-Mail-Adresse wird geändert',
    preheader: `Eine Änderung auf ${data.newEmail} wurde angefordert.`,
    heading: 'Deine E-Mail-Adresse wird geändert',
    paragraphs: [
      `Jemand, der in deinem Konto angemeldet ist, möchte dessen E-Mail-Adresse auf ${data.newEmail} ändern. Die Änderung gilt, sobald die neue Adresse bestätigt ist.`,
      'Wenn du das nicht warst, setze jetzt dein Passwort zurück.',
    ],
    action: { label: 'Passwort zurücksetzen', href: f.accountUrl('forgot-password') },
    closing,
    footer: 'Du bekommst diese E-Mail, weil eine Änderung der E-Mail-Adresse deines Kontos angefordert wurde.',
  }),
}
