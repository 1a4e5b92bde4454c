/**
 * Arabic copy of the shopper's emails (Modern Standard Arabic, gender-neutral where it can be). Order
 * numbers, prices and names inside a sentence are isolated, so they keep their order in the
 * right-to-left text.
 */

import { accountDeletedCopies } from './account-deleted-email-copy.ts'
import { arAccountCopy } from './account-email-copy.ar.ts'
import {
  type EmailCopy,
  type FailureReason,
  failureReasonOf,
  isolate,
  orderSummary,
  shippedContent,
} from './email-copy.ts'
import { arReviewCopy } from './review-email-copy.ar.ts'

const failures: Record<FailureReason, string> = {
  insufficient_funds: 'رُفضت عملية الدفع: الرصيد غير كافٍ.',
  card_declined: 'رُفضت بطاقتك.',
  expired_card: 'انتهت صلاحية بطاقتك.',
  incorrect_cvc: 'رمز الأمان غير صحيح.',
  authentication_failed: 'لم يتم تأكيد عملية الدفع لدى البنك.',
  other: 'لم تكتمل عملية الدفع.',
}

const closing = 'شكرًا لتسوقك معنا.'
const viewOrder = 'عرض الطلب'

export const arabicCopy: EmailCopy = {
  ...accountDeletedCopies.ar,
  ...arReviewCopy,
  ...arAccountCopy,
  footer: (shop) => `تصلك هذه الرسالة لأنك قدّمت طلبًا لدى ${isolate(shop)}.`,
  order_confirmation: (data, f) => {
    const number = isolate(f.orderNumber(data.orderId))
    const total = isolate(f.price(data.total, data.currency))
    return {
      subject: `تم تأكيد الطلب ${number}`,
      preheader: `استلمنا دفعتك البالغة ${total} ونعمل على تجهيز طلبك.`,
      heading: 'شكرًا على طلبك',
      paragraphs: [`استلمنا دفعتك للطلب ${number} ونعمل على تجهيزه.`],
      action: { label: viewOrder, href: f.orderUrl(data.orderId) },
      summary: orderSummary(data, f, {
        title: 'ملخص الطلب',
        columns: { item: 'المنتج', quantity: 'الكمية', total: 'السعر' },
        items: 'المجموع الفرعي',
        discount: (name) => `الخصم (${isolate(name)})`,
        shipping: 'الشحن',
        tax: 'الضريبة',
        taxIncluded: 'شاملًا الضريبة',
        total: 'الإجمالي',
      }),
      ...(data.shippingAddress
        ? { address: { title: 'عنوان الشحن', lines: f.addressLines(data.shippingAddress) } }
        : {}),
      closing,
    }
  },
  payment_failed: (data, f) => {
    const number = isolate(f.orderNumber(data.orderId))
    const reason = failures[failureReasonOf(data.reason)]
    return {
      subject: `تعذّر الدفع للطلب ${number}`,
      preheader: reason,
      heading: 'لم تتم عملية الدفع',
      paragraphs: [reason, 'ستبقى منتجاتك محجوزة لبعض الوقت، ويمكنك فتح الطلب في المتجر وتجربة بطاقة أخرى.'],
      action: { label: 'فتح الطلب للدفع', href: f.orderUrl(data.orderId) },
      closing,
    }
  },
  order_shipped: (data, f) =>
    shippedContent(data, f, {
      subject: (number) => `الطلب ${isolate(number)} في الطريق إليك`,
      preheader: (number, carrier) =>
        carrier
          ? `الطلب ${isolate(number)} في الطريق إليك عبر ${isolate(carrier)}.`
          : `الطلب ${isolate(number)} في الطريق إليك.`,
      heading: 'تم شحن طلبك',
      paragraph: (number) => `غادر الطلب ${isolate(number)} مستودعنا.`,
      track: (carrier) => `تتبّع الشحنة لدى ${isolate(carrier)}`,
      viewOrder,
      title: 'التوصيل',
      carrier: 'شركة الشحن',
      trackingNumber: 'رقم التتبع',
      closing,
    }),
  order_delivered: (data, f) => {
    const number = isolate(f.orderNumber(data.orderId))
    return {
      subject: `تم توصيل الطلب ${number}`,
      preheader: `تم توصيل الطلب ${number}. نتمنى أن ينال إعجابك.`,
      heading: 'وصل طلبك',
      paragraphs: [`تم توصيل الطلب ${number}. نتمنى أن ينال إعجابك.`],
      action: { label: viewOrder, href: f.orderUrl(data.orderId) },
      closing,
    }
  },
  order_refunded: (data, f) => {
    const number = isolate(f.orderNumber(data.orderId))
    const amount = f.price(data.amount, data.currency)
    return {
      subject: `استرداد مبلغ للطلب ${number}`,
      preheader: `أعدنا إليك ${isolate(amount)} عن الطلب ${number}.`,
      heading: 'أعدنا إليك المبلغ',
      paragraphs: [`أعدنا إليك ${isolate(amount)} عن الطلب ${number}. قد يستغرق ظهور المبلغ في كشف حسابك بضعة أيام.`],
      action: { label: viewOrder, href: f.orderUrl(data.orderId) },
      facts: {
        title: 'الاسترداد',
        rows: [
          { label: 'المبلغ المسترد الآن', value: amount, strong: true },
          { label: 'إجمالي المبلغ المسترد', value: f.price(data.refundedTotal, data.currency) },
          { label: 'إجمالي الطلب', value: f.price(data.total, data.currency) },
        ],
      },
      closing,
    }
  },
}
