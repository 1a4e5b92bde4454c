/**
 * Arabic copy of the review emails. Product names, titles, the shop's reason and its reply are
 * isolated: they are often Latin text, which would otherwise take the punctuation around it along.
 */
import { isolate } from './email-copy.ts'
import { type ReviewCopy, reviewFact } from './review-email-copy.ts'

export const arReviewCopy: ReviewCopy = {
  review_published: (data, f) => ({
    subject: `نُشرت مراجعتك للمنتج ${isolate(data.productName)}`,
    preheader: 'شكرًا لك: يمكن للمتسوقين الآخرين الآن قراءة مراجعتك.',
    heading: 'مراجعتك منشورة الآن',
    paragraphs: [`نشرنا مراجعتك للمنتج ${isolate(data.productName)}. شكرًا لمساعدتك المتسوقين الآخرين.`],
    action: { label: 'عرض مراجعتك', href: f.productUrl(data.productSlug) },
    facts: reviewFact('مراجعتك', 'العنوان', isolate(data.title)),
    closing: 'شكرًا لتسوقك معنا.',
    footer: 'تصلك هذه الرسالة لأنك كتبت مراجعة.',
  }),
  review_rejected: (data, f) => ({
    subject: `لم تُنشر مراجعتك للمنتج ${isolate(data.productName)}`,
    preheader: isolate(data.reason),
    heading: 'تعذّر علينا نشر مراجعتك',
    paragraphs: [`لم ننشر مراجعتك للمنتج ${isolate(data.productName)}، والسبب:`, isolate(data.reason)],
    action: { label: 'تعديل مراجعتك', href: f.reviewUrl(data.productSlug) },
    facts: reviewFact('مراجعتك', 'العنوان', isolate(data.title)),
    closing: 'يمكنك تعديل مراجعتك وإرسالها مرة أخرى.',
    footer: 'تصلك هذه الرسالة لأنك كتبت مراجعة.',
  }),
  review_replied: (data, f) => ({
    subject: `رددنا على مراجعتك للمنتج ${isolate(data.productName)}`,
    preheader: isolate(data.reply),
    heading: 'رددنا على مراجعتك',
    paragraphs: [`شكرًا على مراجعتك للمنتج ${isolate(data.productName)}. وهذا ردّنا:`, isolate(data.reply)],
    action: { label: 'عرض الرد', href: f.productUrl(data.productSlug) },
    facts: reviewFact('مراجعتك', 'العنوان', isolate(data.title)),
    closing: 'شكرًا لتسوقك معنا.',
    footer: 'تصلك هذه الرسالة لأنك كتبت مراجعة.',
  }),
  review_request: (data, f) => {
    const number = isolate(f.orderNumber(data.orderId))
    const [first] = data.products
    return {
      subject: `ما رأيك في طلبك ${number}؟`,
      preheader: 'بضع كلمات منك تساعد المتسوقين الآخرين على الاختيار.',
      heading: 'ما رأيك في طلبك؟',
      paragraphs: ['وصل طلبك قبل بضعة أيام، ومراجعة قصيرة منك تساعد المتسوقين الآخرين على الاختيار.'],
      action: {
        label: first ? `تقييم ${isolate(first.name)}` : 'تقييم طلبك',
        href: f.reviewUrl(first?.slug ?? ''),
      },
      links: {
        title: 'تقييم منتجاتك',
        items: data.products.map((p) => ({ label: `تقييم ${isolate(p.name)}`, href: f.reviewUrl(p.slug) })),
      },
      closing: 'شكرًا لتسوقك معنا.',
      footer: 'تصلك هذه الرسالة لأنك قدّمت طلبًا لدينا.',
      unsubscribe: { label: 'إيقاف طلبات المراجعة', href: f.unsubscribeUrl(data.unsubscribeToken) },
    }
  },
}
