/** Japanese copy of the shopper's emails, polite (です／ます) like the shop. */

import { accountDeletedCopies } from './account-deleted-email-copy.ts'
import { jaAccountCopy } from './account-email-copy.ja.ts'
import { type EmailCopy, type FailureReason, failureReasonOf, orderSummary, shippedContent } from './email-copy.ts'
import { jaReviewCopy } from './review-email-copy.ja.ts'

const failures: Record<FailureReason, string> = {
  insufficient_funds: 'お支払いが承認されませんでした（残高不足）。',
  card_declined: 'カードが承認されませんでした。',
  expired_card: 'カードの有効期限が切れています。',
  incorrect_cvc: 'セキュリティコードが正しくありません。',
  authentication_failed: 'カード発行会社でお支払いの認証が完了しませんでした。',
  other: 'お支払いを完了できませんでした。',
}

const closing = 'ご利用いただき、ありがとうございます。'
const viewOrder = 'ご注文を確認'

export const japaneseCopy: EmailCopy = {
  ...accountDeletedCopies.ja,
  ...jaReviewCopy,
  ...jaAccountCopy,
  colon: '：',
  footer: (shop) => `このメールは、${shop}でご注文いただいた方にお送りしています。`,
  order_confirmation: (data, f) => {
    const number = f.orderNumber(data.orderId)
    const total = f.price(data.total, data.currency)
    return {
      subject: `ご注文を承りました（${number}）`,
      preheader: `${total}のお支払いを確認しました。ご注文の準備を進めています。`,
      heading: 'ご注文ありがとうございます',
      paragraphs: [`ご注文（${number}）のお支払いを確認しました。商品の準備を進めています。`],
      action: { label: viewOrder, href: f.orderUrl(data.orderId) },
      summary: orderSummary(data, f, {
        title: 'ご注文内容',
        columns: { item: '商品', quantity: '数量', total: '価格' },
        items: '小計',
        discount: (name) => `割引（${name}）`,
        shipping: '送料',
        tax: '税',
        taxIncluded: 'うち消費税',
        total: '合計',
      }),
      ...(data.shippingAddress ? { address: { title: 'お届け先', lines: f.addressLines(data.shippingAddress) } } : {}),
      closing,
    }
  },
  payment_failed: (data, f) => {
    const number = f.orderNumber(data.orderId)
    const reason = failures[failureReasonOf(data.reason)]
    return {
      subject: `お支払いを完了できませんでした（${number}）`,
      preheader: reason,
      heading: 'お支払いを完了できませんでした',
      paragraphs: [
        reason,
        'ご注文の商品はしばらくの間お取り置きしています。ショップでご注文を開き、別のカードでお試しください。',
      ],
      action: { label: 'ご注文を開いてお支払い', href: f.orderUrl(data.orderId) },
      closing,
    }
  },
  order_shipped: (data, f) =>
    shippedContent(data, f, {
      subject: (number) => `ご注文の商品を発送しました（${number}）`,
      preheader: (number, carrier) =>
        carrier ? `ご注文（${number}）の商品を${carrier}で発送しました。` : `ご注文（${number}）の商品を発送しました。`,
      heading: 'ご注文の商品を発送しました',
      paragraph: (number) => `ご注文（${number}）の商品が当店の倉庫から出荷されました。`,
      track: (carrier) => `${carrier}で配送状況を確認`,
      viewOrder,
      title: '配送',
      carrier: '配送業者',
      trackingNumber: '追跡番号',
      closing,
    }),
  order_delivered: (data, f) => {
    const number = f.orderNumber(data.orderId)
    return {
      subject: `ご注文の商品をお届けしました（${number}）`,
      preheader: `ご注文（${number}）の商品をお届けしました。お楽しみいただければ幸いです。`,
      heading: 'ご注文の商品が届きました',
      paragraphs: [`ご注文（${number}）の商品をお届けしました。お楽しみいただければ幸いです。`],
      action: { label: viewOrder, href: f.orderUrl(data.orderId) },
      closing,
    }
  },
  order_refunded: (data, f) => {
    const number = f.orderNumber(data.orderId)
    const amount = f.price(data.amount, data.currency)
    return {
      subject: `返金のお知らせ（${number}）`,
      preheader: `ご注文（${number}）について${amount}を返金しました。`,
      heading: '返金が完了しました',
      paragraphs: [
        `ご注文（${number}）について${amount}を返金しました。ご利用明細に反映されるまで数日かかる場合があります。`,
      ],
      action: { label: viewOrder, href: f.orderUrl(data.orderId) },
      facts: {
        title: '返金',
        rows: [
          { label: '今回の返金額', value: amount, strong: true },
          { label: '返金額の合計', value: f.price(data.refundedTotal, data.currency) },
          { label: 'ご注文の合計', value: f.price(data.total, data.currency) },
        ],
      },
      closing,
    }
  },
}
