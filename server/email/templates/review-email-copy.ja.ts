/** Japanese copy of the review emails, polite (です／ます) like the shop. */
import { type ReviewCopy, reviewFact } from './review-email-copy.ts'

export const jaReviewCopy: ReviewCopy = {
  review_published: (data, f) => ({
    subject: `${data.productName}のレビューが公開されました`,
    preheader: 'ありがとうございます。ほかのお客様がレビューを読めるようになりました。',
    heading: 'レビューが公開されました',
    paragraphs: [
      `${data.productName}のレビューを公開しました。ほかのお客様の参考になるレビューをありがとうございます。`,
    ],
    action: { label: 'レビューを見る', href: f.productUrl(data.productSlug) },
    facts: reviewFact('投稿したレビュー', 'タイトル', data.title),
    closing: 'ご利用いただき、ありがとうございます。',
    footer: 'このメールは、レビューを投稿された方にお送りしています。',
  }),
  review_rejected: (data, f) => ({
    subject: `${data.productName}のレビューは公開されませんでした`,
    preheader: data.reason,
    heading: 'レビューを公開できませんでした',
    paragraphs: [`${data.productName}のレビューは公開を見送りました。理由は次のとおりです。`, data.reason],
    action: { label: 'レビューを編集', href: f.reviewUrl(data.productSlug) },
    facts: reviewFact('投稿したレビュー', 'タイトル', data.title),
    closing: 'レビューを修正して、もう一度投稿していただけます。',
    footer: 'このメールは、レビューを投稿された方にお送りしています。',
  }),
  review_replied: (data, f) => ({
    subject: `${data.productName}のレビューに返信しました`,
    preheader: data.reply,
    heading: 'レビューに返信しました',
    paragraphs: [`${data.productName}のレビューをありがとうございます。ショップからの返信です。`, data.reply],
    action: { label: '返信を見る', href: f.productUrl(data.productSlug) },
    facts: reviewFact('投稿したレビュー', 'タイトル', data.title),
    closing: 'ご利用いただき、ありがとうございます。',
    footer: 'このメールは、レビューを投稿された方にお送りしています。',
  }),
  review_request: (data, f) => {
    const number = f.orderNumber(data.orderId)
    const [first] = data.products
    return {
      subject: `ご注文（${number}）の商品はいかがですか？`,
      preheader: 'ひと言のレビューが、ほかのお客様の商品選びに役立ちます。',
      heading: 'ご注文の商品はいかがですか？',
      paragraphs: ['ご注文の商品が数日前に届きました。短いレビューが、ほかのお客様の商品選びに役立ちます。'],
      action: { label: first ? `${first.name}をレビュー` : 'ご注文をレビュー', href: f.reviewUrl(first?.slug ?? '') },
      links: {
        title: '商品をレビュー',
        items: data.products.map((p) => ({ label: `${p.name}をレビュー`, href: f.reviewUrl(p.slug) })),
      },
      closing: 'ご利用いただき、ありがとうございます。',
      footer: 'このメールは、当店でご注文いただいた方にお送りしています。',
      unsubscribe: { label: 'レビュー依頼の配信を停止', href: f.unsubscribeUrl(data.unsubscribeToken) },
    }
  },
}
