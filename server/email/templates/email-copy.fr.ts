/** French copy of the shopper's emails, formal ("vous") like the shop. */

import { accountDeletedCopies } from './account-deleted-email-copy.ts'
import { frAccountCopy } from './account-email-copy.fr.ts'
import { type EmailCopy, type FailureReason, failureReasonOf, orderSummary, shippedContent } from './email-copy.ts'
import { frReviewCopy } from './review-email-copy.fr.ts'

const failures: Record<FailureReason, string> = {
  insufficient_funds: 'Le paiement a été refusé\u00a0: provision insuffisante.',
  card_declined: 'Votre carte a été refusée.',
  expired_card: 'Votre carte a expiré.',
  incorrect_cvc: 'Le code de sécurité est incorrect.',
  authentication_failed: 'Le paiement n’a pas été confirmé auprès de votre banque.',
  other: 'Le paiement n’a pas abouti.',
}

const closing = 'Merci de votre confiance.'
const viewOrder = 'Voir votre commande'

export const frenchCopy: EmailCopy = {
  ...accountDeletedCopies.fr,
  ...frReviewCopy,
  ...frAccountCopy,
  colon: '\u00a0: ',
  footer: (shop) => `Vous recevez cet e-mail car vous avez passé commande sur ${shop}.`,
  order_confirmation: (data, f) => {
    const number = f.orderNumber(data.orderId)
    const total = f.price(data.total, data.currency)
    return {
      subject: `Commande ${number} confirmée`,
      preheader: `Nous avons bien reçu votre paiement de ${total} et préparons votre commande.`,
      heading: 'Merci pour votre commande',
      paragraphs: [`Nous avons bien reçu votre paiement pour la commande ${number} et nous la préparons.`],
      action: { label: viewOrder, href: f.orderUrl(data.orderId) },
      summary: orderSummary(data, f, {
        title: 'Récapitulatif de la commande',
        columns: { item: 'Article', quantity: 'Qté', total: 'Prix' },
        items: 'Sous-total',
        discount: (name) => `Remise (${name})`,
        shipping: 'Livraison',
        tax: 'TVA',
        taxIncluded: 'Dont TVA',
        total: 'Total',
      }),
      ...(data.shippingAddress
        ? { address: { title: 'Adresse de livraison', lines: f.addressLines(data.shippingAddress) } }
        : {}),
      closing,
    }
  },
  payment_failed: (data, f) => {
    const number = f.orderNumber(data.orderId)
    const reason = failures[failureReasonOf(data.reason)]
    return {
      subject: `Échec du paiement de la commande ${number}`,
      preheader: reason,
      heading: 'Votre paiement n’a pas abouti',
      paragraphs: [
        reason,
        'Vos articles restent réservés pendant un moment\u00a0: ouvrez la commande dans la boutique et essayez avec une autre carte.',
      ],
      action: { label: 'Ouvrir la commande pour payer', href: f.orderUrl(data.orderId) },
      closing,
    }
  },
  order_shipped: (data, f) =>
    shippedContent(data, f, {
      subject: (number) => `Votre commande ${number} est en route`,
      preheader: (number, carrier) =>
        carrier ? `Votre commande ${number} est en route avec ${carrier}.` : `Votre commande ${number} est en route.`,
      heading: 'Votre commande a été expédiée',
      paragraph: (number) => `Votre commande ${number} a quitté notre entrepôt.`,
      track: (carrier) => `Suivre le colis chez ${carrier}`,
      viewOrder,
      title: 'Livraison',
      carrier: 'Transporteur',
      trackingNumber: 'Numéro de suivi',
      closing,
    }),
  order_delivered: (data, f) => {
    const number = f.orderNumber(data.orderId)
    return {
      subject: `Votre commande ${number} a été livrée`,
      preheader: `Votre commande ${number} a été livrée. Nous espérons qu’elle vous plaira.`,
      heading: 'Votre commande est arrivée',
      paragraphs: [`Votre commande ${number} a été livrée. Nous espérons qu’elle vous plaira.`],
      action: { label: viewOrder, href: f.orderUrl(data.orderId) },
      closing,
    }
  },
  order_refunded: (data, f) => {
    const number = f.orderNumber(data.orderId)
    const amount = f.price(data.amount, data.currency)
    return {
      subject: `Remboursement de la commande ${number}`,
      preheader: `Nous vous avons remboursé ${amount} pour la commande ${number}.`,
      heading: 'Nous vous avons remboursé',
      paragraphs: [
        `Nous vous avons remboursé ${amount} pour la commande ${number}. Le montant peut mettre quelques jours à apparaître sur votre relevé.`,
      ],
      action: { label: viewOrder, href: f.orderUrl(data.orderId) },
      facts: {
        title: 'Remboursement',
        rows: [
          { label: 'Ce remboursement', value: amount, strong: true },
          { label: 'Total remboursé', value: f.price(data.refundedTotal, data.currency) },
          { label: 'Total de la commande', value: f.price(data.total, data.currency) },
        ],
      },
      closing,
    }
  },
}
