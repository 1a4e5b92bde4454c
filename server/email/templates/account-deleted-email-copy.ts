/**
 * The account deletion email (issue 18, decision 0032), in every shop language: sent to the address
 * the account had, after it is gone. It names nothing of the account but that orders were kept.
 */
import type { EmailContent } from './email-content.ts'
import type { EmailFormat } from './email-copy.ts'
import type { EmailData, EmailLocale } from './email-data.ts'

export type AccountDeletedCopy = {
  readonly account_deleted: (data: EmailData<'account_deleted'>, format: EmailFormat) => EmailContent
}

type Words = {
  readonly subject: string
  readonly heading: string
  readonly done: string
  readonly orders: (count: number) => string
  readonly notYou: string
  readonly action: string
  readonly closing: string
  readonly footer: string
}

const words: Record<EmailLocale, Words> = {
  en: {
    subject: 'Your account has been deleted',
    heading: 'Your account is deleted',
    done: 'As you asked, we deleted your account with its addresses, cart, wishlist, reviews and signed-in devices.',
    orders: (n) =>
      n === 0
        ? 'You had no orders with us.'
        : `We keep the records of your ${n === 1 ? 'order' : `${n} orders`} for our accounts, without your name, street, phone or email.`,
    notYou: 'If you did not ask for this, reply to this email.',
    action: 'Visit the shop',
    closing: 'Thank you for having shopped with us.',
    footer: 'You get this email because your account was deleted.',
  },
  de: {
    subject: 'Dein Konto wurde gelöscht',
    heading: 'Dein Konto ist gelöscht',
    done: 'Wie gewünscht haben wir dein Konto mit Adressen, Warenkorb, Wunschliste, Bewertungen und angemeldeten Geräten gelöscht.',
    orders: (n) =>
      n === 0
        ? 'Du hattest keine Bestellungen bei uns.'
        : `Die Belege ${n === 1 ? 'deiner Bestellung' : `deiner ${n} Bestellungen`} bewahren wir für die Buchhaltung auf, ohne Namen, Straße, Telefon und E-Mail.`,
    notYou: 'Wenn du das nicht veranlasst hast, antworte auf diese E-Mail.',
    action: 'Zum Shop',
    closing: 'Danke, dass du bei uns eingekauft hast.',
    footer: 'Du bekommst diese E-Mail, weil dein Konto gelöscht wurde.',
  },
  fr: {
    subject: 'Votre compte a été supprimé',
    heading: 'Votre compte est supprimé',
    done: 'Comme demandé, nous avons supprimé votre compte avec ses adresses, son panier, sa liste d’envies, ses avis et ses appareils connectés.',
    orders: (n) =>
      n === 0
        ? 'Vous n’aviez aucune commande chez nous.'
        : `Nous conservons ${n === 1 ? 'votre commande' : `vos ${n} commandes`} pour notre comptabilité, sans votre nom, rue, téléphone ni e-mail.`,
    notYou: 'Si vous n’êtes pas à l’origine de cette demande, répondez à cet e-mail.',
    action: 'Aller à la boutique',
    closing: 'Merci d’avoir fait vos achats chez nous.',
    footer: 'Vous recevez cet e-mail parce que votre compte a été supprimé.',
  },
  es: {
    subject: 'Tu cuenta se ha eliminado',
    heading: 'Tu cuenta está eliminada',
    done: 'Como pediste, eliminamos tu cuenta con sus direcciones, carrito, lista de deseos, reseñas y dispositivos conectados.',
    orders: (n) =>
      n === 0
        ? 'No tenías pedidos con nosotros.'
        : `Conservamos ${n === 1 ? 'tu pedido' : `tus ${n} pedidos`} para nuestra contabilidad, sin tu nombre, calle, teléfono ni correo.`,
    notYou: 'Si no lo pediste tú, responde a este correo.',
    action: 'Ir a la tienda',
    closing: 'Gracias por haber comprado con nosotros.',
    footer: 'Recibes este correo porque se eliminó tu cuenta.',
  },
  ja: {
    subject: 'アカウントを削除しました',
    heading: 'アカウントを削除しました',
    done: 'ご依頼により、アカウントと住所、カート、ほしい物リスト、レビュー、ログイン中の端末を削除しました。',
    orders: (n) =>
      n === 0
        ? 'ご注文の履歴はありませんでした。'
        : `ご注文（${n}件）の記録は、お名前・住所・電話番号・メールアドレスを除いて会計のために保管します。`,
    notYou: 'お心当たりがない場合は、このメールに返信してください。',
    action: 'ショップへ',
    closing: 'これまでのご利用ありがとうございました。',
    footer: 'アカウントが削除されたため、このメールをお送りしています。',
  },
  ar: {
    subject: 'تم حذف حسابك',
    heading: 'حسابك محذوف',
    done: 'كما طلبت، حذفنا حسابك مع عناوينه وسلته وقائمة أمنياته ومراجعاته والأجهزة المسجَّل دخولها.',
    orders: (n) =>
      n === 0
        ? 'لم تكن لديك طلبات لدينا.'
        : `نحتفظ بسجلات طلباتك (${n}) لحساباتنا، من دون اسمك وشارعك وهاتفك وبريدك الإلكتروني.`,
    notYou: 'إن لم تطلب ذلك، فرُدّ على هذه الرسالة.',
    action: 'زيارة المتجر',
    closing: 'شكرًا لتسوقك معنا.',
    footer: 'تصلك هذه الرسالة لأن حسابك حُذف.',
  },
}

function accountCopyIn(locale: EmailLocale): AccountDeletedCopy {
  const w = words[locale]
  return {
    account_deleted: (data, f) => ({
      subject: w.subject,
      preheader: w.done,
      heading: w.heading,
      paragraphs: [w.done, w.orders(data.ordersKept), w.notYou],
      action: { label: w.action, href: f.homeUrl() },
      closing: w.closing,
      footer: w.footer,
    }),
  }
}

export const accountDeletedCopies: Record<EmailLocale, AccountDeletedCopy> = {
  en: accountCopyIn('en'),
  de: accountCopyIn('de'),
  fr: accountCopyIn('fr'),
  es: accountCopyIn('es'),
  ja: accountCopyIn('ja'),
  ar: accountCopyIn('ar'),
}
