/**
 * Toasts for review drafts the device sent (issue 15), on every open tab: "Your review of X is
 * published" / "…is waiting for moderation" / "…was refused: reason", the last with a way back to
 * the form, which reopens prefilled from the kept draft.
 */
import { useNavigate } from '@solidjs/router'
import { createSignal, For, type JSX, onCleanup, onMount } from 'solid-js'
import { useI18n } from '../platform/i18n.tsx'
import { Toast } from '../ui/toast.tsx'
import { refusalMessage } from './review-messages.ts'
import type { DraftOutcome } from './review-outbox.ts'
import { listenForReviewOutcomes } from './review-outcome-channel.ts'
import { reviewFormPath } from './review-paths.ts'

const toastLifetimeMs = 10_000

export function ReviewNotices(): JSX.Element {
  const { t } = useI18n()
  const navigate = useNavigate()
  const [shown, setShown] = createSignal<readonly DraftOutcome[]>([])
  const dismiss = (outcome: DraftOutcome) => setShown((list) => list.filter((o) => o !== outcome))
  onMount(() => {
    const stop = listenForReviewOutcomes((outcome) => {
      setShown((list) => [...list.filter((o) => o.mutationId !== outcome.mutationId), outcome])
      // A refusal stays until dismissed or acted on: the shopper has something to fix.
      if (outcome.kind !== 'refused') setTimeout(() => dismiss(outcome), toastLifetimeMs)
    })
    onCleanup(stop)
  })
  const message = (outcome: DraftOutcome) => {
    const product = outcome.productName
    if (outcome.kind === 'refused')
      return t('reviews.outcome.refused', { product, reason: refusalMessage(t, outcome.code) })
    return t(outcome.kind === 'published' ? 'reviews.outcome.published' : 'reviews.outcome.pending', { product })
  }
  return (
    <For each={shown()}>
      {(outcome) => (
        <Toast
          message={message(outcome)}
          actionLabel={outcome.kind === 'refused' ? t('reviews.draft.fix') : undefined}
          onAction={() => {
            dismiss(outcome)
            navigate(reviewFormPath(outcome.slug))
          }}
          onDismiss={() => dismiss(outcome)}
        />
      )}
    </For>
  )
}
