/** Spanish (Spain) copy of the review emails, informal ("tú") like the shop. */
import { type ReviewCopy, reviewFact } from './review-email-copy.ts'

export const esReviewCopy: ReviewCopy = {
  review_published: (data, f) => ({
    subject: `Tu opinión sobre ${data.productName} ya está publicada`,
    preheader: 'Gracias: otros clientes ya pueden leer tu opinión.',
    heading: 'Tu opinión ya está publicada',
    paragraphs: [`Hemos publicado tu opinión sobre ${data.productName}. Gracias por ayudar a otros clientes.`],
    action: { label: 'Ver tu opinión', href: f.productUrl(data.productSlug) },
    facts: reviewFact('Tu opinión', 'Título', data.title),
    closing: 'Gracias por comprar con nosotros.',
    footer: 'Recibes este correo porque has escrito una opinión.',
  }),
  review_rejected: (data, f) => ({
    subject: `Tu opinión sobre ${data.productName} no se ha publicado`,
    preheader: data.reason,
    heading: 'No hemos podido publicar tu opinión',
    paragraphs: [`No hemos publicado tu opinión sobre ${data.productName}. El motivo:`, data.reason],
    action: { label: 'Editar tu opinión', href: f.reviewUrl(data.productSlug) },
    facts: reviewFact('Tu opinión', 'Título', data.title),
    closing: 'Puedes modificar tu opinión y volver a enviarla cuando quieras.',
    footer: 'Recibes este correo porque has escrito una opinión.',
  }),
  review_replied: (data, f) => ({
    subject: `Hemos respondido a tu opinión sobre ${data.productName}`,
    preheader: data.reply,
    heading: 'Hemos respondido a tu opinión',
    paragraphs: [`Gracias por tu opinión sobre ${data.productName}. Nuestra respuesta:`, data.reply],
    action: { label: 'Ver la respuesta', href: f.productUrl(data.productSlug) },
    facts: reviewFact('Tu opinión', 'Título', data.title),
    closing: 'Gracias por comprar con nosotros.',
    footer: 'Recibes este correo porque has escrito una opinión.',
  }),
  review_request: (data, f) => {
    const number = f.orderNumber(data.orderId)
    const [first] = data.products
    return {
      subject: `¿Qué te parece tu pedido ${number}?`,
      preheader: 'Unas pocas palabras ayudan a otros clientes a elegir.',
      heading: '¿Qué te parece tu pedido?',
      paragraphs: ['Tu pedido llegó hace unos días. Una opinión breve ayuda a otros clientes a elegir.'],
      action: { label: first ? `Valorar ${first.name}` : 'Valorar tu pedido', href: f.reviewUrl(first?.slug ?? '') },
      links: {
        title: 'Valora tus productos',
        items: data.products.map((p) => ({ label: `Valorar ${p.name}`, href: f.reviewUrl(p.slug) })),
      },
      closing: 'Gracias por comprar con nosotros.',
      footer: 'Recibes este correo porque has hecho un pedido con nosotros.',
      unsubscribe: { label: 'No recibir más solicitudes de opinión', href: f.unsubscribeUrl(data.unsubscribeToken) },
    }
  },
}
