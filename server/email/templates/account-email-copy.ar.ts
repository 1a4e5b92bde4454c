/** Arabic copy of the account emails; the email address inside a sentence is isolated. */
import type { AccountCopy } from './account-email-copy.ts'
import { isolate } from './email-copy.ts'

const closing = 'شكرًا لتسوقك معنا.'

export const arAccountCopy: AccountCopy = {
  account_password_reset: (data, f) => ({
    subject: 'إعادة تعيين كلمة المرور',
    preheader: 'يعمل الرابط مرة واحدة خلال 30 دقيقة.',
    heading: 'أعد تعيين كلمة المرور',
    paragraphs: [
      'طلب أحدهم إعادة تعيين كلمة مرور حسابك. إن كنت أنت، فاختر كلمة مرور جديدة من الزر أدناه. يعمل الرابط مرة واحدة وتنتهي صلاحيته بعد 30 دقيقة.',
      'إن لم تطلب ذلك، فتجاهل هذه الرسالة: تبقى كلمة المرور كما هي.',
    ],
    action: { label: 'اختيار كلمة مرور جديدة', href: f.accountUrl('reset-password', data.token) },
    closing,
    footer: 'تصلك هذه الرسالة لأنه طُلبت إعادة تعيين كلمة مرور حسابك.',
  }),
  account_verify_email: (data, f) => ({
    subject: 'تأكيد عنوان بريدك الإلكتروني',
    preheader: 'نقرة واحدة تؤكد أن هذا العنوان لك.',
    heading: 'أكّد عنوان بريدك الإلكتروني',
    paragraphs: [
      'شكرًا لإنشائك حسابًا. يُرجى تأكيد أن عنوان البريد الإلكتروني هذا لك.',
      'يعمل الرابط مدة 7 أيام. إن لم تُنشئ حسابًا، فتجاهل هذه الرسالة.',
    ],
    action: { label: 'تأكيد عنوان بريدي الإلكتروني', href: f.accountUrl('verify-email', data.token) },
    closing,
    footer: 'تصلك هذه الرسالة لأنه أُنشئ حساب بهذا العنوان.',
  }),
  account_email_change_confirm: (data, f) => ({
    subject: 'تأكيد عنوان بريدك الإلكتروني الجديد',
    preheader: `أكّد العنوان ${isolate(data.newEmail)} لحسابك.`,
    heading: 'أكّد عنوان بريدك الإلكتروني الجديد',
    paragraphs: [
      `طلبت استخدام العنوان ${isolate(data.newEmail)} لحسابك. أكّده من الزر أدناه؛ وحتى ذلك الحين يحتفظ حسابك بعنوانه الحالي.`,
      'يعمل الرابط مرة واحدة وتنتهي صلاحيته بعد 24 ساعة. إن لم تطلب ذلك، فتجاهل هذه الرسالة.',
    ],
    action: { label: 'تأكيد العنوان الجديد', href: f.accountUrl('confirm-email', data.token) },
    closing,
    footer: 'تصلك هذه الرسالة لأن هذا العنوان أُدخل لحساب.',
  }),
  account_email_change_notice: (data, f) => ({
    subject: 'جارٍ تغيير عنوان بريدك الإلكتروني',
    preheader: `طُلب التغيير إلى ${isolate(data.newEmail)}.`,
    heading: 'جارٍ تغيير عنوان بريدك الإلكتروني',
    paragraphs: [
      `طلب شخص مسجّل الدخول إلى حسابك تغيير عنوان بريده الإلكتروني إلى ${isolate(data.newEmail)}. يتم التغيير بعد تأكيد العنوان الجديد.`,
      'إن لم تكن أنت، فأعد تعيين كلمة المرور الآن.',
    ],
    action: { label: 'إعادة تعيين كلمة المرور', href: f.accountUrl('forgot-password') },
    closing,
    footer: 'تصلك هذه الرسالة لأنه طُلب تغيير عنوان البريد الإلكتروني لحسابك.',
  }),
}
