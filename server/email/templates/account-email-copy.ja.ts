/** Japanese copy of the account emails (polite form, as the shop's other emails). */
import type { AccountCopy } from './account-email-copy.ts'

const closing = 'ご利用いただき、ありがとうございます。'

export const jaAccountCopy: AccountCopy = {
  account_password_reset: (data, f) => ({
    subject: 'パスワードの再設定',
    preheader: 'リンクは30分間、1回だけ使えます。',
    heading: 'パスワードを再設定してください',
    paragraphs: [
      'お客様のアカウントのパスワード再設定が依頼されました。ご本人の場合は、下のボタンから新しいパスワードを設定してください。リンクは1回だけ使え、30分で無効になります。',
      'お心当たりがない場合は、このメールを無視してください。パスワードは変更されません。',
    ],
    action: { label: '新しいパスワードを設定', href: f.accountUrl('reset-password', data.token) },
    closing,
    footer: 'このメールは、お客様のアカウントのパスワード再設定が依頼されたためお送りしています。',
  }),
  account_verify_email: (data, f) => ({
    subject: 'メールアドレスの確認',
    preheader: 'ワンクリックでこのアドレスがお客様のものであることを確認します。',
    heading: 'メールアドレスを確認してください',
    paragraphs: [
      'アカウントを作成いただき、ありがとうございます。このメールアドレスがお客様のものであることを確認してください。',
      'リンクの有効期限は7日間です。アカウントを作成していない場合は、このメールを無視してください。',
    ],
    action: { label: 'メールアドレスを確認', href: f.accountUrl('verify-email', data.token) },
    closing,
    footer: 'このメールは、このアドレスでアカウントが作成されたためお送りしています。',
  }),
  account_email_change_confirm: (data, f) => ({
    subject: '新しいメールアドレスの確認',
    preheader: `アカウントのメールアドレス ${data.newEmail} を確認してください。`,
    heading: '新しいメールアドレスを確認してください',
    paragraphs: [
      `アカウントで ${data.newEmail} を使うよう依頼されました。下のボタンから確認してください。確認されるまでは、現在のアドレスのままです。`,
      'リンクは1回だけ使え、24時間で無効になります。お心当たりがない場合は、このメールを無視してください。',
    ],
    action: { label: '新しいアドレスを確認', href: f.accountUrl('confirm-email', data.token) },
    closing,
    footer: 'このメールは、このアドレスがアカウントに入力されたためお送りしています。',
  }),
  account_email_change_notice: (data, f) => ({
    subject: 'メールアドレスの変更が依頼されました',
    preheader: `${data.newEmail} への変更が依頼されました。`,
    heading: 'メールアドレスの変更が依頼されました',
    paragraphs: [
      `お客様のアカウントにサインインしている方が、メールアドレスを ${data.newEmail} に変更するよう依頼しました。新しいアドレスが確認されると変更されます。`,
      'お心当たりがない場合は、すぐにパスワードを再設定してください。',
    ],
    action: { label: 'パスワードを再設定', href: f.accountUrl('forgot-password') },
    closing,
    footer: 'このメールは、お客様のアカウントのメールアドレス変更が依頼されたためお送りしています。',
  }),
}
