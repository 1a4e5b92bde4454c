/** French copy of the review emails, formal ("vous") like the shop. */
import { type ReviewCopy, reviewFact } from './review-email-copy.ts'

export const frReviewCopy: ReviewCopy = {
  review_published: (data, f) => ({
    subject: `Votre avis sur ${data.productName} est en ligne`,
    preheader: 'Merci\u00a0: les autres clients peuvent désormais lire votre avis.',
    heading: 'Votre avis est en ligne',
    paragraphs: [`Nous avons publié votre avis sur ${data.productName}. Merci d’aider les autres clients.`],
    action: { label: 'Voir votre avis', href: f.productUrl(data.productSlug) },
    facts: reviewFact('Votre avis', 'Titre', data.title),
    closing: 'Merci de votre confiance.',
    footer: 'Vous recevez cet e-mail car vous avez rédigé un avis.',
  }),
  review_rejected: (data, f) => ({
    subject: `Votre avis sur ${data.productName} n’a pas été publié`,
    preheader: data.reason,
    heading: 'Nous n’avons pas pu publier votre avis',
    paragraphs: [`Nous n’avons pas publié votre avis sur ${data.productName}. Notre motif\u00a0:`, data.reason],
    action: { label: 'Modifier votre avis', href: f.reviewUrl(data.productSlug) },
    facts: reviewFact('Votre avis', 'Titre', data.title),
    closing: 'N’hésitez pas à modifier votre avis et à nous le renvoyer.',
    footer: 'Vous recevez cet e-mail car vous avez rédigé un avis.',
  }),
  review_replied: (data, f) => ({
    subject: `Nous avons répondu à votre avis sur ${data.productName}`,
    preheader: data.reply,
    heading: 'Nous avons répondu à votre avis',
    paragraphs: [`Merci pour votre avis sur ${data.productName}. Notre réponse\u00a0:`, data.reply],
    action: { label: 'Voir la réponse', href: f.productUrl(data.productSlug) },
    facts: reviewFact('Votre avis', 'Titre', data.title),
    closing: 'Merci de votre confiance.',
    footer: 'Vous recevez cet e-mail car vous avez rédigé un avis.',
  }),
  review_request: (data, f) => {
    const number = f.orderNumber(data.orderId)
    const [first] = data.products
    return {
      subject: `Votre commande ${number} vous plaît-elle\u00a0?`,
      preheader: 'Quelques mots aident les autres clients à choisir.',
      heading: 'Votre commande vous plaît-elle\u00a0?',
      paragraphs: [
        'Votre commande est arrivée il y a quelques jours. Un court avis aide les autres clients à choisir.',
      ],
      action: {
        label: first ? `Évaluer ${first.name}` : 'Évaluer votre commande',
        href: f.reviewUrl(first?.slug ?? ''),
      },
      links: {
        title: 'Évaluez vos articles',
        items: data.products.map((p) => ({ label: `Évaluer ${p.name}`, href: f.reviewUrl(p.slug) })),
      },
      closing: 'Merci de votre confiance.',
      footer: 'Vous recevez cet e-mail car vous avez passé commande chez nous.',
      unsubscribe: { label: 'Ne plus recevoir de demandes d’avis', href: f.unsubscribeUrl(data.unsubscribeToken) },
    }
  },
}
